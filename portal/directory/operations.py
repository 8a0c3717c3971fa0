"""Writes for the directory: problem reports, and marking listings checked."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from portal.core.operations import database_statistics_refresh
from portal.directory import csv_io
from portal.directory.models import ListingProblem, Organisation, ServicePage
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


# --- CSV import --------------------------------------------------------------------------------
@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)  # csv_io.RowError, in line order

    @property
    def ok(self) -> bool:
        return not self.errors


class _RowFailed(Exception):
    def __init__(self, errors):
        self.errors = errors


def service_import_csv(
    *,
    file,
    user=None,
    sync_translations: bool = True,
    progress: Callable[[int, int], None] | None = None,
    sample: bool = False,
) -> ImportResult:
    """Create or update services from a CSV file, matched on ``external_id``.

    Every row is checked first: if any row is wrong nothing at all is written, and every wrong
    row is reported with its line number. Rows that would change nothing are left alone (no new
    revision). Each written service is published, and its versions in other languages (where the
    district page is translated) are brought in line: facts synchronised, translations kept.
    """
    rows, errors = csv_io.read_rows(file=file)
    if errors:
        return ImportResult(errors=errors)
    result = ImportResult()
    locale = Locale.get_default()
    try:
        with transaction.atomic():
            for number, row in enumerate(rows, start=1):
                outcome = _service_write(row=row, locale=locale, user=user, sample=sample)
                if outcome == "created":
                    result.created += 1
                elif outcome == "updated":
                    result.updated += 1
                else:
                    result.unchanged += 1
                if outcome != "unchanged" and sync_translations:
                    _translations_sync(external_id=row.external_id, locale=locale, user=user)
                if progress is not None:
                    progress(number, len(rows))
    except _RowFailed as failure:
        return ImportResult(errors=failure.errors)
    if result.created:
        # Many services at once: the search planner must know (see database_statistics_refresh).
        transaction.on_commit(database_statistics_refresh)
    return result


def _snapshot_of_row(row: csv_io.ServiceRow) -> dict:
    return {
        **row.fields,
        "slug": row.slug or None,
        "parent": row.district_page.pk,
        "organisation": (row.organisation, row.organisation_website or None),
        "needs": sorted(t.pk for t in row.needs),
        "eligible_statuses": sorted(t.pk for t in row.eligible_statuses),
        "districts_served": sorted(t.pk for t in row.districts_served),
        "spoken_languages": sorted(t.pk for t in row.spoken_languages),
        "opening_hours": sorted((h["weekday"], h["opens"], h["closes"]) for h in row.opening_hours),
        "closed_dates": sorted((c["date"], c["reason"]) for c in row.closed_dates),
        "locations": [tuple(sorted(loc.items())) for loc in row.locations],
    }


def _snapshot_of_page(page: ServicePage, *, row: csv_io.ServiceRow) -> dict:
    organisation = page.organisation
    return {
        **{name: getattr(page, name) for name in row.fields},
        "slug": page.slug if row.slug else None,
        "parent": page.get_parent().pk,
        "organisation": (
            organisation.name if organisation else "",
            (organisation.website if organisation else "") if row.organisation_website else None,
        ),
        "needs": sorted(t.pk for t in page.needs.all()),
        "eligible_statuses": sorted(t.pk for t in page.eligible_statuses.all()),
        "districts_served": sorted(t.pk for t in page.districts_served.all()),
        "spoken_languages": sorted(t.pk for t in page.spoken_languages.all()),
        "opening_hours": sorted((h.weekday, h.opens, h.closes) for h in page.opening_hours.all()),
        "closed_dates": sorted((c.date, c.reason) for c in page.closed_dates.all()),
        "locations": [tuple(sorted(csv_io_location(loc).items())) for loc in page.locations.all()],
    }


def csv_io_location(location) -> dict:
    return {
        "name": location.name,
        "address": location.address,
        "postcode": location.postcode,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "accessibility_notes": location.accessibility_notes,
        "hide_exact_address": location.hide_exact_address,
    }


def _organisation_for(row: csv_io.ServiceRow, *, locale: Locale, sample: bool):
    if not row.organisation:
        return None
    organisation = Organisation.objects.filter(locale=locale, name=row.organisation).first()
    if organisation is None:
        return Organisation.objects.create(
            locale=locale,
            name=row.organisation,
            website=row.organisation_website,
            is_sample_content=sample,
        )
    if row.organisation_website and organisation.website != row.organisation_website:
        organisation.website = row.organisation_website
        organisation.save(update_fields=["website"])
    return organisation


def _unique_slug(parent, base: str, *, exclude_pk=None) -> str:
    base = slugify(base)[:240] or "service"
    taken = set(parent.get_children().exclude(pk=exclude_pk).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _service_write(*, row: csv_io.ServiceRow, locale: Locale, user, sample: bool) -> str:
    page = ServicePage.objects.filter(locale=locale, external_id=row.external_id).first()
    if page is not None and _snapshot_of_page(page, row=row) == _snapshot_of_row(row):
        return "unchanged"
    created = page is None
    if created:
        page = ServicePage(locale=locale, external_id=row.external_id, is_sample_content=sample)
    for name, value in row.fields.items():
        setattr(page, name, value)
    page.organisation = _organisation_for(row, locale=locale, sample=sample)
    page.needs.set(row.needs)
    page.eligible_statuses.set(row.eligible_statuses)
    page.districts_served.set(row.districts_served)
    page.spoken_languages.set(row.spoken_languages)
    page.opening_hours = csv_io.hours_objects(row, locale=locale)
    page.closed_dates = csv_io.closed_objects(row, locale=locale)
    page.locations = csv_io.location_objects(row, locale=locale)
    try:
        if created:
            page.slug = row.slug or _unique_slug(row.district_page, row.fields["title"])
            row.district_page.add_child(instance=page)
        else:
            if page.get_parent().pk != row.district_page.pk:
                page.move(row.district_page, pos="last-child")
                # Start again from the moved page, so its new place is what gets published.
                return _service_write(row=row, locale=locale, user=user, sample=sample)
            page.slug = row.slug or page.slug
            page.full_clean()
        page.save_revision(user=user, log_action=True).publish(user=user)
    except ValidationError as error:
        messages = [
            f"{name}: {' '.join(str(m) for m in problems)}"
            for name, problems in error.message_dict.items()
        ]
        raise _RowFailed([csv_io.RowError(row.line, "; ".join(messages))]) from error
    return "created" if created else "updated"


def _translations_sync(*, external_id: str, locale: Locale, user) -> None:
    """Bring every other language's version in line (new services get one per language)."""
    from portal.core.operations import locales_sync, page_translate

    page = ServicePage.objects.get(locale=locale, external_id=external_id)
    parent = page.get_parent()
    for target in locales_sync(verbosity=0):
        if target.pk == locale.pk or not parent.has_translation(target):
            continue
        page_translate(page=page, locale=target, user=user)
