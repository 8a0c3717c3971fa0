"""Portal records as Open Referral UK v3.0 objects (field names from portal/api/oruk_schema/).

One language per record: callers activate the language first (labels and gettext follow it).
Hidden exact addresses are reduced here, in one place, to the postcode area the public page
shows: no name, street, town or coordinates ever leave the portal for them.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import gettext as _

from portal.api.ids import derived_id
from portal.api.selectors import location_id
from portal.api.taxonomies import LINK_TYPES, Taxonomy, Term, service_terms
from portal.directory.models import (
    Cost,
    Organisation,
    ServiceLocation,
    ServicePage,
    ServiceStatus,
    Weekday,
)
from portal.directory.selectors import (
    localized_organisations,
    portal_today,
    service_district_ids,
    services_load_details,
)
from portal.taxonomy.selectors import taxonomy_terms

ORUK_STATUS = {
    ServiceStatus.ACTIVE: "active",
    ServiceStatus.TEMPORARILY_CLOSED: "temporarily closed",
    ServiceStatus.CLOSED: "defunct",
}
ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Identifier schemes from org-id.guide.
CHARITY_SCHEME = "GB-CHC"
COMPANY_SCHEME = "GB-COH"


def oruk_datetime(value: datetime.datetime | None) -> str | None:
    """UTC with millisecond accuracy, as the profile asks: 2023-03-15T10:30:45.123Z."""
    if value is None:
        return None
    value = value.astimezone(datetime.UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def _clean(data: dict) -> dict:
    """Drop keys without a value: ORUK fields are optional unless required, never null."""
    return {key: value for key, value in data.items() if value is not None and value != ""}


@dataclass
class RecordContext:
    """What every record in one response shares, loaded once."""

    request: object
    locale: object
    taxonomies: list[Taxonomy]
    organisations: dict[int, Organisation] = field(default_factory=dict)
    district_ids: dict[int, set[int] | None] = field(default_factory=dict)


def load_services(services: list[ServicePage], *, request, locale, taxonomies, locations=True):
    """Prefetch everything records need for ``services``: a handful of queries in all."""
    services_load_details(services=services, locations=locations, today=portal_today())
    return RecordContext(
        request=request,
        locale=locale,
        taxonomies=taxonomies,
        organisations=localized_organisations(services=services, locale=locale),
        district_ids=service_district_ids(services=services),
    )


# --- Taxonomies ----------------------------------------------------------------------------
def taxonomy_term_record(term: Term, *, taxonomy: Taxonomy | None = None) -> dict:
    return _clean(
        {
            "id": term.id,
            "name": term.name,
            "description": term.description,
            "taxonomy": taxonomy.name if taxonomy else None,
            "taxonomy_id": term.taxonomy_id,
            "term": term.slug,
        }
    )


def taxonomy_record(taxonomy: Taxonomy, *, with_terms: bool = False) -> dict:
    from portal.api.taxonomies import TAXONOMY_VERSION

    record = {
        "id": taxonomy.id,
        "name": taxonomy.name,
        "description": taxonomy.description,
        "version": TAXONOMY_VERSION,
    }
    if with_terms:
        record["taxonomy_terms"] = [
            taxonomy_term_record(term, taxonomy=taxonomy) for term in taxonomy.terms
        ]
    return record


# --- Organisations -------------------------------------------------------------------------
def organization_record(organisation: Organisation, *, full: bool = False) -> dict:
    record = _clean(
        {
            "id": str(organisation.translation_key),
            "name": organisation.name,
            "website": organisation.website,
        }
    )
    record["description"] = organisation.description or ""
    if full:
        identifiers = []
        for scheme, kind, value in (
            (CHARITY_SCHEME, _("Registered charity number"), organisation.charity_number),
            (COMPANY_SCHEME, _("Company number"), organisation.company_number),
        ):
            if value:
                identifiers.append(
                    {
                        "id": derived_id(
                            "organization_identifier", organisation.translation_key, scheme
                        ),
                        "organization_id": record["id"],
                        "identifier_scheme": scheme,
                        "identifier_type": kind,
                        "identifier": value,
                    }
                )
        record["organization_identifiers"] = identifiers
    return record


# --- Services ------------------------------------------------------------------------------
def _service_url(service: ServicePage, context: RecordContext) -> str | None:
    return service.website or service.get_full_url(context.request)


def service_record(service: ServicePage, *, context: RecordContext, full: bool = False) -> dict:
    """A service: its one-to-one fields (lists), or fully nested (detail)."""
    key = str(service.translation_key)
    organisation = context.organisations.get(service.pk)
    description = service.summary
    details = strip_tags(service.description or "").strip()
    if details:
        description = f"{description}\n\n{details}"
    record = _clean(
        {
            "id": key,
            "organization_id": str(organisation.translation_key) if organisation else None,
            "name": service.title,
            "description": description,
            "url": _service_url(service, context),
            "email": service.email,
            "status": ORUK_STATUS[service.status],
            "minimum_age": service.min_age,
            "maximum_age": service.max_age,
            "assured_date": service.verified_on.isoformat() if service.verified_on else None,
            "alert": service.status_note,
            "last_modified": oruk_datetime(service.last_published_at),
        }
    )
    if organisation is not None:
        record["organization"] = organization_record(organisation, full=full)
    if not full:
        return record
    record["schedules"] = schedules(service, service_key=key)
    record["service_areas"] = service_areas(service, service_key=key, context=context)
    record["service_at_locations"] = [
        service_at_location_record(location, service=service, full=True)
        for location in service.locations.all()
    ]
    record["cost_options"] = cost_options(service, service_key=key)
    record["contacts"] = contacts(service, service_key=key)
    record["attributes"] = [
        attribute(term, link_id=key, taxonomies=context.taxonomies)
        for term in service_terms(service, taxonomies=context.taxonomies)
    ]
    return record


def attribute(term: Term, *, link_id: str, taxonomies: list[Taxonomy]) -> dict:
    taxonomy = next((t for t in taxonomies if t.slug == term.taxonomy), None)
    return {
        "id": derived_id("attribute", link_id, term.id),
        "link_id": link_id,
        "taxonomy_term_id": term.id,
        "link_type": LINK_TYPES[term.taxonomy],
        "taxonomy_term": taxonomy_term_record(term, taxonomy=taxonomy),
    }


def schedules(service: ServicePage, *, service_key: str) -> list[dict]:
    """Weekly RRULE-style schedules, one per distinct opening time, from the opening hours.

    Times are UK local time (Europe/London), said in the description; coming closed dates are
    listed in the notes.
    """
    by_times: dict[tuple, list[int]] = defaultdict(list)
    for row in service.opening_hours.all():
        by_times[(row.opens, row.closes)].append(row.weekday)
    closed = list(service.closed_dates.all())
    notes = ""
    if closed:
        notes = _("Closed on: %(dates)s") % {
            "dates": "; ".join(
                f"{row.date.isoformat()} ({row.reason})" if row.reason else row.date.isoformat()
                for row in closed
            )
        }
    result = []
    for (opens, closes), weekdays in sorted(
        by_times.items(), key=lambda item: (min(item[1]), item[0])
    ):
        byday = ",".join(ICAL_DAYS[day] for day in sorted(set(weekdays)))
        result.append(
            _clean(
                {
                    "id": derived_id(
                        "schedule", service_key, byday, f"{opens:%H:%M}", f"{closes:%H:%M}"
                    ),
                    "service_id": service_key,
                    "freq": "WEEKLY",
                    "interval": 1,
                    "byday": byday,
                    "opens_at": f"{opens:%H:%M}",
                    "closes_at": f"{closes:%H:%M}",
                    "description": _("%(days)s, %(opens)s to %(closes)s (UK time).")
                    % {
                        "days": ", ".join(str(Weekday(day).label) for day in sorted(set(weekdays))),
                        "opens": f"{opens:%H:%M}",
                        "closes": f"{closes:%H:%M}",
                    },
                    "notes": notes,
                }
            )
        )
    return result


def service_areas(service: ServicePage, *, service_key: str, context: RecordContext) -> list[dict]:
    districts = taxonomy_terms().districts
    ids = context.district_ids.get(service.pk)
    chosen = (
        list(districts.values()) if ids is None else [d for pk, d in districts.items() if pk in ids]
    )
    return [
        {
            "id": derived_id("service_area", service_key, district.slug),
            "service_id": service_key,
            "name": district.name or district.slug,
            "service_area": district.council_name or district.name or district.slug,
        }
        for district in chosen
    ]


def cost_options(service: ServicePage, *, service_key: str) -> list[dict]:
    option = _clean(
        {
            "id": derived_id("cost_option", service_key),
            "service_id": service_key,
            "option": str(Cost(service.cost).label) if service.cost in Cost.values else None,
            "amount_description": service.cost_description,
        }
    )
    if service.cost == Cost.FREE:
        option["amount"] = 0
    return [option]


def contacts(service: ServicePage, *, service_key: str) -> list[dict]:
    """The service's own contact: its phone and WhatsApp numbers (phones as in HSDS 3.0)."""
    if not (service.phone or service.whatsapp):
        return []
    contact_id = derived_id("contact", service_key)
    phones = []
    if service.phone:
        phones.append(
            {
                "id": derived_id("phone", service_key, "phone"),
                "contact_id": contact_id,
                "number": service.phone,
            }
        )
    if service.whatsapp:
        phones.append(
            {
                "id": derived_id("phone", service_key, "whatsapp"),
                "contact_id": contact_id,
                "number": service.whatsapp,
                "description": "WhatsApp",
            }
        )
    return [{"id": contact_id, "service_id": service_key, "name": service.title, "phones": phones}]


# --- Locations -----------------------------------------------------------------------------
def _address_lines(location: ServiceLocation) -> list[str]:
    return [
        line.strip() for line in normalize_newlines(location.address).split("\n") if line.strip()
    ]


def location_record(location: ServiceLocation, *, full: bool) -> dict:
    loc_id = location_id(location)
    if location.hide_exact_address:
        record = {"id": loc_id, "location_type": "physical"}
        if full:
            record["addresses"] = [
                {
                    "id": derived_id("address", loc_id),
                    "location_id": loc_id,
                    "address_1": "",
                    "city": "",
                    "state_province": "",
                    "postal_code": location.postcode_area,
                    "country": "GB",
                    "address_type": "physical",
                }
            ]
    else:
        record = _clean(
            {
                "id": loc_id,
                "location_type": "physical",
                "name": location.name,
                "latitude": float(location.latitude) if location.latitude is not None else None,
                "longitude": float(location.longitude) if location.longitude is not None else None,
            }
        )
        if full:
            lines = _address_lines(location)
            street, city = (lines[:-1], lines[-1]) if len(lines) > 1 else (lines, "")
            record["addresses"] = [
                {
                    "id": derived_id("address", loc_id),
                    "location_id": loc_id,
                    "address_1": ", ".join(street),
                    "city": city,
                    "state_province": settings.API_ORUK_STATE_PROVINCE,
                    "postal_code": location.postcode.upper(),
                    "country": "GB",
                    "address_type": "physical",
                }
            ]
    if full and location.accessibility_notes:
        record["accessibility"] = [
            {
                "id": derived_id("accessibility", loc_id),
                "location_id": loc_id,
                "description": location.accessibility_notes,
            }
        ]
    return record


def service_at_location_record(
    location: ServiceLocation,
    *,
    service: ServicePage,
    full: bool,
    context: RecordContext | None = None,
) -> dict:
    record = {
        "id": str(location.translation_key),
        "service_id": str(service.translation_key),
        "location_id": location_id(location),
        "location": location_record(location, full=full),
    }
    if context is not None:
        record["service"] = service_record(service, context=context, full=False)
    return record
