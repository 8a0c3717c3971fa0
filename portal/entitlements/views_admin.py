"""Admin: the report and the dashboard panel of guides overdue for review."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.entitlements.selectors import guides_overdue_for_review

DASHBOARD_LIMIT = 8


def _editable_overdue_guides(user):
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return guides_overdue_for_review().filter(pk__in=editable.values("pk"))


class OverdueGuidesReportView(ReportView):
    page_title = _("Guides overdue for review")
    header_icon = "calendar-alt"
    index_url_name = "entitlements_overdue_report"
    index_results_url_name = "entitlements_overdue_report_results"
    permission_policy = PagePermissionPolicy()
    permission_required = "change"
    list_export = ["title", "url_path", "locale.language_code", "last_reviewed", "next_review_due"]
    export_headings = {
        "title": _("Guide"),
        "url_path": _("Path"),
        "locale.language_code": _("Language"),
        "last_reviewed": _("Last reviewed"),
        "next_review_due": _("Review was due"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Guide"),
            url_name="wagtailadmin_pages:edit",
            accessor="get_admin_display_title",
        ),
        Column("language", label=_("Language"), accessor="locale.language_code"),
        DateColumn("last_reviewed", label=_("Last reviewed")),
        DateColumn("next_review_due", label=_("Review was due")),
        BooleanColumn("is_sample_content", label=_("Sample content")),
    ]

    def get_queryset(self):
        return _editable_overdue_guides(self.request.user)

    def get_filename(self):
        return "guides-overdue-for-review"


class OverdueGuidesPanel(Component):
    name = "overdue_guides"
    template_name = "entitlements/admin/overdue_guides_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        context = super().get_context_data(parent_context)
        guides = list(_editable_overdue_guides(request.user)[: DASHBOARD_LIMIT + 1])
        context["guides"] = guides[:DASHBOARD_LIMIT]
        context["has_more"] = len(guides) > DASHBOARD_LIMIT
        return context
