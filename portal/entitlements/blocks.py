"""Structured blocks of a guide: steps, documents, facts (amounts and dates) and sources.

Amounts, units and dates are not text: wagtail-localize keeps them out of the translation
editor, and the page shows the source language's values in every language (see selectors).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.core.blocks import PARAGRAPH_FEATURES


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=160, help_text=_("What to do, as an instruction, e.g. 'Call Migrant Help'.")
    )
    text = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        required=False,
        help_text=_("Optional: how, and what happens next. A sentence or two."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")


class DocumentToBringBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        max_length=160, help_text=_("e.g. 'Your ARC card (Application Registration Card)'.")
    )
    note = blocks.CharBlock(
        max_length=240,
        required=False,
        help_text=_("Optional, e.g. 'If you do not have it, go anyway: they must still help.'"),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


UNIT_CHOICES = [
    ("gbp", _("pounds")),
    ("gbp_week", _("pounds a week")),
    ("gbp_month", _("pounds a month")),
    ("gbp_year", _("pounds a year")),
    ("days", _("days")),
    ("weeks", _("weeks")),
    ("months", _("months")),
    ("hours_week", _("hours a week")),
]


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        max_length=160,
        help_text=_(
            "What the number is, e.g. 'Asylum support for each person in self-catered housing'."
        ),
    )
    amount = blocks.DecimalBlock(
        decimal_places=2, max_digits=9, help_text=_("The number only, e.g. 49.18.")
    )
    unit = blocks.ChoiceBlock(
        choices=UNIT_CHOICES, default="gbp_week", help_text=_("What the number counts.")
    )
    valid_from = blocks.DateBlock(
        required=False, help_text=_("When this amount or period started to apply.")
    )
    note = blocks.CharBlock(
        max_length=240,
        required=False,
        help_text=_("Optional, e.g. 'Paid onto your ASPEN card every Tuesday'."),
    )

    class Meta:
        icon = "calendar-alt"
        label = _("Amount or deadline")


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=200, help_text=_("e.g. 'GOV.UK: Asylum support' or 'Immigration Act 1971'.")
    )
    url = blocks.URLBlock(help_text=_("The official page or the legislation.gov.uk address."))

    class Meta:
        icon = "link"
        label = _("Source")


class PhoneNumberBlock(blocks.RegexBlock):
    """A phone number: not a text segment, so every language keeps the source's number."""

    def __init__(self, **kwargs):
        super().__init__(
            regex=r"^\+?[0-9][0-9 ]{1,24}$",
            max_length=30,
            error_messages={"invalid": _("Digits and spaces only, e.g. '0808 8010 503'.")},
            **kwargs,
        )


class PhoneLineBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, help_text=_("Who answers, e.g. 'Migrant Help'."))
    number = PhoneNumberBlock(help_text=_("As people dial it in the UK, e.g. '0808 8010 503'."))
    hours = blocks.CharBlock(
        max_length=120,
        required=False,
        help_text=_("e.g. 'Every day, 24 hours' or 'Monday to Friday, 9am to 5pm'."),
    )
    is_free = blocks.BooleanBlock(
        required=False, default=True, help_text=_("Free from mobiles and landlines.")
    )

    class Meta:
        icon = "mobile-alt"
        label = _("Phone line")
