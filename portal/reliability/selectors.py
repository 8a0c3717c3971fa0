"""Reads for the page trash."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from wagtail.models import Page

from portal.reliability.models import TrashBin, TrashedPage


def trash_bin_paths() -> list[str]:
    """Tree paths of every locale's bin (a handful at most)."""
    return list(TrashBin.objects.values_list("page__path", flat=True))


def page_is_in_trash(*, page: Page) -> bool:
    """Whether ``page`` is a bin or lies anywhere inside one."""
    return any(page.path.startswith(path) for path in trash_bin_paths())


def pages_outside_trash(*, pages: QuerySet) -> QuerySet:
    """``pages`` without the bins and what is in them."""
    condition = Q()
    for path in trash_bin_paths():
        condition |= Q(path__startswith=path)
    return pages.exclude(condition) if condition else pages


def trashed_pages_for_user(*, user, locale_code: str | None = None) -> list[TrashedPage]:
    """Deleted pages ``user`` may restore: those whose original parent they may add pages to."""
    trashed = TrashedPage.objects.select_related(
        "page", "page__locale", "original_parent", "trashed_by"
    ).order_by("-trashed_at")
    if locale_code:
        trashed = trashed.filter(page__locale__language_code=locale_code)
    return [item for item in trashed if user_can_restore(user=user, trashed=item)]


def user_can_restore(*, user, trashed: TrashedPage) -> bool:
    """Superusers, and editors who may add pages where the deleted page was."""
    if user.is_superuser:
        return True
    parent = trashed.original_parent
    return parent is not None and parent.permissions_for_user(user).can_add_subpage()
