"""Thin views: the context of the directory's pages, and the 'report a problem' form."""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal.core.forms import rate_limit_exceeded
from portal.directory import selectors
from portal.directory.forms import DirectoryFilterForm, ListingProblemForm
from portal.directory.jsonld import service_json_ld
from portal.directory.models import DistrictPage, ServicePage
from portal.directory.operations import listing_problem_report

REPORT_RATE_LIMIT = 5  # reports per client per hour: enough for a person, too few for a flood


def district_directory_context(*, request, page: DistrictPage) -> dict:
    form = DirectoryFilterForm(request.GET or None)
    filters = form.filters()
    groups = selectors.district_directory(page=page, filters=filters)
    return {
        "filter_form": form,
        "filters": filters,
        "groups": groups,
        "service_count": selectors.service_count(groups=groups),
    }


def service_page_context(*, request, page: ServicePage) -> dict:
    now = timezone.now()
    selectors.services_load_details(services=[page])
    organisation = page.localized_organisation
    return {
        "organisation": organisation,
        "opening": selectors.opening_state(service=page, now=now),
        "weekly_hours": selectors.weekly_hours(service=page),
        "upcoming_closed_dates": selectors.upcoming_closed_dates(service=page, now=now),
        "verification": selectors.verification_state(service=page),
        "locations": list(page.locations.all()),
        "needs": list(page.needs.all()),
        "eligible_statuses": list(page.eligible_statuses.all()),
        "spoken_languages": list(page.spoken_languages.all()),
        "json_ld": service_json_ld(service=page, organisation=organisation),
        "problem_form": ListingProblemForm(),
    }


# Public pages set no cookies (so no CSRF cookie) and a report changes nobody's account: the
# honeypot, the rate limit and the length limits protect it instead, as for page feedback.
@csrf_exempt
@require_POST
def report_problem(request, service_id: int):
    service = get_object_or_404(ServicePage.objects.live(), pk=service_id)
    form = ListingProblemForm(request.POST)
    context = {"service": service, "back_url": service.get_url(request)}
    if form.is_spam():
        return render(request, "directory/report_sent.html", {**context, "sent": True})
    if rate_limit_exceeded(
        request, scope="listing-problem", limit=REPORT_RATE_LIMIT, period_seconds=3600
    ):
        return render(
            request, "directory/report_sent.html", {**context, "rate_limited": True}, status=429
        )
    if not form.is_valid():
        return render(request, "directory/report_sent.html", {**context, "form": form}, status=400)
    language = get_language()
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    listing_problem_report(
        service=service,
        kind=form.cleaned_data["kind"],
        details=form.cleaned_data["details"],
        contact=form.cleaned_data["contact"],
        language_code=language,
    )
    return render(request, "directory/report_sent.html", {**context, "sent": True})
