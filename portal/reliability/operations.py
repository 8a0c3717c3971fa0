"""Writes for the page trash: move a deleted page to its locale's bin, restore it, purge it."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.move_page import MovePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.contrib.redirects.models import Redirect
from wagtail.log_actions import log
from wagtail.models import Locale, Page, Revision

from portal.reliability.models import TrashBin, TrashedPage
from portal.reliability.selectors import page_is_in_trash


def trash_bin_for(*, locale: Locale) -> Page:
    """The hidden, unpublished container for ``locale``'s deleted pages, made on first use."""
    trash_bin = TrashBin.objects.select_related("page").filter(locale=locale).first()
    if trash_bin is not None:
        return trash_bin.page
    root = Page.get_first_root_node()
    container = root.add_child(
        instance=Page(
            title=f"Trash ({locale.language_code})",
            slug=f"portal-trash-{locale.language_code}",
            locale=locale,
            live=False,
            has_unpublished_changes=True,
        )
    )
    TrashBin.objects.create(locale=locale, page=container)
    return container


def _live_revision_id(*, page: Page, user) -> int:
    """The revision holding what readers see now. Pages made in code (imports, factories) can be
    live without one; then one is written from the live content, dated before any draft so that
    a draft stays the latest revision."""
    if page.live_revision_id:
        return page.live_revision_id
    first = page.revisions.order_by("created_at").first()
    created_at = page.last_published_at or timezone.now()
    if first is not None and first.created_at <= created_at:
        created_at = first.created_at - timedelta(microseconds=1)
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        object_str=str(page)[:255],
        content=page.serializable_data(),
        user=user,
        created_at=created_at,
    )
    return revision.pk


@transaction.atomic
def page_trash(*, page: Page, user=None) -> TrashedPage:
    """Unpublish ``page`` and everything under it and move it to its locale's trash bin.

    Its published versions, parent and position are recorded so :func:`page_restore` can put
    it back exactly as it was. Nothing is deleted from the database.
    """
    if page_is_in_trash(page=page):
        raise ValidationError(_("This page is already in the trash."))
    page = page.specific
    parent = page.get_parent()
    branch = page.get_descendants(inclusive=True)
    live_revisions = {
        str(live_page.pk): _live_revision_id(page=live_page.specific, user=user)
        for live_page in branch.filter(live=True)
    }
    left_sibling = page.get_prev_sibling()
    record = TrashedPage.objects.create(
        page=page,
        original_parent=parent,
        original_left_sibling=left_sibling,
        original_url_path=page.url_path,
        live_revisions=live_revisions,
        trashed_by=user,
    )
    if page.live or live_revisions:
        # Wagtail's own unpublish: search index, page cache and front caches all hear of it.
        UnpublishPageAction(page, user=user, include_descendants=True).execute(
            skip_permission_checks=True
        )
    branch_ids = list(branch.values_list("id", flat=True))
    redirects_before = set(
        Redirect.objects.filter(redirect_page_id__in=branch_ids).values_list("id", flat=True)
    )
    MovePageAction(
        Page.objects.get(pk=page.pk), trash_bin_for(locale=page.locale), pos="last-child", user=user
    ).execute(skip_permission_checks=True)
    # Moving a page makes Wagtail redirect its old address to its new one; a page in the trash
    # has no address, so those new redirects would lead nowhere.
    Redirect.objects.filter(redirect_page_id__in=branch_ids, automatically_created=True).exclude(
        id__in=redirects_before
    ).delete()
    log(instance=page, action="portal.trash", user=user)
    return record


@transaction.atomic
def page_restore(*, trashed: TrashedPage, user=None) -> Page:
    """Put a deleted page back under its original parent, in its old position, and publish
    again the versions that were live when it was deleted."""
    page = trashed.page
    parent = trashed.original_parent
    if parent is None or page_is_in_trash(page=parent):
        raise ValidationError(
            _(
                "The page it was under no longer exists or is in the trash itself. Restore that "
                "page first."
            )
        )
    if parent.get_children().filter(slug=page.slug).exists():
        raise ValidationError(
            _(
                "Another page under “%(parent)s” now uses the address “%(slug)s”. Rename or "
                "delete that page, then restore this one."
            )
            % {"parent": parent.get_admin_display_title(), "slug": page.slug}
        )
    sibling = trashed.original_left_sibling
    if sibling is not None and sibling.get_parent().pk == parent.pk:
        target, position = sibling, "right"
    else:
        target, position = parent, "first-child"
    MovePageAction(Page.objects.get(pk=page.pk), target, pos=position, user=user).execute(
        skip_permission_checks=True
    )
    revisions = Revision.objects.filter(
        id__in=list(trashed.live_revisions.values())
    ).select_related("content_type")
    # Parents first, so every restored page has a live path to it when it is published.
    for revision in sorted(revisions, key=lambda r: Page.objects.get(pk=r.object_id).depth):
        revision.publish(user=user, changed=False, log_action=True)
    page = Page.objects.get(pk=page.pk)
    log(instance=page, action="portal.restore", user=user)
    trashed.delete()
    return page


def trashed_page_purge(*, trashed: TrashedPage, user=None) -> None:
    """Delete a page in the trash for good (Wagtail's own delete, logged)."""
    page = trashed.page
    with transaction.atomic():
        DeletePageAction(page.specific, user=user).execute(skip_permission_checks=True)


def trash_purge_older_than(*, days: int, user=None) -> int:
    """Delete for good every page that has been in the trash longer than ``days``. Returns how
    many deleted branches were purged."""
    cutoff = timezone.now() - timedelta(days=days)
    purged = 0
    for trashed in TrashedPage.objects.filter(trashed_at__lt=cutoff).select_related("page"):
        trashed_page_purge(trashed=trashed, user=user)
        purged += 1
    return purged
