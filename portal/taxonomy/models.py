"""Shared vocabularies: immigration statuses, needs, districts and spoken languages.

These are plain Django models, not pages or snippets, so their labels are translated with
django-modeltranslation (one column per language, see translation.py). Slugs are part of the
public URL contract: partners print links that contain them, so they never change.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

SLUG_HELP = _("Used in links that partners print. Never change it once published.")


class TaxonomyQuerySet(models.QuerySet):
    def in_order(self):
        return self.order_by("sort_order", "slug")


class OrderedTerm(models.Model):
    slug = models.SlugField(_("slug"), max_length=60, unique=True, help_text=SLUG_HELP)
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Lower numbers are listed first.")
    )

    objects = TaxonomyQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["sort_order", "slug"]


class ImmigrationStatus(OrderedTerm):
    label = models.CharField(
        _("label"), max_length=100, help_text=_("Short and plain, e.g. 'Refugee status'.")
    )
    explanation = models.TextField(
        _("plain-language explanation"),
        blank=True,
        help_text=_(
            "One sentence a resident recognises themselves in, e.g. 'You have claimed asylum "
            "and are waiting for a decision.'"
        ),
    )

    class Meta(OrderedTerm.Meta):
        verbose_name = _("immigration status")
        verbose_name_plural = _("immigration statuses")

    def __str__(self):
        return self.label or self.slug


class Need(OrderedTerm):
    label = models.CharField(_("label"), max_length=100, help_text=_("e.g. 'Housing'."))
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_(
            "What this covers, in one sentence, e.g. 'Somewhere to live, and help with rent.'"
        ),
    )

    class Meta(OrderedTerm.Meta):
        verbose_name = _("need")
        verbose_name_plural = _("needs")

    def __str__(self):
        return self.label or self.slug


class District(OrderedTerm):
    name = models.CharField(_("name"), max_length=100, help_text=_("e.g. 'Ribble Valley'."))
    council_name = models.CharField(
        _("council"),
        max_length=150,
        blank=True,
        help_text=_("The district or unitary council, e.g. 'Ribble Valley Borough Council'."),
    )

    class Meta(OrderedTerm.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")

    def __str__(self):
        return self.name or self.slug


class SpokenLanguage(OrderedTerm):
    """A language a service can speak with residents (not the portal's own UI languages)."""

    code = models.CharField(
        _("ISO 639 code"),
        max_length=12,
        unique=True,
        help_text=_("e.g. 'ar' for Arabic, 'prs' for Dari, 'ti' for Tigrinya."),
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("e.g. 'Tigrinya'."))
    name_local = models.CharField(
        _("name in the language itself"),
        max_length=100,
        blank=True,
        help_text=_("e.g. 'ትግርኛ'. Shown beside the name so speakers recognise it."),
    )

    class Meta(OrderedTerm.Meta):
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self):
        return self.name or self.code
