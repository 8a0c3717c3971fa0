"""Admin views of the translation workflow (kept thin: the work is in operations/selectors)."""

import contextlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import update_translations

from portal.translation import operations, selectors

MAX_PO_BYTES = 2 * 1024 * 1024


def _edit_url(translation):
    target = translation.get_target_instance()
    if isinstance(target, Page):
        return reverse("wagtailadmin_pages:edit", args=[target.pk])
    return reverse("wagtailadmin_home")


@require_POST
def submit_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id)
    target = translation.get_target_instance()
    if not isinstance(target, Page) or not target.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    try:
        operations.translation_submit_for_review(translation=translation, user=request.user)
    except operations.ReviewError:
        messages.error(request, _("This translation could not be sent for review."))
    except ValidationError:
        messages.error(
            request, _("Some translated text is not valid yet. Fix it, then send it for review.")
        )
    else:
        messages.success(
            request,
            _("Sent for review. It will be published when a reviewer approves it."),
        )
    return redirect(get_valid_next_url_from_request(request) or _edit_url(translation))


@require_POST
def upload_pofile(request, translation_id):
    """wagtail-localize's PO upload, with a report of what was accepted and what was not."""
    translation = get_object_or_404(Translation, pk=translation_id)
    target = translation.get_target_instance()
    if isinstance(target, Page):
        allowed = target.permissions_for_user(request.user).can_edit()
    else:
        allowed = selectors.user_may_edit_locale(user=request.user, locale=target.locale)
    if not allowed:
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request) or _edit_url(translation)
    upload = request.FILES.get("file")
    if upload is None or upload.size > MAX_PO_BYTES:
        messages.error(request, _("Please choose a PO file of less than 2 MB."))
        return redirect(next_url)
    report = operations.translation_import_po(
        translation=translation, content=upload.read(), user=request.user
    )
    if report.error == "other_translation":
        messages.error(
            request,
            _(
                "This PO file belongs to another page or another language. Download the file "
                "from this translation and try again. Nothing was changed."
            ),
        )
    elif report.error:
        messages.error(
            request,
            _("This file is not a valid PO file, so nothing was imported. Nothing was changed."),
        )
    else:
        messages.success(
            request,
            ngettext(
                "%(count)d translation accepted.",
                "%(count)d translations accepted.",
                report.accepted,
            )
            % {"count": report.accepted},
        )
        if report.blank:
            messages.info(
                request,
                ngettext(
                    "%(count)d text was left blank and not imported.",
                    "%(count)d texts were left blank and not imported.",
                    report.blank,
                )
                % {"count": report.blank},
            )
        for text, _reason in report.rejected:
            messages.warning(
                request,
                _("Not imported, because this page no longer contains it: “%(text)s”")
                % {"text": text[:120]},
            )
    return redirect(next_url)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", except that it never publishes a translation
    the user could not publish directly: those stay drafts for their language's review."""

    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations"):
            form.cleaned_data["publish_translations"] = False
            response = super().form_valid(form)
            for translation in self.object.translations.filter(enabled=True):
                target = translation.get_target_instance()
                if (
                    isinstance(target, Page)
                    and target.permissions_for_user(self.request.user).can_publish()
                ):
                    with contextlib.suppress(ValidationError):
                        translation.save_target(user=self.request.user, publish=True)
            return response
        return super().form_valid(form)


def dashboard(request):
    try:
        section_id = int(request.GET.get("section") or 0) or None
    except ValueError:
        section_id = -1
    if section_id is not None and not 0 < section_id < 2**31:
        return HttpResponseBadRequest(_("Choose a section from the list."))
    language = request.GET.get("language") or ""
    if language and language not in selectors.target_language_codes():
        return HttpResponseBadRequest(_("Choose a language from the list."))
    data = selectors.translation_dashboard(
        section_id=section_id, language_codes=[language] if language else None
    )
    return TemplateResponse(
        request,
        "translation/admin/dashboard.html",
        {
            "dashboard": data,
            "languages": [
                (code, selectors.language_name(code)) for code in selectors.target_language_codes()
            ],
            "selected_language": language,
            "selected_section": section_id,
            "status_labels": selectors.status_labels(),
        },
    )
