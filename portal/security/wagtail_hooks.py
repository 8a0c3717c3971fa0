from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from portal.security import selectors, views


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-step/", views.manage, name="two_factor_manage"),
        path("two-step/verify/", views.verify, name="two_factor_verify"),
        path("two-step/setup/", views.setup, name="two_factor_setup"),
        path("two-step/reset/<int:user_id>/", views.reset, name="two_factor_reset"),
    ]


@hooks.register("register_permissions")
def register_two_factor_permission():
    # Shown on each group's page under "Other permissions".
    return Permission.objects.filter(
        content_type__app_label="security", codename="require_two_factor"
    )


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    return {
        "url": reverse("two_factor_manage"),
        "label": _("Two-step verification"),
        "help_text": _("Use an authenticator app on your phone as well as your password."),
    }


@hooks.register("construct_main_menu")
def hide_menu_until_verified(request, menu_items):
    """Until an editor who must use a code has entered one, the menu offers only the set-up."""
    user = request.user
    is_verified = getattr(user, "is_verified", None)  # absent without OTPMiddleware
    if is_verified is None or is_verified():
        return
    if selectors.two_factor_device(user=user) is None and not selectors.two_factor_required(
        user=user
    ):
        return
    menu_items[:] = [
        MenuItem(_("Two-step verification"), reverse("two_factor_manage"), icon_name="key")
    ]


@hooks.register("register_user_listing_buttons")
def register_two_factor_reset_button(user, request_user):
    if request_user.has_perm("auth.change_user"):
        yield Button(
            _("Reset two-step verification"),
            reverse("two_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=100,
        )
