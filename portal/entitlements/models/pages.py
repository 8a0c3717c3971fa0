"""The guides index (with the checker) and the know-your-entitlements guide itself."""

import datetime

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.blocks import BodyBlock
from portal.core.models import BasePage
from portal.entitlements.blocks import (
    DocumentToBringBlock,
    FactBlock,
    PhoneLineBlock,
    SourceBlock,
    StepBlock,
)


class EntitlementIndexPage(BasePage):
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text=_("Optional text shown above the checker, e.g. who to ask if unsure."),
    )

    parent_page_types = ["core.HomePage"]
    subpage_types = ["entitlements.EntitlementGuidePage"]
    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("body")]

    class Meta:
        verbose_name = _("entitlement guides index")

    def get_context(self, request, *args, **kwargs):
        from portal.entitlements.selectors import checker_result

        context = super().get_context(request, *args, **kwargs)
        context["checker"] = checker_result(
            index=self, params=request.GET, language_code=get_language()
        )
        return context


class EntitlementGuidePage(BasePage):
    summary = models.CharField(
        _("summary"),
        max_length=240,
        help_text=_("One plain sentence: what this is and who can get it."),
    )
    needs = ParentalManyToManyField(
        "taxonomy.Need",
        related_name="entitlement_guides",
        verbose_name=_("needs it answers"),
        help_text=_("The checker lists this guide for these needs."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text=_("The guide's explanation, in short sections."),
    )
    steps = StreamField(
        [("step", StepBlock())],
        blank=True,
        help_text=_("How to get it, one step at a time, in order."),
    )
    documents = StreamField(
        [("document", DocumentToBringBlock())],
        blank=True,
        help_text=_("What to bring. Say what to do if someone does not have it."),
    )
    facts = StreamField(
        [("fact", FactBlock())],
        blank=True,
        help_text=_(
            "Amounts and deadlines as numbers, not in the text: change them here once and "
            "every language shows the new value."
        ),
    )
    help_needs = ParentalManyToManyField(
        "taxonomy.Need",
        related_name="+",
        blank=True,
        verbose_name=_("services that help"),
        help_text=_("The kinds of service the 'where to get help' links open in the finder."),
    )
    phone_lines = StreamField(
        [("phone_line", PhoneLineBlock())],
        blank=True,
        help_text=_("Helplines for this, free ones first. Numbers are the same in every language."),
    )
    sources = StreamField(
        [("source", SourceBlock())],
        blank=True,
        help_text=_("Where the facts come from: GOV.UK pages or legislation."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When someone last checked every fact on this page against its sources."),
    )
    next_review_due = models.DateField(
        _("next review due"),
        null=True,
        blank=True,
        help_text=_("After this date the guide is listed as overdue and readers are told."),
    )

    parent_page_types = ["entitlements.EntitlementIndexPage"]
    subpage_types = []
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("needs", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        InlinePanel(
            "entitlement_rows",
            heading=_("Entitlement table"),
            label=_("Status"),
            help_text=_("One row for every immigration status."),
        ),
        FieldPanel("steps"),
        FieldPanel("documents"),
        FieldPanel("facts"),
        MultiFieldPanel(
            [
                FieldPanel("help_needs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("phone_lines"),
            ],
            heading=_("Where to get help"),
        ),
        FieldPanel("sources"),
        FieldRowPanel(
            [FieldPanel("last_reviewed"), FieldPanel("next_review_due")],
            heading=_("Review"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("steps"),
        index.RelatedFields("needs", [index.FilterField("slug")]),
        index.FilterField("next_review_due"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        SynchronizedField("needs"),
        TranslatableField("body"),
        TranslatableField("entitlement_rows"),
        TranslatableField("steps"),
        TranslatableField("documents"),
        TranslatableField("facts"),
        SynchronizedField("help_needs"),
        TranslatableField("phone_lines"),
        TranslatableField("sources"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("next_review_due"),
    ]

    class Meta:
        verbose_name = _("entitlement guide")

    def get_context(self, request, *args, **kwargs):
        from portal.entitlements.selectors import guide_detail

        context = super().get_context(request, *args, **kwargs)
        context["guide"] = guide_detail(
            page=self,
            language_code=get_language(),
            status_slug=request.GET.get("status"),
            request=request,
        )
        return context

    def is_overdue_for_review(self, *, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.next_review_due is not None and self.next_review_due < today

    @property
    def finder_links(self):
        """'Where to get help' links into the service finder, one per help need."""
        from portal.entitlements.selectors import guide_finder_links

        return guide_finder_links(guide=self)
