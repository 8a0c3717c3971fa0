"""Deleting a page in the admin moves it to the trash; the trash has its own admin screen."""

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.utils import type_to_delete_confirmation
from wagtail.models import ReferenceIndex

from portal.reliability import views
from portal.reliability.operations import page_trash
from portal.reliability.selectors import page_is_in_trash, pages_outside_trash


@hooks.register("before_delete_page")
def move_deleted_page_to_trash(request, page):
    """Wagtail's delete view, on confirmation, trashes the page instead of deleting it. A page
    already in the trash is deleted for good by Wagtail as usual."""
    if request.method != "POST" or page_is_in_trash(page=page):
        return None
    if ReferenceIndex.get_references_to(page).group_by_source_object().is_protected:
        return None  # Wagtail refuses, as it would without the trash
    if not type_to_delete_confirmation(request):
        return None  # Wagtail shows its confirmation form again
    parent_id = page.get_parent().pk
    page_trash(page=page, user=request.user)
    messages.success(
        request,
        _("“%(title)s” was moved to the trash. You can restore it from Deleted pages.")
        % {"title": page.get_admin_display_title()},
        buttons=[messages.button(reverse("reliability_trash"), _("Deleted pages"))],
    )
    return redirect(
        get_valid_next_url_from_request(request)
        or reverse("wagtailadmin_explore", args=[parent_id])
    )


@hooks.register("before_bulk_action")
def move_bulk_deleted_pages_to_trash(request, action_type, objects, action_class_instance):
    from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction

    if action_type != "delete" or not isinstance(action_class_instance, DeleteBulkAction):
        return None
    to_trash = [page for page in objects if not page_is_in_trash(page=page)]
    if not to_trash:
        return None  # all already in the trash: Wagtail deletes them for good
    for page in to_trash:
        page_trash(page=page, user=request.user)
    messages.success(
        request,
        ngettext(
            "%(count)d page was moved to the trash. You can restore it from Deleted pages.",
            "%(count)d pages were moved to the trash. You can restore them from Deleted pages.",
            len(to_trash),
        )
        % {"count": len(to_trash)},
    )
    return redirect(get_valid_next_url_from_request(request) or reverse("reliability_trash"))


@hooks.register("construct_explorer_page_queryset")
def hide_trash_from_explorer(parent_page, pages, request):
    return pages_outside_trash(pages=pages)


@hooks.register("construct_page_chooser_queryset")
def hide_trash_from_chooser(pages, request):
    return pages_outside_trash(pages=pages)


@hooks.register("register_log_actions")
def register_trash_log_actions(actions):
    actions.register_action(
        "portal.trash", gettext_lazy("Move to trash"), gettext_lazy("Moved to the trash")
    )
    actions.register_action(
        "portal.restore", gettext_lazy("Restore"), gettext_lazy("Restored from the trash")
    )


@hooks.register("register_admin_urls")
def register_trash_urls():
    return [
        path("trash/", views.trash_index, name="reliability_trash"),
        path("trash/<int:pk>/restore/", views.trash_restore, name="reliability_trash_restore"),
        path("trash/<int:pk>/purge/", views.trash_purge, name="reliability_trash_purge"),
    ]


class TrashMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_superuser or user.groups.filter(page_permissions__isnull=False).exists()


@hooks.register("register_admin_menu_item")
def register_trash_menu_item():
    return TrashMenuItem(
        gettext_lazy("Deleted pages"),
        reverse("reliability_trash"),
        name="deleted-pages",
        icon_name="bin",
        order=1200,
    )
