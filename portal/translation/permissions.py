"""Per-language rights on translatable snippets, through Wagtail's permission-policy mechanism."""

from django.core.exceptions import PermissionDenied
from wagtail.models import Locale, TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy

from portal.translation.selectors import user_language_codes, user_may_edit_locale


class LocalePermissionPolicy(ModelPermissionPolicy):
    """Translators and reviewers may change a translatable snippet only in their own languages.

    Everybody with the model permission may view every locale's entries (translators need to
    read the English). Source-language editors and superusers are unaffected.
    """

    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        if action == "view" or not isinstance(instance, TranslatableMixin):
            return True
        return user_may_edit_locale(user=user, locale=instance.locale)

    def instances_user_has_permission_for(self, user, action):
        instances = super().instances_user_has_permission_for(user, action)
        if action == "view" or user.is_superuser:
            return instances
        codes = user_language_codes(user=user)
        if not codes:
            return instances
        return instances.filter(locale__language_code__in=codes)


def check_snippet_locale(request, instance) -> None:
    """Refuse a change to a translatable snippet outside the user's languages, whatever app the
    snippet belongs to (wired to Wagtail's before_edit/delete_snippet hooks)."""
    if isinstance(instance, TranslatableMixin) and not user_may_edit_locale(
        user=request.user, locale=instance.locale
    ):
        raise PermissionDenied


def check_snippet_create_locale(request, model) -> None:
    if not issubclass(model, TranslatableMixin):
        return
    code = request.GET.get("locale") or request.POST.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else None
    if locale is None:
        locale = Locale.get_default()
    if not user_may_edit_locale(user=request.user, locale=locale):
        raise PermissionDenied
