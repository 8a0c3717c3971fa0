"""Admin views: the problem-report queue, the unverified-listings report, CSV import/export."""

from __future__ import annotations

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from portal.directory import csv_io, operations, selectors
from portal.directory.models import DistrictIndexPage, ListingProblem, ProblemKind, ServicePage
from portal.taxonomy.models import District


class ActionColumn(Column):
    """A cell with one small button-styled link, e.g. 'Mark resolved'."""

    cell_template_name = "directory/admin/action_cell.html"

    def __init__(self, name, *, text, get_url, **kwargs):
        super().__init__(name, **kwargs)
        self.text = text
        self.get_url = get_url

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["url"] = self.get_url(instance)
        context["text"] = self.text
        return context


def _page_edit_url(page_id: int) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page_id])


# --- Problem reports ---------------------------------------------------------------------------
class ListingProblemFilterSet(WagtailFilterSet):
    district = django_filters.ModelChoiceFilter(
        label=_("District"), queryset=District.objects.in_order(), empty_label=_("All districts")
    )
    kind = django_filters.ChoiceFilter(
        label=_("What is wrong"), choices=ProblemKind.choices, empty_label=_("Anything")
    )
    resolved = django_filters.BooleanFilter(
        label=_("Resolved"), field_name="resolved_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = ListingProblem
        fields = ["district", "kind", "resolved"]


class ListingProblemReportView(ReportView):
    page_title = _("Listing problems")
    header_icon = "warning"
    index_url_name = "directory_problems"
    index_results_url_name = "directory_problems_results"
    filterset_class = ListingProblemFilterSet
    permission_policy = ModelPermissionPolicy(ListingProblem)
    permission_required = "view"
    list_export = ["service.title", "district", "kind", "details", "language_code", "created_at"]
    export_headings = {
        "service.title": _("Service"),
        "district": _("District"),
        "kind": _("What is wrong"),
        "details": _("Details"),
        "language_code": _("Language"),
        "created_at": _("Reported"),
    }
    columns = [
        TitleColumn(
            "service",
            label=_("Service"),
            accessor="service.title",
            get_url=lambda problem: _page_edit_url(problem.service_id),
        ),
        Column("district", label=_("District")),
        Column("kind", label=_("What is wrong"), accessor="get_kind_display"),
        Column("details", label=_("Details")),
        Column("contact", label=_("Contact")),
        Column("language_code", label=_("Language")),
        DateColumn("created_at", label=_("Reported")),
        DateColumn("resolved_at", label=_("Resolved")),
        ActionColumn(
            "resolve",
            label=_("Action"),
            text=_("Mark resolved"),
            get_url=lambda problem: (
                None
                if problem.is_resolved
                else reverse("directory_problem_resolve", args=[problem.pk])
            ),
        ),
    ]

    def get_queryset(self):
        return selectors.listing_problems(resolved=None).order_by("resolved_at", "-created_at")

    def get_filename(self):
        return "listing-problems"


def problem_resolve(request, problem_id: int):
    """Confirm, then mark a report resolved (its contact details are deleted then)."""
    if not request.user.has_perm("directory.change_listingproblem"):
        raise PermissionDenied
    problem = get_object_or_404(ListingProblem.objects.select_related("service"), pk=problem_id)
    if request.method == "POST":
        operations.listing_problem_resolve(problem=problem, user=request.user)
        messages.success(request, _("The report is marked resolved."))
        return redirect("directory_problems")
    return render(request, "directory/admin/problem_resolve.html", {"problem": problem})


# --- Unverified listings -----------------------------------------------------------------------
class UnverifiedFilterSet(WagtailFilterSet):
    district = django_filters.ModelChoiceFilter(
        label=_("District"),
        queryset=District.objects.in_order(),
        empty_label=_("All districts"),
        method="filter_district",
    )

    class Meta:
        model = ServicePage
        fields = ["district"]

    def filter_district(self, queryset, name, value):
        return queryset.filter(pk__in=selectors.unverified_services(district=value).values("pk"))


class UnverifiedServicesReportView(ReportView):
    page_title = _("Unverified listings")
    header_icon = "date"
    index_url_name = "directory_unverified"
    index_results_url_name = "directory_unverified_results"
    filterset_class = UnverifiedFilterSet
    list_export = ["title", "verified_on", "verified_by", "state"]
    export_headings = {
        "title": _("Service"),
        "verified_on": _("Checked on"),
        "verified_by": _("Checked by"),
        "state": _("State"),
    }
    columns = [
        TitleColumn("title", label=_("Service"), get_url=lambda s: _page_edit_url(s.pk)),
        Column("district_name", label=_("District")),
        DateColumn("verified_on", label=_("Checked on")),
        Column("verified_by", label=_("Checked by")),
        Column("state_label", label=_("State")),
        ActionColumn(
            "verify",
            label=_("Action"),
            text=_("Mark checked today"),
            get_url=lambda s: reverse("directory_service_verify", args=[s.pk]),
        ),
    ]

    def get_queryset(self):
        return selectors.unverified_services()

    def get_filename(self):
        return "unverified-listings"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        flag, hide = selectors.verification_periods()
        context["flag_months"], context["hide_months"] = flag, hide
        return context

    def decorate_paginated_queryset(self, object_list):
        services = list(object_list)
        districts = selectors.service_district_page_names(services=services)
        today = selectors.portal_today()
        for service in services:
            state = selectors.verification_state(service=service, today=today)
            service.state = state.state
            service.state_label = (
                _("Hidden from residents") if state.is_hidden else _("Overdue for a check")
            )
            service.district_name = districts.get(service.pk, "")
        return services


def service_verify(request, page_id: int):
    """Confirm, then record that someone checked the listing today."""
    service = get_object_or_404(ServicePage, pk=page_id)
    if not service.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    default_name = request.user.get_full_name() or request.user.get_username()
    if request.method == "POST":
        verified_by = (request.POST.get("verified_by") or default_name).strip()[:120]
        operations.service_mark_verified(service=service, verified_by=verified_by)
        messages.success(
            request, _("'%(title)s' is marked checked today.") % {"title": service.title}
        )
        return redirect("directory_unverified")
    return render(
        request,
        "directory/admin/service_verify.html",
        {"service": service, "default_name": default_name, "today": timezone.localdate()},
    )


# --- CSV import and export ---------------------------------------------------------------------
class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, with the columns described in the directory guide."),
    )


def can_import(user) -> bool:
    index = DistrictIndexPage.objects.filter(locale=Locale.get_default()).first()
    return index is not None and index.permissions_for_user(user).can_publish()


def services_import(request):
    if not can_import(request.user):
        raise PermissionDenied
    result = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        result = operations.service_import_csv(file=form.cleaned_data["file"], user=request.user)
        if result.ok:
            messages.success(
                request,
                _("Imported: %(created)d new services, %(updated)d updated.")
                % {"created": result.created, "updated": result.updated},
            )
    return render(
        request,
        "directory/admin/import.html",
        {"form": form, "result": result, "columns": csv_io.COLUMNS},
        status=400 if result is not None and not result.ok else 200,
    )


def services_export(request):
    if not can_import(request.user):
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="services.csv"'
    csv_io.services_export_csv(out=response)
    return response
