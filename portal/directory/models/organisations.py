"""The organisations that run services: one snippet each, shared by all their services."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.models import SampleContentMixin


class Organisation(SampleContentMixin, TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("The organisation's full name, e.g. 'Preston Refugee Support (sample)'."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=1000,
        help_text=_("What the organisation does, in one or two plain sentences."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The organisation's own website.")
    )
    charity_number = models.CharField(
        _("charity number"),
        max_length=20,
        blank=True,
        help_text=_("Registered charity number, if it is a charity, e.g. '1123456'."),
    )
    company_number = models.CharField(
        _("company number"),
        max_length=20,
        blank=True,
        help_text=_("Companies House number, if it is a company, e.g. '07123456'."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional logo, shown small. Its alt text is the organisation's name."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("charity_number"),
        FieldPanel("company_number"),
        FieldPanel("logo"),
        FieldPanel("is_sample_content"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("website"),
        SynchronizedField("charity_number"),
        SynchronizedField("company_number"),
        SynchronizedField("logo"),
        SynchronizedField("is_sample_content"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name
