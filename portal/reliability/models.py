"""The page trash: a deleted page waits here, unpublished, until it is restored or purged."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page


class TrashBin(models.Model):
    """The unpublished container page, directly under Wagtail's root, that holds one locale's
    deleted pages. It belongs to no site, so nothing in it has a public address."""

    locale = models.OneToOneField(
        Locale,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("locale"),
        help_text=_("The language whose deleted pages this bin holds."),
    )
    page = models.OneToOneField(
        Page,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("container page"),
        help_text=_("The hidden page that deleted pages are moved under."),
    )

    class Meta:
        verbose_name = _("trash bin")
        verbose_name_plural = _("trash bins")

    def __str__(self):
        return f"{self.page.title} ({self.locale.language_code})"


class TrashedPage(models.Model):
    """A page (with everything under it) that an editor deleted, and where it came from."""

    page = models.OneToOneField(
        Page,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("The deleted page; the pages under it went with it."),
    )
    original_parent = models.ForeignKey(
        Page,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("original parent"),
        help_text=_("The page it was under, where restoring puts it back."),
    )
    original_left_sibling = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page before it"),
        help_text=_("The page just before it in the menu order, to restore its position."),
    )
    original_url_path = models.CharField(
        _("original path"),
        max_length=2000,
        help_text=_("Where it was in the page tree, for the trash listing."),
    )
    live_revisions = models.JSONField(
        _("published versions"),
        default=dict,
        blank=True,
        help_text=_(
            "For each page of the deleted branch that was published: the id of its published "
            "version, which restoring publishes again."
        ),
    )
    trashed_at = models.DateTimeField(
        _("deleted at"), auto_now_add=True, db_index=True, help_text=_("When it was deleted.")
    )
    trashed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("deleted by"),
        help_text=_("The editor who deleted it."),
    )

    class Meta:
        verbose_name = _("deleted page")
        verbose_name_plural = _("deleted pages")
        ordering = ["-trashed_at"]

    def __str__(self):
        return self.page.title
