"""Writes for the directory: problem reports, and marking listings checked."""

from __future__ import annotations

import datetime

from django.utils import timezone

from portal.directory.models import ListingProblem, ServicePage
from portal.directory.selectors import portal_today, service_district_page


def listing_problem_report(
    *, service: ServicePage, kind: str, details: str, contact: str, language_code: str
) -> ListingProblem:
    """Store a report about ``service``, filed under the district that looks after it."""
    district_page = service_district_page(service=service)
    return ListingProblem.objects.create(
        service=service,
        district=district_page.district if district_page else None,
        kind=kind,
        details=details,
        contact=contact,
        language_code=language_code,
    )


def listing_problem_resolve(*, problem: ListingProblem, user) -> ListingProblem:
    """Mark a report resolved; the reporter's contact details are deleted at the same time."""
    problem.resolved_at = timezone.now()
    problem.resolved_by = user if getattr(user, "is_authenticated", False) else None
    problem.contact = ""
    problem.save(update_fields=["resolved_at", "resolved_by", "contact"])
    return problem


def service_mark_verified(
    *, service: ServicePage, verified_by: str, on: datetime.date | None = None
) -> int:
    """Record that someone checked the listing (in every language); returns pages updated.

    The live row and each page's latest revision both change, so a draft published later does
    not bring the old date back, and no unfinished draft gets published by this.
    """
    on = on or portal_today()
    pages = ServicePage.objects.filter(translation_key=service.translation_key)
    updated = pages.update(verified_on=on, verified_by=verified_by)
    for page in pages.select_related("latest_revision"):
        revision = page.latest_revision
        if revision is not None:
            revision.content["verified_on"] = on.isoformat()
            revision.content["verified_by"] = verified_by
            revision.save(update_fields=["content"])
    return updated
