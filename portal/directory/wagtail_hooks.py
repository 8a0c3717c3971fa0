from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.directory import views_admin
from portal.directory.models import Organisation
from portal.directory.views_admin import ListingProblemReportView, UnverifiedServicesReportView


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "website", "charity_number", "locale"]
    list_filter = ["locale", "is_sample_content"]
    search_fields = ["name"]


register_snippet(OrganisationViewSet)


@hooks.register("register_admin_urls")
def register_directory_admin_urls():
    # Wagtail wraps these in its admin login and access check; each view checks its permission.
    return [
        path("directory/problems/", ListingProblemReportView.as_view(), name="directory_problems"),
        path(
            "directory/problems/results/",
            ListingProblemReportView.as_view(results_only=True),
            name="directory_problems_results",
        ),
        path(
            "directory/problems/<int:problem_id>/resolve/",
            views_admin.problem_resolve,
            name="directory_problem_resolve",
        ),
        path(
            "directory/unverified/",
            UnverifiedServicesReportView.as_view(),
            name="directory_unverified",
        ),
        path(
            "directory/unverified/results/",
            UnverifiedServicesReportView.as_view(results_only=True),
            name="directory_unverified_results",
        ),
        path(
            "directory/services/<int:page_id>/verify/",
            views_admin.service_verify,
            name="directory_service_verify",
        ),
        path("directory/import/", views_admin.services_import, name="directory_import"),
        path("directory/export.csv", views_admin.services_export, name="directory_export"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, is_shown_for, **kwargs):
        super().__init__(*args, **kwargs)
        self._is_shown_for = is_shown_for

    def is_shown(self, request):
        return self._is_shown_for(request.user)


@hooks.register("register_reports_menu_item")
def register_problems_menu_item():
    return PermissionMenuItem(
        _("Listing problems"),
        reverse("directory_problems"),
        name="listing-problems",
        icon_name="warning",
        order=910,
        is_shown_for=lambda user: user.has_perm("directory.view_listingproblem"),
    )


@hooks.register("register_reports_menu_item")
def register_unverified_menu_item():
    return PermissionMenuItem(
        _("Unverified listings"),
        reverse("directory_unverified"),
        name="unverified-listings",
        icon_name="date",
        order=911,
        is_shown_for=lambda user: True,
    )


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PermissionMenuItem(
        _("Import services"),
        reverse("directory_import"),
        name="import-services",
        icon_name="upload",
        order=1050,
        is_shown_for=views_admin.can_import,
    )
