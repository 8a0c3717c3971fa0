"""The services CSV: its columns, reading and checking rows, and writing them out.

One row is one service (in the source language). Lists are separated by ``;``. Reading checks
every row before anything is written (see ``operations.service_import_csv``); every problem is
reported with its line number in plain words. Columns are documented in docs/directory.md.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.html import escape
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.models import Locale

from portal.core.blocks import PARAGRAPH_FEATURES
from portal.directory.models import (
    ClosedDate,
    Cost,
    DistrictPage,
    OpeningHours,
    Referral,
    ServiceLocation,
    ServicePage,
    ServiceStatus,
    Weekday,
)
from portal.taxonomy.models import District, ImmigrationStatus, Need, SpokenLanguage

# (column, what it holds) — the order of the exported file.
COLUMNS = [
    ("external_id", "Required. A stable id you choose, e.g. 'preston-food-bank'."),
    ("district", "Required. The slug of the district whose directory lists it, e.g. 'preston'."),
    ("title", "Required. The service's name."),
    ("slug", "The last part of its address. Made from the title when empty."),
    ("summary", "Required. One sentence shown in lists (200 characters at most)."),
    ("introduction", "Optional. One or two sentences under the title."),
    ("description", "Optional. What happens there. Plain text (blank lines between paragraphs)."),
    ("organisation", "Who runs it. Created if no organisation has this name."),
    ("organisation_website", "The organisation's website."),
    ("needs", "Need slugs separated by ';', e.g. 'food; housing'."),
    ("open_to_everyone", "yes or no."),
    ("eligible_statuses", "Immigration status slugs separated by ';'."),
    ("is_county_wide", "yes or no. County-wide services appear in every district."),
    ("districts_served", "Other district slugs separated by ';'."),
    ("spoken_languages", "Language codes separated by ';', e.g. 'en; ar; prs'."),
    ("interpreters_available", "yes or no."),
    ("cost", "free, low_cost or paid."),
    ("cost_description", "Optional, e.g. '£1 a session'."),
    ("referral", "drop_in (no referral needed) or needed."),
    ("referral_description", "Optional: how to get a referral."),
    ("min_age", "Optional whole number."),
    ("max_age", "Optional whole number."),
    ("phone", "Optional."),
    ("email", "Optional."),
    ("website", "Optional, starting https://."),
    ("whatsapp", "Optional, e.g. '+44 7700 900123'."),
    ("asks_about_status", "yes or no: do they ask about immigration status?"),
    ("shares_with_home_office", "yes or no: may they share information with the Home Office?"),
    ("status", "active, temporarily_closed or closed."),
    ("status_note", "Optional, e.g. 'Closed until 1 March'."),
    ("verified_on", "Date last checked, as YYYY-MM-DD. Today when empty."),
    ("verified_by", "Who checked it."),
    ("opening_hours", "e.g. 'Mon 09:30-16:00; Fri 22:00-02:00' (closing earlier = next day)."),
    ("closed_dates", "e.g. '2026-12-25 Christmas Day; 2026-12-26'."),
    ("location_name", "The first location: name of the place."),
    ("address", "The first location: street address (new lines allowed inside quotes)."),
    ("postcode", "The first location: postcode."),
    ("latitude", "The first location: e.g. 53.7583."),
    ("longitude", "The first location: e.g. -2.7034."),
    ("accessibility_notes", "The first location: how to get in, toilets, hearing loop."),
    ("hide_exact_address", "The first location: yes to hide the address (refuges)."),
    ("more_locations", "Further locations, as JSON written by the export. Usually empty."),
]
COLUMN_NAMES = [name for name, _help in COLUMNS]
REQUIRED = ["external_id", "district", "title", "summary"]
DAY_NAMES = {day.name[:3].lower(): day.value for day in Weekday}
DAY_NAMES.update({day.name.lower(): day.value for day in Weekday})
DAY_ABBREVIATIONS = {day.value: day.name[:3].title() for day in Weekday}
HOURS_PATTERN = re.compile(r"^([A-Za-z]+)\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$")
LOCATION_FIELDS = [
    "name",
    "address",
    "postcode",
    "latitude",
    "longitude",
    "accessibility_notes",
    "hide_exact_address",
]
YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0", ""}


@dataclass
class RowError:
    line: int
    message: str

    def __str__(self):
        return f"Line {self.line}: {self.message}"


@dataclass
class ServiceRow:
    """One checked row, ready to write."""

    line: int
    external_id: str
    district: District
    district_page: DistrictPage
    fields: dict
    organisation: str
    organisation_website: str
    needs: list[Need]
    eligible_statuses: list[ImmigrationStatus]
    districts_served: list[District]
    spoken_languages: list[SpokenLanguage]
    opening_hours: list[dict]
    closed_dates: list[dict]
    locations: list[dict]
    slug: str = ""
    raw: dict = field(default_factory=dict)


# --- Writing -----------------------------------------------------------------------------------
def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _location_dict(location: ServiceLocation) -> dict:
    return {
        "name": location.name,
        "address": location.address,
        "postcode": location.postcode,
        "latitude": "" if location.latitude is None else str(location.latitude),
        "longitude": "" if location.longitude is None else str(location.longitude),
        "accessibility_notes": location.accessibility_notes,
        "hide_exact_address": location.hide_exact_address,
    }


def service_row(*, service: ServicePage, district_slugs: dict[str, str]) -> dict[str, str]:
    """The CSV row of one service (its needs, hours… must be loaded or will be queried)."""
    parent_path = service.path[: ServicePage.steplen * (service.depth - 1)]
    locations = [_location_dict(loc) for loc in service.locations.all()]
    first = locations[0] if locations else dict.fromkeys(LOCATION_FIELDS, "")
    organisation = service.organisation
    return {
        "external_id": service.external_id,
        "district": district_slugs.get(parent_path, ""),
        "title": service.title,
        "slug": service.slug,
        "summary": service.summary,
        "introduction": service.introduction,
        "description": service.description,
        "organisation": organisation.name if organisation else "",
        "organisation_website": organisation.website if organisation else "",
        "needs": "; ".join(t.slug for t in service.needs.all()),
        "open_to_everyone": _yes_no(service.open_to_everyone),
        "eligible_statuses": "; ".join(t.slug for t in service.eligible_statuses.all()),
        "is_county_wide": _yes_no(service.is_county_wide),
        "districts_served": "; ".join(t.slug for t in service.districts_served.all()),
        "spoken_languages": "; ".join(t.code for t in service.spoken_languages.all()),
        "interpreters_available": _yes_no(service.interpreters_available),
        "cost": service.cost,
        "cost_description": service.cost_description,
        "referral": service.referral,
        "referral_description": service.referral_description,
        "min_age": "" if service.min_age is None else str(service.min_age),
        "max_age": "" if service.max_age is None else str(service.max_age),
        "phone": service.phone,
        "email": service.email,
        "website": service.website,
        "whatsapp": service.whatsapp,
        "asks_about_status": _yes_no(service.asks_about_status),
        "shares_with_home_office": _yes_no(service.shares_with_home_office),
        "status": service.status,
        "status_note": service.status_note,
        "verified_on": service.verified_on.isoformat(),
        "verified_by": service.verified_by,
        "opening_hours": "; ".join(
            f"{DAY_ABBREVIATIONS[h.weekday]} {h.opens:%H:%M}-{h.closes:%H:%M}"
            for h in sorted(service.opening_hours.all(), key=lambda h: (h.weekday, h.opens))
        ),
        "closed_dates": "; ".join(
            f"{c.date.isoformat()} {c.reason}".strip()
            for c in sorted(service.closed_dates.all(), key=lambda c: c.date)
        ),
        "location_name": first["name"],
        "address": first["address"],
        "postcode": first["postcode"],
        "latitude": first["latitude"],
        "longitude": first["longitude"],
        "accessibility_notes": first["accessibility_notes"],
        "hide_exact_address": _yes_no(first["hide_exact_address"]) if locations else "",
        "more_locations": json.dumps(locations[1:], ensure_ascii=False) if locations[1:] else "",
    }


def district_slugs_by_path(*, locale: Locale) -> dict[str, str]:
    return dict(DistrictPage.objects.filter(locale=locale).values_list("path", "district__slug"))


def services_export_csv(*, out, services=None) -> int:
    """Write every source-language service (or ``services``) as CSV to ``out``; returns count."""
    from portal.directory.selectors import services_load_details

    locale = Locale.get_default()
    if services is None:
        services = ServicePage.objects.filter(locale=locale).order_by("path")
    services = services_load_details(services=services.select_related("organisation"))
    slugs = district_slugs_by_path(locale=locale)
    writer = csv.DictWriter(out, fieldnames=COLUMN_NAMES)
    writer.writeheader()
    for service in services:
        # Export the organisation the service really points at, not a translation of it.
        writer.writerow(service_row(service=service, district_slugs=slugs))
    return len(services)


# --- Reading -----------------------------------------------------------------------------------
class RowChecker:
    """Turns a raw row into a ServiceRow, or collects what is wrong with it."""

    def __init__(self):
        self.needs = {t.slug: t for t in Need.objects.all()}
        self.statuses = {t.slug: t for t in ImmigrationStatus.objects.all()}
        self.languages = {t.code: t for t in SpokenLanguage.objects.all()}
        self.districts = {t.slug: t for t in District.objects.all()}
        self.district_pages = {
            page.district_id: page
            for page in DistrictPage.objects.filter(locale=Locale.get_default())
        }
        self.rich_text = EditorHTMLConverter(features=PARAGRAPH_FEATURES)

    def check(self, line: int, raw: dict[str, str]) -> tuple[ServiceRow | None, list[str]]:
        problems: list[str] = []
        value = {k: (raw.get(k) or "").strip() for k in COLUMN_NAMES}
        for name in REQUIRED:
            if not value[name]:
                problems.append(f"the column '{name}' is empty; it is required")
        lengths = {
            "external_id": 64,
            "title": 255,
            "slug": 255,
            "summary": 200,
            "introduction": 400,
            "organisation": 200,
            "cost_description": 200,
            "referral_description": 300,
            "phone": 30,
            "whatsapp": 30,
            "status_note": 200,
            "verified_by": 120,
            "description": 20000,
        }
        for name, limit in lengths.items():
            if len(value[name]) > limit:
                problems.append(f"'{name}' is {len(value[name])} characters long; at most {limit}")

        district = self.districts.get(value["district"])
        district_page = None
        if value["district"] and district is None:
            problems.append(f"there is no district with the slug '{value['district']}'")
        elif district is not None:
            district_page = self.district_pages.get(district.pk)
            if district_page is None:
                problems.append(f"the district '{value['district']}' has no directory page yet")

        def terms(column, vocabulary, what):
            found = []
            for item in _split(value[column]):
                term = vocabulary.get(item) or vocabulary.get(item.lower())
                if term is None:
                    problems.append(f"'{item}' in '{column}' is not a known {what}")
                else:
                    found.append(term)
            return found

        needs = terms("needs", self.needs, "need")
        statuses = terms("eligible_statuses", self.statuses, "immigration status")
        served = terms("districts_served", self.districts, "district")
        languages = terms("spoken_languages", self.languages, "language code")

        def yes_no(column):
            text = value[column].lower()
            if text in YES:
                return True
            if text in NO:
                return False
            problems.append(f"'{column}' must be yes or no, not '{value[column]}'")
            return False

        def choice(column, choices, default):
            text = value[column] or default
            if text not in choices.values:
                problems.append(
                    f"'{column}' must be one of {', '.join(choices.values)}, not '{text}'"
                )
            return text

        def age(column):
            if not value[column]:
                return None
            if not value[column].isdigit() or int(value[column]) > 120:
                problems.append(f"'{column}' must be a whole number from 0 to 120")
                return None
            return int(value[column])

        min_age, max_age = age("min_age"), age("max_age")
        if min_age is not None and max_age is not None and min_age > max_age:
            problems.append("'min_age' is above 'max_age'")

        for column in ("email",):
            if value[column]:
                try:
                    EmailValidator()(value[column])
                except ValidationError:
                    problems.append(f"'{value[column]}' is not an email address")
        for column in ("website", "organisation_website"):
            if value[column]:
                try:
                    URLValidator(schemes=["http", "https"])(value[column])
                except ValidationError:
                    problems.append(f"'{column}' is not a web address starting https://")

        verified_on = datetime.date.today()
        if value["verified_on"]:
            try:
                verified_on = datetime.date.fromisoformat(value["verified_on"])
            except ValueError:
                problems.append(
                    f"'verified_on' must be a date like 2026-03-31, not '{value['verified_on']}'"
                )

        hours = []
        for item in _split(value["opening_hours"]):
            match = HOURS_PATTERN.match(item)
            day = DAY_NAMES.get(match.group(1).lower()) if match else None
            times = _times(match.group(2), match.group(3)) if match else None
            if day is None or times is None:
                problems.append(f"'{item}' in 'opening_hours' is not like 'Mon 09:30-16:00'")
                continue
            hours.append({"weekday": day, "opens": times[0], "closes": times[1]})

        closed = []
        for item in _split(value["closed_dates"]):
            date_text, _space, reason = item.partition(" ")
            try:
                date = datetime.date.fromisoformat(date_text)
            except ValueError:
                problems.append(
                    f"'{item}' in 'closed_dates' does not start with a date like 2026-12-25"
                )
                continue
            if len(reason) > 120:
                problems.append(f"the reason for {date_text} is longer than 120 characters")
            closed.append({"date": date, "reason": reason.strip()})

        locations = []
        first = {
            "name": value["location_name"],
            "address": value["address"],
            "postcode": value["postcode"],
            "latitude": value["latitude"],
            "longitude": value["longitude"],
            "accessibility_notes": value["accessibility_notes"],
            "hide_exact_address": value["hide_exact_address"],
        }
        if any(first[k] for k in ("name", "address", "postcode")):
            locations.append(first)
        if value["more_locations"]:
            try:
                more = json.loads(value["more_locations"])
                if not isinstance(more, list) or not all(isinstance(m, dict) for m in more):
                    raise ValueError
                locations.extend(more)
            except ValueError:
                problems.append("'more_locations' is not the JSON list the export writes")
        checked_locations = []
        for number, location in enumerate(locations, start=1):
            checked = self._location(location, number, problems)
            if checked is not None:
                checked_locations.append(checked)

        fields = {
            "title": value["title"],
            "summary": value["summary"],
            "introduction": value["introduction"],
            "open_to_everyone": yes_no("open_to_everyone"),
            "is_county_wide": yes_no("is_county_wide"),
            "interpreters_available": yes_no("interpreters_available"),
            "cost": choice("cost", Cost, Cost.FREE),
            "cost_description": value["cost_description"],
            "referral": choice("referral", Referral, Referral.DROP_IN),
            "referral_description": value["referral_description"],
            "min_age": min_age,
            "max_age": max_age,
            "phone": value["phone"],
            "email": value["email"],
            "website": value["website"],
            "whatsapp": value["whatsapp"],
            "asks_about_status": yes_no("asks_about_status"),
            "shares_with_home_office": yes_no("shares_with_home_office"),
            "status": choice("status", ServiceStatus, ServiceStatus.ACTIVE),
            "status_note": value["status_note"],
            "verified_on": verified_on,
            "verified_by": value["verified_by"],
        }
        if problems:
            return None, problems
        description = value["description"]
        if description and not description.startswith("<"):
            description = "".join(
                f"<p>{escape(part.strip())}</p>"
                for part in description.split("\n\n")
                if part.strip()
            )
        elif description:
            description = self.rich_text.whitelister.clean(description)
        fields["description"] = description
        return (
            ServiceRow(
                line=line,
                external_id=value["external_id"],
                district=district,
                district_page=district_page,
                slug=value["slug"],
                organisation=value["organisation"],
                organisation_website=value["organisation_website"],
                needs=needs,
                eligible_statuses=statuses,
                districts_served=served,
                spoken_languages=languages,
                opening_hours=hours,
                closed_dates=closed,
                locations=checked_locations,
                raw=value,
                fields=fields,
            ),
            problems,
        )

    def _location(self, location: dict, number: int, problems: list[str]) -> dict | None:
        where = "the location" if number == 1 else f"location {number}"
        text = {k: str(location.get(k) or "").strip() for k in LOCATION_FIELDS}
        ok = True
        if not text["address"] or not text["postcode"]:
            problems.append(f"{where} needs both an address and a postcode")
            ok = False
        if len(text["postcode"]) > 10:
            problems.append(f"the postcode of {where} is longer than 10 characters")
            ok = False
        coordinates = {}
        for name, limit in (("latitude", 90), ("longitude", 180)):
            if not text[name]:
                coordinates[name] = None
                continue
            try:
                number_value = Decimal(text[name]).quantize(Decimal("0.000001"))
                if abs(number_value) > limit:
                    raise InvalidOperation
                coordinates[name] = number_value
            except (InvalidOperation, ValueError):
                problems.append(f"the {name} of {where} must be a number from -{limit} to {limit}")
                ok = False
        hide = location.get("hide_exact_address")
        hide = hide if isinstance(hide, bool) else str(hide or "").strip().lower() in YES
        if not ok:
            return None
        return {
            "name": text["name"][:200],
            "address": text["address"],
            "postcode": text["postcode"].upper(),
            "latitude": coordinates["latitude"],
            "longitude": coordinates["longitude"],
            "accessibility_notes": text["accessibility_notes"],
            "hide_exact_address": hide,
        }


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


def _times(opens: str, closes: str):
    try:
        return datetime.time.fromisoformat(opens.zfill(5)), datetime.time.fromisoformat(
            closes.zfill(5)
        )
    except ValueError:
        return None


MAX_FILE_BYTES = 10 * 1024 * 1024


def read_rows(*, file) -> tuple[list[ServiceRow], list[RowError]]:
    """Check every row of the file; rows are only usable when the error list is empty."""
    data = file.read()
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            return [], [RowError(0, "The file is larger than 10 MB. Split it into smaller files.")]
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return [], [RowError(0, "The file is not UTF-8 text. Save it as 'CSV UTF-8'.")]
    else:
        text = data
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        return [], [RowError(1, f"the file is not readable CSV ({error})")]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        return [], [RowError(1, f"the header row has no column named {', '.join(missing)}")]
    unknown = [name for name in header if name and name not in COLUMN_NAMES]
    errors: list[RowError] = []
    if unknown:
        errors.append(RowError(1, f"unknown columns: {', '.join(unknown)}"))
    checker = RowChecker()
    rows: list[ServiceRow] = []
    seen: dict[str, int] = {}
    line = reader.line_num + 1
    try:
        for raw in reader:
            if None in raw:
                errors.append(
                    RowError(line, "this row has more values than the header has columns")
                )
            if any((v or "").strip() for k, v in raw.items() if k is not None):
                row, problems = checker.check(line, raw)
                errors.extend(RowError(line, problem) for problem in problems)
                if row is not None:
                    if row.external_id in seen:
                        errors.append(
                            RowError(
                                line,
                                f"the external_id '{row.external_id}' is also on line "
                                f"{seen[row.external_id]}",
                            )
                        )
                    seen[row.external_id] = line
                    rows.append(row)
            line = reader.line_num + 1
    except csv.Error as error:
        errors.append(RowError(line, f"the file is not readable CSV from here ({error})"))
    return rows, errors


def location_objects(row: ServiceRow, *, locale) -> list[ServiceLocation]:
    return [ServiceLocation(locale=locale, **location) for location in row.locations]


def hours_objects(row: ServiceRow, *, locale) -> list[OpeningHours]:
    return [OpeningHours(locale=locale, **hours) for hours in row.opening_hours]


def closed_objects(row: ServiceRow, *, locale) -> list[ClosedDate]:
    return [ClosedDate(locale=locale, **closed) for closed in row.closed_dates]
