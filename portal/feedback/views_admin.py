"""Admin reports: every answer with its comment, and answers per page and language."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from portal.feedback.models import PageFeedback
from portal.feedback.selectors import feedback_per_page_and_language


class FeedbackFilterSet(WagtailFilterSet):
    language_code = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages")
    )
    helpful = django_filters.BooleanFilter(label=_("Helpful"))
    created_at = django_filters.DateFromToRangeFilter(label=_("Sent"), widget=DateRangePickerWidget)

    class Meta:
        model = PageFeedback
        fields = ["language_code", "helpful", "created_at"]


class FeedbackReportView(ReportView):
    page_title = _("Page feedback")
    header_icon = "comment"
    index_url_name = "feedback_report"
    index_results_url_name = "feedback_report_results"
    filterset_class = FeedbackFilterSet
    permission_policy = ModelPermissionPolicy(PageFeedback)
    permission_required = "view"
    list_export = [
        "page.title",
        "page.url_path",
        "language_code",
        "helpful",
        "comment",
        "created_at",
    ]
    export_headings = {
        "page.title": _("Page"),
        "page.url_path": _("Path"),
        "language_code": _("Language"),
        "helpful": _("Helpful"),
        "comment": _("Comment"),
        "created_at": _("Sent"),
    }
    columns = [
        Column("page", label=_("Page"), accessor="page.title"),
        Column("language_code", label=_("Language")),
        BooleanColumn("helpful", label=_("Helpful")),
        Column("comment", label=_("Comment")),
        DateColumn("created_at", label=_("Sent")),
    ]

    def get_queryset(self):
        return PageFeedback.objects.select_related("page").order_by("-created_at")

    def get_filename(self):
        return "page-feedback"


class FeedbackSummaryFilterSet(FeedbackFilterSet):
    class Meta:
        model = PageFeedback
        fields = ["language_code", "created_at"]


class FeedbackSummaryReportView(ReportView):
    page_title = _("Page feedback per page and language")
    header_icon = "comment"
    index_url_name = "feedback_summary_report"
    index_results_url_name = "feedback_summary_report_results"
    filterset_class = FeedbackSummaryFilterSet
    permission_policy = ModelPermissionPolicy(PageFeedback)
    permission_required = "view"
    list_export = ["page__title", "page__url_path", "language_code", "yes", "no", "comments"]
    export_headings = {
        "page__title": _("Page"),
        "page__url_path": _("Path"),
        "language_code": _("Language"),
        "yes": _("Yes"),
        "no": _("No"),
        "comments": _("Comments"),
    }
    columns = [
        Column("page__title", label=_("Page")),
        Column("language_code", label=_("Language")),
        NumberColumn("yes", label=_("Yes")),
        NumberColumn("no", label=_("No")),
        NumberColumn("comments", label=_("Comments")),
    ]

    def get_queryset(self):
        return PageFeedback.objects.all()

    def get_filtered_queryset(self):
        # Filter the answers first, then count them per page and language.
        return feedback_per_page_and_language(queryset=self.filter_queryset(self.get_queryset()))

    def get_filename(self):
        return "page-feedback-per-page"
