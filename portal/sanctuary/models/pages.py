"""The three sanctuary page types: commitments, the partnership, and integration outcomes."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.blocks import PARAGRAPH_FEATURES
from portal.core.models import BasePage
from portal.sanctuary.blocks import AimBlock, CaseStudyBlock, PledgeBlock


class AccreditationStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    WORKING_TOWARDS = "working_towards", _("Working towards")
    AWARDED = "awarded", _("Awarded")


class SanctuaryPage(BasePage):
    welcome_statement = RichTextField(
        _("welcome statement"),
        features=PARAGRAPH_FEATURES,
        help_text=_("The council's welcome to people seeking sanctuary, in its own words."),
    )
    pledges = StreamField(
        [("pledge", PledgeBlock())],
        blank=True,
        help_text=_("The council's commitments, each with where it stands."),
    )
    lived_experience = RichTextField(
        _("how people with lived experience are involved"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("e.g. the sanctuary board: who sits on it, how often it meets, how to join."),
    )
    case_studies = StreamField(
        [("case_study", CaseStudyBlock())],
        blank=True,
        help_text=_("What we did, the results, and the lessons learnt."),
    )
    accreditation_status = models.CharField(
        _("accreditation status"),
        max_length=20,
        choices=AccreditationStatus.choices,
        default=AccreditationStatus.WORKING_TOWARDS,
        help_text=_("Where the council stands with its sanctuary award."),
    )
    accreditation_body = models.CharField(
        _("awarded by"),
        max_length=120,
        blank=True,
        default="City of Sanctuary UK",
        help_text=_("The organisation that awards the status."),
    )
    accreditation_date = models.DateField(
        _("accreditation date"),
        null=True,
        blank=True,
        help_text=_("When it was awarded, or when the assessment is due."),
    )
    accreditation_details = RichTextField(
        _("accreditation details"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("What the award means and how to read the assessment report."),
    )

    parent_page_types = ["core.HomePage"]
    subpage_types = ["sanctuary.PartnershipPage", "sanctuary.OutcomesPage"]
    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("welcome_statement"),
        FieldPanel("pledges"),
        FieldPanel("lived_experience"),
        FieldPanel("case_studies"),
        MultiFieldPanel(
            [
                FieldPanel("accreditation_status"),
                FieldPanel("accreditation_body"),
                FieldPanel("accreditation_date"),
                FieldPanel("accreditation_details"),
            ],
            heading=_("Accreditation"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("welcome_statement"),
        index.SearchField("pledges"),
        index.SearchField("lived_experience"),
        index.SearchField("case_studies"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("welcome_statement"),
        TranslatableField("pledges"),
        TranslatableField("lived_experience"),
        TranslatableField("case_studies"),
        SynchronizedField("accreditation_status"),
        TranslatableField("accreditation_body"),
        SynchronizedField("accreditation_date"),
        TranslatableField("accreditation_details"),
    ]

    class Meta:
        verbose_name = _("sanctuary page")

    def get_context(self, request, *args, **kwargs):
        from portal.sanctuary.selectors import sanctuary_sections

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = sanctuary_sections(page=self)
        return context


class PartnershipPage(BasePage):
    body = RichTextField(
        _("about the partnership"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("What the strategic partnership does and how decisions are made."),
    )

    parent_page_types = ["sanctuary.SanctuaryPage"]
    subpage_types = []
    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        InlinePanel("members", heading=_("Partnership members"), label=_("Member")),
        InlinePanel("forums", heading=_("District forums"), label=_("Forum")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("body"),
        TranslatableField("members"),
        TranslatableField("forums"),
    ]

    class Meta:
        verbose_name = _("partnership page")

    def get_context(self, request, *args, **kwargs):
        from portal.sanctuary.selectors import partnership_forums, partnership_member_groups

        context = super().get_context(request, *args, **kwargs)
        context["member_groups"] = partnership_member_groups(page=self)
        context["forums"] = partnership_forums(page=self)
        return context


class OutcomesPage(BasePage):
    aims = StreamField(
        [("aim", AimBlock())],
        blank=True,
        help_text=_(
            "The strategy's aims, each with its outcomes and the indicators that measure them. "
            "Add a measurement to an indicator each month."
        ),
    )

    parent_page_types = ["sanctuary.SanctuaryPage"]
    subpage_types = []
    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("aims")]
    search_fields = BasePage.search_fields + [index.SearchField("aims")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("aims")]

    class Meta:
        verbose_name = _("outcomes page")

    def get_context(self, request, *args, **kwargs):
        from portal.sanctuary.selectors import outcomes_report

        context = super().get_context(request, *args, **kwargs)
        context["report"] = outcomes_report(page=self)
        return context
