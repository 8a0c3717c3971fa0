"""Blocks for the sanctuary pages: pledges, case studies, and aims → outcomes → indicators.

Numbers and dates inside these blocks are not text segments for wagtail-localize, so they stay
in step with the source page: translators translate words, editors enter measurements once.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from portal.core.blocks import PARAGRAPH_FEATURES

PLEDGE_STATUSES = [
    ("planned", _("Planned")),
    ("in_progress", _("In progress")),
    ("done", _("Done")),
]


class PledgeBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=160, help_text=_("The commitment in one line, e.g. 'Free bus travel to ESOL'.")
    )
    description = blocks.TextBlock(
        required=False, max_length=600, help_text=_("What it means for residents, in plain words.")
    )
    status = blocks.ChoiceBlock(
        choices=PLEDGE_STATUSES, default="planned", help_text=_("Where this commitment stands.")
    )
    date = blocks.DateBlock(
        required=False,
        help_text=_("When it was done, or when it is due if it is not done yet."),
    )

    class Meta:
        icon = "tick"
        label = _("Pledge")
        template = "sanctuary/blocks/pledge_block.html"


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160, help_text=_("A short name for the piece of work."))
    image = ImageBlock(required=False, help_text=_("Optional photo. Never show residents' faces."))
    what_we_did = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, help_text=_("What the council and partners did.")
    )
    results = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, help_text=_("What changed for residents, with numbers.")
    )
    lessons = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, help_text=_("What we learnt and would do differently.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Case study")
        template = "sanctuary/blocks/case_study_block.html"


class MeasurementBlock(blocks.StructBlock):
    date = blocks.DateBlock(help_text=_("The date the number is for, e.g. the end of the month."))
    value = blocks.DecimalBlock(decimal_places=2, help_text=_("The number measured."))

    class Meta:
        icon = "date"
        label = _("Measurement")
        form_classname = "sanctuary-measurement"


class IndicatorBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=160, help_text=_("What is counted, e.g. 'Adults in English classes'.")
    )
    description = blocks.TextBlock(
        required=False,
        max_length=400,
        help_text=_("How it is measured and where the number comes from."),
    )
    unit = blocks.CharBlock(
        max_length=30,
        help_text=_("'%' for percentages, or a word such as 'people' or 'days'."),
    )
    baseline = blocks.DecimalBlock(
        decimal_places=2, help_text=_("The number when the strategy started.")
    )
    target = blocks.DecimalBlock(
        decimal_places=2,
        help_text=_(
            "The number the strategy aims for. Lower than the baseline means lower is better."
        ),
    )
    measurements = blocks.ListBlock(
        MeasurementBlock(),
        required=False,
        min_num=0,
        collapsed=True,
        help_text=_("Add one row per month (or quarter): the date and the number."),
    )

    class Meta:
        icon = "order"
        label = _("Indicator")


class OutcomeBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=200, help_text=_("The change we want to see, e.g. 'People can speak English'.")
    )
    description = blocks.TextBlock(required=False, max_length=600, help_text=_("Optional detail."))
    indicators = blocks.ListBlock(IndicatorBlock(), min_num=0, collapsed=True)

    class Meta:
        icon = "pick"
        label = _("Outcome")


class AimBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text=_("e.g. 'Integration'."))
    description = blocks.TextBlock(required=False, max_length=600, help_text=_("Optional detail."))
    outcomes = blocks.ListBlock(OutcomeBlock(), min_num=0, collapsed=True)

    class Meta:
        icon = "crosshairs"
        label = _("Aim")
