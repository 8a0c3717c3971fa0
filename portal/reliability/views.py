"""Admin views for the page trash: list deleted pages, restore one, delete one for good."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from portal.reliability.models import TrashedPage
from portal.reliability.operations import page_restore, trashed_page_purge
from portal.reliability.selectors import trashed_pages_for_user, user_can_restore


def trash_index(request):
    locale_code = request.GET.get("locale", "")
    if locale_code not in dict(settings.LANGUAGES):
        locale_code = ""
    return TemplateResponse(
        request,
        "reliability/admin/trash_index.html",
        {
            "trashed_pages": trashed_pages_for_user(user=request.user, locale_code=locale_code),
            "languages": settings.LANGUAGES,
            "locale_code": locale_code,
            "retention_days": settings.TRASH_RETENTION_DAYS,
            "can_purge": request.user.is_superuser,
        },
    )


@require_POST
def trash_restore(request, pk: int):
    trashed = get_object_or_404(TrashedPage.objects.select_related("page"), pk=pk)
    if not user_can_restore(user=request.user, trashed=trashed):
        raise PermissionDenied
    title = trashed.page.get_admin_display_title()
    try:
        page = page_restore(trashed=trashed, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("reliability_trash")
    messages.success(
        request,
        _("“%(title)s” is back where it was.") % {"title": title},
        buttons=[messages.button(page.get_url(request) or "", _("View live"))]
        if page.live and page.get_url(request)
        else None,
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@require_POST
def trash_purge(request, pk: int):
    if not request.user.is_superuser:
        raise PermissionDenied
    trashed = get_object_or_404(TrashedPage.objects.select_related("page"), pk=pk)
    title = trashed.page.get_admin_display_title()
    trashed_page_purge(trashed=trashed, user=request.user)
    messages.success(request, _("“%(title)s” was deleted for good.") % {"title": title})
    return redirect("reliability_trash")
