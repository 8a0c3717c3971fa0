"""The rows of a guide's entitlement table: one per immigration status.

Translatable (wagtail-localize follows inline rows only through ``TranslatableMixin``): the
condition and details are translated, the status and the answer are kept in sync.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    DEPENDS = "depends", _("It depends")
    NOT_APPLICABLE = "not_applicable", _("Does not apply")


class EntitlementRow(TranslatableMixin, Orderable):
    page = ParentalKey(
        "entitlements.EntitlementGuidePage",
        on_delete=models.CASCADE,
        related_name="entitlement_rows",
        help_text=_("The guide this answer belongs to."),
    )
    status = models.ForeignKey(
        "taxonomy.ImmigrationStatus",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("immigration status"),
        help_text=_("Whose answer this is. One row per status."),
    )
    answer = models.CharField(
        _("answer"),
        max_length=20,
        choices=Answer.choices,
        help_text=_("Can someone with this status get it?"),
    )
    condition = models.CharField(
        _("condition"),
        max_length=200,
        blank=True,
        help_text=_("Short, e.g. 'after 12 months waiting for a decision'."),
    )
    details = models.TextField(
        _("details"),
        blank=True,
        max_length=800,
        help_text=_("Optional: exceptions, or what to do if you are refused."),
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("answer"),
        FieldPanel("condition"),
        FieldPanel("details"),
    ]
    translatable_fields = [
        SynchronizedField("status"),
        SynchronizedField("answer"),
        TranslatableField("condition"),
        TranslatableField("details"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("entitlement table row")
        verbose_name_plural = _("entitlement table rows")

    def __str__(self):
        return f"{self.status}: {self.get_answer_display()}"
