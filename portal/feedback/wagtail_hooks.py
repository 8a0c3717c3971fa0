from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.feedback.views_admin import FeedbackReportView, FeedbackSummaryReportView


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    return [
        path("reports/feedback/", FeedbackReportView.as_view(), name="feedback_report"),
        path(
            "reports/feedback/results/",
            FeedbackReportView.as_view(results_only=True),
            name="feedback_report_results",
        ),
        path(
            "reports/feedback/per-page/",
            FeedbackSummaryReportView.as_view(),
            name="feedback_summary_report",
        ),
        path(
            "reports/feedback/per-page/results/",
            FeedbackSummaryReportView.as_view(results_only=True),
            name="feedback_summary_report_results",
        ),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("feedback.view_pagefeedback")


@hooks.register("register_reports_menu_item")
def register_feedback_menu_item():
    return FeedbackMenuItem(
        _("Page feedback"),
        reverse("feedback_summary_report"),
        name="page-feedback",
        icon_name="comment",
        order=900,
    )


@hooks.register("register_reports_menu_item")
def register_feedback_comments_menu_item():
    return FeedbackMenuItem(
        _("Page feedback comments"),
        reverse("feedback_report"),
        name="page-feedback-comments",
        icon_name="comment",
        order=901,
    )
