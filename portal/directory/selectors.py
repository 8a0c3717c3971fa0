"""Reads for the directory: which services residents can see, where, and when they are open.

The finder, the Open Referral UK API and the coverage map call these too, so every rule about
visibility (closed, hidden for being unverified, county-wide) lives here and only here.
"""

from __future__ import annotations

import calendar
import datetime
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import (
    BooleanField,
    CharField,
    DateField,
    DecimalField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    TimeField,
    Value,
)
from django.db.models.functions import Cast, Left, Length
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from portal.core.page_cache import GenerationMemo
from portal.directory.models import (
    ClosedDate,
    DistrictIndexPage,
    DistrictPage,
    ListingProblem,
    OpeningHours,
    Organisation,
    ServiceLocation,
    ServicePage,
    ServiceStatus,
)
from portal.taxonomy.models import District, ImmigrationStatus, Need, SpokenLanguage
from portal.taxonomy.selectors import taxonomy_terms

PORTAL_TIME_ZONE = ZoneInfo("Europe/London")


# --- Verification ----------------------------------------------------------------------------
def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` months earlier (the month's last day if it is shorter)."""
    year, month_index = divmod(day.year * 12 + day.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month_index + 1)[1]
    return datetime.date(year, month_index + 1, min(day.day, last_day))


def months_after(day: datetime.date, months: int) -> datetime.date:
    return months_before(day, -months)


def verification_periods() -> tuple[int, int]:
    """(months before a listing is flagged, months before it is hidden), from settings."""
    flag = settings.DIRECTORY_FLAG_UNVERIFIED_MONTHS
    hide = max(settings.DIRECTORY_HIDE_UNVERIFIED_MONTHS, flag)
    return flag, hide


def portal_today() -> datetime.date:
    return timezone.localtime(timezone.now(), PORTAL_TIME_ZONE).date()


@dataclass(frozen=True)
class VerificationState:
    checked_on: datetime.date
    flag_on: datetime.date  # from this day it is listed in the admin report
    hide_on: datetime.date  # from this day residents no longer see it in lists
    today: datetime.date

    @property
    def is_flagged(self) -> bool:
        return self.today >= self.flag_on

    @property
    def is_hidden(self) -> bool:
        return self.today >= self.hide_on

    @property
    def state(self) -> str:
        """'current', 'flagged' (overdue for a check) or 'hidden' (overdue, no longer listed)."""
        if self.is_hidden:
            return "hidden"
        return "flagged" if self.is_flagged else "current"

    @property
    def days_overdue(self) -> int:
        return max((self.today - self.flag_on).days, 0)


def verification_state(
    *, service: ServicePage, today: datetime.date | None = None
) -> VerificationState:
    """Whether the listing is current, flagged for a check, or hidden for being unverified."""
    flag, hide = verification_periods()
    return VerificationState(
        checked_on=service.verified_on,
        flag_on=months_after(service.verified_on, flag),
        hide_on=months_after(service.verified_on, hide),
        today=today or portal_today(),
    )


# --- Which services residents see ------------------------------------------------------------
def _locale(locale: Locale | int | str) -> Locale | int:
    """A Locale, its id, or its language code, as something a ``locale=`` filter accepts."""
    if isinstance(locale, (Locale, int)):
        return locale
    return Locale.objects.get(language_code=locale)


def visible_services(
    *, locale: Locale | int | str, today: datetime.date | None = None
) -> QuerySet[ServicePage]:
    """Live services residents reading ``locale`` may see in lists.

    A service with no live version in ``locale`` yet is listed in the source language instead
    (its page says so), so a new service never disappears from other languages' lists.
    Closed services and those hidden for being unverified past the second period are left out;
    temporarily closed ones stay (and are labelled).
    """
    _flag, hide = verification_periods()
    hide_if_checked_before = months_before(today or portal_today(), hide)
    locale = _locale(locale)
    source = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    translated = ServicePage.objects.live().filter(locale=locale).values("translation_key")
    # For the source language itself the second half adds nothing: all its pages are "translated".
    in_locale = Q(locale=locale) | (
        Q(locale__language_code=source) & ~Q(translation_key__in=translated)
    )
    return (
        ServicePage.objects.live()
        .filter(in_locale, verified_on__gt=hide_if_checked_before)
        .exclude(status=ServiceStatus.CLOSED)
    )


def services_for_district(
    *, district: District | int, locale: Locale | int | str, today: datetime.date | None = None
) -> QuerySet[ServicePage]:
    """Visible services for residents of ``district``: its own, those serving it, county-wide.

    A county-wide service lives under one district page and is found here for every district,
    so it is never copied.
    """
    district_id = district.pk if isinstance(district, District) else district
    locale = _locale(locale)
    # Its own district: the parent page (its path less one step) is that district's page.
    own = Q(
        Exists(
            DistrictPage.objects.filter(
                district_id=district_id,
                path=Left(OuterRef("path"), Length(OuterRef("path")) - ServicePage.steplen),
            )
        )
    )
    served = Q(
        pk__in=ServicePage.districts_served.through.objects.filter(district_id=district_id).values(
            "servicepage_id"
        )
    )
    return visible_services(locale=locale, today=today).filter(
        own | served | Q(is_county_wide=True)
    )


def service_district_ids(*, services: Iterable[ServicePage]) -> dict[int, set[int] | None]:
    """Service id → the ids of the districts it serves; None for a county-wide service.

    Two queries whatever the number of services (used by the coverage map and the API).
    """
    services = list(services)
    result: dict[int, set[int] | None] = {}
    paths = {}
    for service in services:
        result[service.pk] = None if service.is_county_wide else set()
        paths[service.pk] = service.path[: ServicePage.steplen * (service.depth - 1)]
    district_by_path = dict(
        DistrictPage.objects.filter(path__in=set(paths.values())).values_list("path", "district")
    )
    served = ServicePage.districts_served.through.objects.filter(
        servicepage_id__in=[pk for pk, ids in result.items() if ids is not None]
    ).values_list("servicepage_id", "district_id")
    for service_id, district_id in served:
        result[service_id].add(district_id)
    for service_id, path in paths.items():
        if result[service_id] is not None and path in district_by_path:
            result[service_id].add(district_by_path[path])
    return result


def _prefetched(instance, name: str, model, objects: list) -> None:
    """Hand ``objects`` to ``instance.<name>.all()`` as Django's prefetch_related would."""
    queryset = model.objects.all()
    queryset._result_cache = objects
    queryset._prefetch_done = True
    if not hasattr(instance, "_prefetched_objects_cache"):
        instance._prefetched_objects_cache = {}
    instance._prefetched_objects_cache[name] = queryset


# Kinds of row in the one query that loads a list of services' details.
_NEED, _STATUS, _LANGUAGE, _DISTRICT, _HOURS, _CLOSED, _LOCATION = range(1, 8)
_TAXONOMY_RELATIONS = {
    "needs": (_NEED, "need_id", Need),
    "eligible_statuses": (_STATUS, "immigrationstatus_id", ImmigrationStatus),
    "spoken_languages": (_LANGUAGE, "spokenlanguage_id", SpokenLanguage),
    "districts_served": (_DISTRICT, "district_id", District),
}


def _row_columns(**given) -> dict:
    """The union's columns, in one order, typed; those a kind of row lacks are typed NULLs."""
    types = {
        "kind": IntegerField(),
        "service": IntegerField(),
        "row_id": IntegerField(),
        "row_locale": IntegerField(),
        "row_key": CharField(),
        "row_order": IntegerField(),
        "number": IntegerField(),
        "time_a": TimeField(),
        "time_b": TimeField(),
        "day": DateField(),
        "text_a": CharField(),
        "text_b": CharField(),
        "text_c": CharField(),
        "text_d": CharField(),
        "lat": DecimalField(max_digits=9, decimal_places=6),
        "lon": DecimalField(max_digits=9, decimal_places=6),
        "flag": BooleanField(),
    }
    columns = {}
    for name, output_field in types.items():
        value = given.get(name)
        if value is None:
            # A typed NULL: PostgreSQL would otherwise guess 'text' and refuse the UNION.
            value = Cast(Value(None), output_field=output_field)
        elif isinstance(value, int):
            value = Value(value, output_field=output_field)
        elif isinstance(value, str):
            value = Cast(F(value), output_field=output_field)
        columns[name] = value
    return columns


def _child_columns(kind: int) -> dict:
    return {
        "kind": kind,
        "service": "page_id",
        "row_id": "id",
        "row_locale": "locale_id",
        "row_key": "translation_key",
        "row_order": "sort_order",
    }


def _load_rows(services: list[ServicePage], *, closed_from, locations: bool) -> None:
    """Taxonomy links, opening hours, closed dates and locations of services: ONE query.

    A service page's query budget is small (routing and translation notices take most of it),
    so the rows of seven relations come back as one UNION and are sorted out here.
    """
    ids = [s.pk for s in services]
    queries = [
        OpeningHours.objects.filter(page_id__in=ids)
        .order_by()
        .values(
            **_row_columns(
                **_child_columns(_HOURS), number="weekday", time_a="opens", time_b="closes"
            )
        )
    ]
    closed = ClosedDate.objects.filter(page_id__in=ids)
    if closed_from is not None:
        closed = closed.filter(date__gte=closed_from)
    queries.append(
        closed.order_by().values(
            **_row_columns(**_child_columns(_CLOSED), day="date", text_a="reason")
        )
    )
    for name, (kind, column, _model) in _TAXONOMY_RELATIONS.items():
        through = getattr(ServicePage, name).through
        queries.append(
            through.objects.filter(servicepage_id__in=ids)
            .order_by()
            .values(**_row_columns(kind=kind, service="servicepage_id", number=column))
        )
    if locations:
        queries.append(
            ServiceLocation.objects.filter(page_id__in=ids)
            .order_by()
            .values(
                **_row_columns(
                    **_child_columns(_LOCATION),
                    text_a="name",
                    text_b="address",
                    text_c="postcode",
                    text_d="accessibility_notes",
                    lat="latitude",
                    lon="longitude",
                    flag="hide_exact_address",
                )
            )
        )
    rows: dict[int, dict[int, list]] = {s.pk: {} for s in services}
    for row in queries[0].union(*queries[1:], all=True):
        rows[row["service"]].setdefault(row["kind"], []).append(row)

    terms = taxonomy_terms()
    vocabularies = {
        _NEED: terms.needs,
        _STATUS: terms.statuses,
        _LANGUAGE: terms.languages,
        _DISTRICT: terms.districts,
    }
    for service in services:
        found = rows[service.pk]
        for name, (kind, _column, model) in _TAXONOMY_RELATIONS.items():
            wanted = {row["number"] for row in found.get(kind, [])}
            # The cached vocabularies are in the editors' order, so these lists are too.
            terms_found = [t for pk, t in vocabularies[kind].items() if pk in wanted]
            _prefetched(service, name, model, terms_found)
        hours = [
            OpeningHours(
                weekday=row["number"],
                opens=as_time(row["time_a"]),
                closes=as_time(row["time_b"]),
                **_child_fields(row),
            )
            for row in found.get(_HOURS, [])
        ]
        hours.sort(key=lambda r: (r.weekday, r.opens))
        _prefetched(service, "opening_hours", OpeningHours, hours)
        closed_dates = [
            ClosedDate(date=as_date(row["day"]), reason=row["text_a"] or "", **_child_fields(row))
            for row in found.get(_CLOSED, [])
        ]
        closed_dates.sort(key=lambda r: r.date)
        _prefetched(service, "closed_dates", ClosedDate, closed_dates)
        if locations:
            places = [
                ServiceLocation(
                    name=row["text_a"] or "",
                    address=row["text_b"] or "",
                    postcode=row["text_c"] or "",
                    accessibility_notes=row["text_d"] or "",
                    latitude=_as_decimal(row["lat"]),
                    longitude=_as_decimal(row["lon"]),
                    hide_exact_address=bool(row["flag"]),
                    **_child_fields(row),
                )
                for row in found.get(_LOCATION, [])
            ]
            places.sort(key=lambda r: r.sort_order or 0)
            _prefetched(service, "locations", ServiceLocation, places)


def _child_fields(row: dict) -> dict:
    return {
        "id": row["row_id"],
        "page_id": row["service"],
        "locale_id": row["row_locale"],
        "translation_key": uuid.UUID(str(row["row_key"])),
        "sort_order": row["row_order"],
    }


def as_time(value) -> datetime.time:
    # Column types can be lost through a UNION on SQLite: values may come back as text there.
    if isinstance(value, str):
        return datetime.time.fromisoformat(value)
    return value


def as_date(value) -> datetime.date:
    if isinstance(value, str):
        return datetime.date.fromisoformat(value[:10])
    return value


def _as_decimal(value) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal("0.000001"))


_organisations_memo = GenerationMemo(max_entries=1)


def _organisations() -> dict:
    """{'pk': {pk: org}, 'translated': {(translation key, locale id): org}}.

    A county has a few hundred organisations at most: kept in this process until the next purge
    of the page cache, which saving or deleting one starts (apps.py).
    """

    def find() -> dict:
        organisations = list(Organisation.objects.all())
        return {
            "pk": {org.pk: org for org in organisations},
            "translated": {(org.translation_key, org.locale_id): org for org in organisations},
        }

    return _organisations_memo.get("organisations", find)


def localized_organisations(
    *, services: Iterable[ServicePage], locale: Locale | int
) -> dict[int, Organisation]:
    """Service id → its organisation in ``locale`` where translated, else the original."""
    locale_id = locale.pk if isinstance(locale, Locale) else locale
    organisations = _organisations()
    result = {}
    for service in services:
        original = organisations["pk"].get(service.organisation_id)
        if original is None:
            continue
        key = (original.translation_key, locale_id)
        result[service.pk] = organisations["translated"].get(key, original)
    return result


def services_load_details(
    *,
    services: Iterable[ServicePage],
    locations: bool = True,
    today: datetime.date | None = None,
) -> list[ServicePage]:
    """Fill in what pages and lists show about services, in one query whatever their number.

    After this, ``service.needs.all()``, ``.eligible_statuses``, ``.spoken_languages``,
    ``.districts_served``, ``.opening_hours``, ``.closed_dates`` and (with ``locations``)
    ``.locations`` cost no query, and ``service.localized_organisation`` is set (or None).
    Closed dates before ``today`` are left out when ``today`` is given.
    """
    services = list(services)
    if not services:
        return services
    _load_rows(services, closed_from=today, locations=locations)
    organisations = localized_organisations(services=services, locale=services[0].locale_id)
    for service in services:
        service.localized_organisation = organisations.get(service.pk)
    return services


def district_pages(*, index: DistrictIndexPage) -> list[DistrictPage]:
    return list(
        DistrictPage.objects.child_of(index)
        .live()
        .select_related("district")
        .order_by("district__sort_order", "title")
    )


# --- Opening hours ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Opening:
    starts: datetime.datetime
    ends: datetime.datetime


@dataclass(frozen=True)
class OpeningState:
    has_hours: bool
    is_open: bool
    closes_at: datetime.datetime | None  # when the current opening ends
    next_opening: datetime.datetime | None  # the next time it opens (after now)
    hours_today: list[tuple[datetime.time, datetime.time]]
    closed_today: ClosedDate | None  # today's exception, if there is one


def _openings_between(
    *, hours: list[OpeningHours], closed: set[datetime.date], first: datetime.date, days: int
) -> list[Opening]:
    openings = []
    for offset in range(days):
        day = first + datetime.timedelta(days=offset)
        if day in closed:
            continue  # a closed date cancels every opening that starts that day
        for row in hours:
            if row.weekday != day.weekday():
                continue
            starts = datetime.datetime.combine(day, row.opens, tzinfo=PORTAL_TIME_ZONE)
            end_day = day + datetime.timedelta(days=1) if row.is_overnight else day
            ends = datetime.datetime.combine(end_day, row.closes, tzinfo=PORTAL_TIME_ZONE)
            openings.append(Opening(starts=starts, ends=ends))
    return sorted(openings, key=lambda opening: opening.starts)


def opening_state(*, service: ServicePage, now: datetime.datetime | None = None) -> OpeningState:
    """Is it open now, what are today's hours, and when does it next open (Europe/London time).

    Uses the service's prefetched hours and closed dates when there are any. A service with no
    hours is never open. Temporarily closed and closed services are never open.
    """
    now = timezone.localtime(now or timezone.now(), PORTAL_TIME_ZONE)
    today = now.date()
    hours = list(service.opening_hours.all())
    closed_rows = list(service.closed_dates.all())
    closed = {row.date for row in closed_rows}
    closed_today = next((row for row in closed_rows if row.date == today), None)
    hours_today = (
        []
        if closed_today
        else [
            (row.opens, row.closes)
            for row in sorted(hours, key=lambda r: r.opens)
            if row.weekday == today.weekday()
        ]
    )
    if not hours or service.status != ServiceStatus.ACTIVE:
        return OpeningState(
            has_hours=bool(hours),
            is_open=False,
            closes_at=None,
            next_opening=None,
            hours_today=hours_today,
            closed_today=closed_today,
        )
    # Yesterday's overnight openings may still be running; look two weeks ahead for the next.
    openings = _openings_between(
        hours=hours, closed=closed, first=today - datetime.timedelta(days=1), days=16
    )
    current = next((o for o in openings if o.starts <= now < o.ends), None)
    upcoming = next((o for o in openings if o.starts > now), None)
    return OpeningState(
        has_hours=True,
        is_open=current is not None,
        closes_at=current.ends if current else None,
        next_opening=upcoming.starts if upcoming else None,
        hours_today=hours_today,
        closed_today=closed_today,
    )


def weekly_hours(*, service: ServicePage) -> list[tuple[int, str, list[OpeningHours]]]:
    """(weekday, day name, openings) for Monday to Sunday, for the opening hours table."""
    from portal.directory.models import Weekday

    rows = list(service.opening_hours.all())
    return [
        (
            day.value,
            day.label,
            sorted((r for r in rows if r.weekday == day.value), key=lambda r: r.opens),
        )
        for day in Weekday
    ]


# --- District directory with filters ---------------------------------------------------------
@dataclass(frozen=True)
class DirectoryFilters:
    need: Need | None = None
    status: ImmigrationStatus | None = None
    language: SpokenLanguage | None = None
    free: bool = False
    no_referral: bool = False

    @property
    def is_active(self) -> bool:
        return bool(self.need or self.status or self.language or self.free or self.no_referral)


@dataclass
class ServiceListing:
    service: ServicePage
    organisation: Organisation | None
    opening: OpeningState
    verification: VerificationState


@dataclass
class NeedGroup:
    need: Need | None  # None: services that name no need
    listings: list[ServiceListing] = field(default_factory=list)


def filter_services(
    services: QuerySet[ServicePage], *, filters: DirectoryFilters
) -> QuerySet[ServicePage]:
    if filters.need:
        services = services.filter(
            pk__in=ServicePage.needs.through.objects.filter(need=filters.need).values(
                "servicepage_id"
            )
        )
    if filters.status:
        services = services.filter(
            Q(open_to_everyone=True)
            | Q(
                pk__in=ServicePage.eligible_statuses.through.objects.filter(
                    immigrationstatus=filters.status
                ).values("servicepage_id")
            )
        )
    if filters.language:
        services = services.filter(
            pk__in=ServicePage.spoken_languages.through.objects.filter(
                spokenlanguage=filters.language
            ).values("servicepage_id")
        )
    if filters.free:
        services = services.filter(cost="free")
    if filters.no_referral:
        services = services.exclude(referral="needed")
    return services


def district_directory(
    *,
    page: DistrictPage,
    filters: DirectoryFilters | None = None,
    now: datetime.datetime | None = None,
) -> list[NeedGroup]:
    """The district's services grouped by need (in the taxonomy's order), filtered.

    A service serving several needs is listed under each. A constant number of queries.
    """
    filters = filters or DirectoryFilters()
    now = now or timezone.now()
    today = timezone.localtime(now, PORTAL_TIME_ZONE).date()
    services = filter_services(
        services_for_district(district=page.district_id, locale=page.locale_id, today=today),
        filters=filters,
    )
    services = services_load_details(
        services=services.order_by("title"), locations=False, today=today
    )
    groups: dict[int | None, NeedGroup] = {}
    for service in services:
        listing = ServiceListing(
            service=service,
            organisation=service.localized_organisation,
            opening=opening_state(service=service, now=now),
            verification=verification_state(service=service, today=today),
        )
        needs = list(service.needs.all()) or [None]
        if filters.need:
            needs = [filters.need]  # the other needs it serves are not what the reader asked for
        for need in needs:
            key = need.pk if need else None
            groups.setdefault(key, NeedGroup(need=need)).listings.append(listing)
    return sorted(
        groups.values(),
        key=lambda g: (g.need is None, g.need.sort_order if g.need else 0, str(g.need or "")),
    )


def service_count(*, groups: list[NeedGroup]) -> int:
    return len({listing.service.pk for group in groups for listing in group.listings})


def service_district_page(*, service: ServicePage) -> DistrictPage | None:
    """The district page the service is listed under (its parent)."""
    return (
        DistrictPage.objects.filter(path=service.path[: ServicePage.steplen * (service.depth - 1)])
        .select_related("district")
        .first()
    )


# --- Admin reports ---------------------------------------------------------------------------
def unverified_services(
    *, district: District | None = None, today: datetime.date | None = None
) -> QuerySet[ServicePage]:
    """Source-language services overdue for a check (flagged or hidden), oldest check first."""
    flag, _hide = verification_periods()
    flag_if_checked_on_or_before = months_before(today or portal_today(), flag)
    services = (
        ServicePage.objects.filter(
            locale=Locale.get_default(), verified_on__lte=flag_if_checked_on_or_before
        )
        .exclude(status=ServiceStatus.CLOSED)
        .order_by("verified_on", "title")
    )
    if district is not None:
        services = services.filter(
            path__startswith=DistrictPage.objects.filter(
                district=district, locale=Locale.get_default()
            ).values("path")[:1]
        )
    return services


def listing_problems(
    *, district: District | None = None, resolved: bool | None = False
) -> QuerySet[ListingProblem]:
    problems = ListingProblem.objects.select_related("service", "district", "resolved_by")
    if district is not None:
        problems = problems.filter(district=district)
    if resolved is not None:
        problems = problems.filter(resolved_at__isnull=not resolved)
    return problems


def upcoming_closed_dates(
    *, service: ServicePage, now: datetime.datetime | None = None, limit: int = 5
) -> list[ClosedDate]:
    """The next few days the service is closed, from today."""
    today = timezone.localtime(now or timezone.now(), PORTAL_TIME_ZONE).date()
    rows = sorted((r for r in service.closed_dates.all() if r.date >= today), key=lambda r: r.date)
    return rows[:limit]


def service_district_page_names(*, services: Iterable[ServicePage]) -> dict[int, str]:
    """Service id → the title of the district page it is listed under. One query."""
    services = list(services)
    parents = {s.pk: s.path[: ServicePage.steplen * (s.depth - 1)] for s in services}
    titles = dict(
        DistrictPage.objects.filter(path__in=set(parents.values())).values_list("path", "title")
    )
    return {pk: titles.get(path, "") for pk, path in parents.items()}
