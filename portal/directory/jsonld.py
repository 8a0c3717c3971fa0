"""schema.org JSON-LD for a service page: the service, who runs it, where and when it is open."""

from __future__ import annotations

import json

from django.utils.html import _json_script_escapes, strip_tags
from django.utils.safestring import SafeString, mark_safe

from portal.directory.models import Organisation, ServicePage, Weekday

SCHEMA_DAYS = {day.value: f"https://schema.org/{day.name.title()}" for day in Weekday}


def service_json_ld_data(*, service: ServicePage, organisation: Organisation | None) -> dict:
    hours = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": SCHEMA_DAYS[row.weekday],
            "opens": row.opens.strftime("%H:%M"),
            "closes": row.closes.strftime("%H:%M"),
        }
        for row in service.opening_hours.all()
    ]
    closed = [
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": row.date.isoformat(),
            "validThrough": row.date.isoformat(),
            "opens": "00:00",
            "closes": "00:00",
        }
        for row in service.closed_dates.all()
    ]
    places = []
    for location in service.locations.all():
        address = {"@type": "PostalAddress", "addressCountry": "GB"}
        place = {"@type": "Place", "address": address}
        if location.hide_exact_address:
            address["postalCode"] = location.postcode_area
        else:
            address["streetAddress"] = ", ".join(location.address.splitlines())
            address["postalCode"] = location.postcode
            if location.name:
                place["name"] = location.name
            if location.has_coordinates:
                place["geo"] = {
                    "@type": "GeoCoordinates",
                    "latitude": float(location.latitude),
                    "longitude": float(location.longitude),
                }
        if hours or closed:
            place["openingHoursSpecification"] = hours + closed
        places.append(place)
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": service.title,
        "description": service.summary,
        "isAccessibleForFree": service.cost == "free",
        "dateModified": service.verified_on.isoformat(),
    }
    if service.description:
        data["disambiguatingDescription"] = strip_tags(service.description)[:500]
    if organisation is not None:
        provider = {"@type": "Organization", "name": organisation.name}
        if organisation.website:
            provider["url"] = organisation.website
        data["provider"] = provider
    channel = {"@type": "ServiceChannel"}
    if service.website:
        channel["serviceUrl"] = service.website
    if service.phone or service.email:
        contact = {"@type": "ContactPoint"}
        if service.phone:
            contact["telephone"] = service.phone
        if service.email:
            contact["email"] = service.email
        if hours:
            contact["hoursAvailable"] = hours
        channel["servicePhone"] = contact
    if places:
        channel["serviceLocation"] = places[0] if len(places) == 1 else places
    if len(channel) > 1:
        data["availableChannel"] = channel
    return data


def service_json_ld(*, service: ServicePage, organisation: Organisation | None) -> SafeString:
    """The JSON text, escaped like Django's json_script so it cannot close its script block."""
    text = json.dumps(
        service_json_ld_data(service=service, organisation=organisation),
        ensure_ascii=False,
        separators=(",", ":"),
    ).translate(_json_script_escapes)
    return mark_safe(text)  # noqa: S308 - escaped above
