from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.entitlements.views_admin import OverdueGuidesPanel, OverdueGuidesReportView


@hooks.register("register_admin_urls")
def register_overdue_report_urls():
    return [
        path(
            "reports/guides-overdue/",
            OverdueGuidesReportView.as_view(),
            name="entitlements_overdue_report",
        ),
        path(
            "reports/guides-overdue/results/",
            OverdueGuidesReportView.as_view(results_only=True),
            name="entitlements_overdue_report_results",
        ),
    ]


class OverdueGuidesMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_overdue_report_menu_item():
    return OverdueGuidesMenuItem(
        _("Guides overdue for review"),
        reverse("entitlements_overdue_report"),
        name="guides-overdue",
        icon_name="calendar-alt",
        order=800,
    )


@hooks.register("construct_homepage_panels")
def add_overdue_guides_panel(request, panels):
    panels.append(OverdueGuidesPanel())
