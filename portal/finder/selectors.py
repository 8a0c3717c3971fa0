"""Reads for the service finder: parse the query, search, filter, count facets, page results.

How it stays fast and constant in queries whatever the number of services:

- a **facet index** (one small record per visible service: its districts, needs, statuses,
  languages, cost, referral, hours) is built in four queries and kept in this process until the
  next publish (the page cache's generation) or the next day;
- free text goes through Wagtail's search backend with only ``live`` and ``locale_id`` filters,
  which every backend supports (database, Elasticsearch), and yields translation keys; every
  other filter and every facet count is then worked out in Python over the index;
- only the page of results shown is loaded as pages, in two queries
  (``directory.selectors.services_load_details``), and kept until the next publish;
- with the page around it remembered too (``core.page_cache.GenerationMemo``), a request costs
  Wagtail's routing, the text search and the cards: at most 8 queries (tests/finder/
  test_query_budget.py; timings in docs/performance.md).

Nothing here stores or logs what was searched.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlencode

from django.db.models import DateField, IntegerField, TimeField, Value
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import pgettext
from wagtail.models import Locale

from portal.core.page_cache import GenerationMemo
from portal.core.search_text import fold_for_search
from portal.directory.models import ClosedDate, DistrictPage, OpeningHours, ServicePage
from portal.directory.selectors import (
    PORTAL_TIME_ZONE,
    OpeningState,
    as_date,
    as_time,
    opening_state,
    services_load_details,
    visible_services,
)
from portal.taxonomy.models import District, ImmigrationStatus, Need, SpokenLanguage
from portal.taxonomy.selectors import taxonomy_terms

MAX_TEXT_LENGTH = 200  # characters of free text; longer is refused (400)
MAX_SLUG_LENGTH = 60  # a slug longer than this cannot be ours: refused (400)
MAX_QUERY_STRING_LENGTH = 2000  # bytes of query string in all
MAX_PAGE = 10_000
MAX_TEXT_MATCHES = 5000  # search hits considered; more than this, the reader is asked to narrow
PER_PAGE = 20

FILTERS = ("district", "need", "status", "language", "free", "no_referral", "open_now")
TRUE_VALUES = {"1", "on", "true", "yes"}
KNOWN_PARAMS = {"q", "page", *FILTERS}


class FinderInputError(ValueError):
    """The query cannot be answered: the message says why, in the reader's language."""


# --- The query -------------------------------------------------------------------------------
@dataclass(frozen=True)
class UnknownValue:
    param: str
    value: str


@dataclass(frozen=True)
class FinderQuery:
    q: str = ""
    district: District | None = None
    need: Need | None = None
    status: ImmigrationStatus | None = None
    language: SpokenLanguage | None = None
    free: bool = False
    no_referral: bool = False
    open_now: bool = False
    page: int = 1
    unknown: tuple[UnknownValue, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.q and not self.active_filters

    @property
    def active_filters(self) -> list[str]:
        return [name for name in FILTERS if getattr(self, name)]

    def params(self, *, drop: tuple[str, ...] = (), page: int | None = None) -> dict[str, str]:
        """The query as URL parameters, in DESIGN.md's order, without ``drop``."""
        params: dict[str, str] = {}
        if self.q and "q" not in drop:
            params["q"] = self.q
        for name in ("district", "need", "status"):
            term = getattr(self, name)
            if term is not None and name not in drop:
                params[name] = term.slug
        if self.language is not None and "language" not in drop:
            params["language"] = self.language.code
        for name in ("free", "no_referral", "open_now"):
            if getattr(self, name) and name not in drop:
                params[name] = "1"
        if page and page > 1:
            params["page"] = str(page)
        return params

    def query_string(self, *, drop: tuple[str, ...] = (), page: int | None = None) -> str:
        params = self.params(drop=drop, page=page)
        return f"?{urlencode(params)}" if params else ""


def _clean_text(value: str) -> str:
    return " ".join(value.split())


def finder_query_parse(*, params: QueryDict | dict, query_string: str = "") -> FinderQuery:
    """The reader's choices from the URL. Unknown slugs are kept aside (the page says so).

    Raises FinderInputError for input no person could have typed into the form: too long, control
    characters, or a page number that is not a number. Never raises anything else.
    """
    if len(query_string) > MAX_QUERY_STRING_LENGTH:
        raise FinderInputError(pgettext("finder", "This search is too long. Please shorten it."))

    def get(name: str) -> str:
        value = params.get(name, "")
        return value if isinstance(value, str) else ""

    for name in KNOWN_PARAMS:
        value = get(name)
        if any(ord(char) < 32 and char not in "\t\n\r" for char in value):
            raise FinderInputError(
                pgettext("finder", "This search contains characters we cannot read.")
            )
    text = _clean_text(get("q"))
    if len(text) > MAX_TEXT_LENGTH:
        raise FinderInputError(
            pgettext("finder", "Please use %(limit)d characters or fewer in the search box.")
            % {"limit": MAX_TEXT_LENGTH}
        )
    raw_page = get("page").strip() or "1"
    if not raw_page.isascii() or not raw_page.isdigit() or not 1 <= int(raw_page) <= MAX_PAGE:
        raise FinderInputError(pgettext("finder", "That page number is not valid."))

    terms = taxonomy_terms()
    vocabularies = {
        "district": {t.slug: t for t in terms.districts.values()},
        "need": {t.slug: t for t in terms.needs.values()},
        "status": {t.slug: t for t in terms.statuses.values()},
        "language": {t.code: t for t in terms.languages.values()},
    }
    chosen = {}
    unknown = []
    for name, vocabulary in vocabularies.items():
        raw = get(name).strip()
        if len(raw) > MAX_SLUG_LENGTH:
            raise FinderInputError(
                pgettext("finder", "One of the choices in this link is too long to be real.")
            )
        if not raw:
            chosen[name] = None
        elif raw in vocabulary:
            chosen[name] = vocabulary[raw]
        else:
            chosen[name] = None
            unknown.append(UnknownValue(param=name, value=raw))
    return FinderQuery(
        q=text,
        **chosen,
        free=get("free").strip().lower() in TRUE_VALUES,
        no_referral=get("no_referral").strip().lower() in TRUE_VALUES,
        open_now=get("open_now").strip().lower() in TRUE_VALUES,
        page=int(raw_page),
        unknown=tuple(unknown),
    )


# --- The facet index -------------------------------------------------------------------------
class IndexedService(NamedTuple):
    """One visible service, as the finder filters and counts it.

    Its fields are plain values and tuples of them, which Python's garbage collector does not
    track: one container per service for a full collection to walk, where objects holding sets
    and dicts made eight (docs/performance.md, on collection pauses).
    """

    pk: int
    translation_key: str
    locale_id: int
    sort_key: str
    free: bool
    no_referral: bool
    active: bool  # not temporarily closed
    open_to_everyone: bool
    district_id: int | None  # the district whose page lists it
    districts: tuple[int, ...] | None  # None: county-wide
    needs: tuple[int, ...]
    statuses: tuple[int, ...]
    languages: tuple[int, ...]
    hours: tuple[tuple[tuple[datetime.time, datetime.time], ...], ...]  # by weekday; () if none
    closed: tuple[datetime.date, ...]

    def serves_district(self, district_id: int) -> bool:
        return self.districts is None or district_id in self.districts

    def is_open(self, now: datetime.datetime) -> bool:
        """Open at ``now`` (portal time), by its weekly hours and closed dates."""
        if not self.active or not self.hours:
            return False
        today = now.date()
        clock = now.time()
        yesterday = today - datetime.timedelta(days=1)
        if today not in self.closed:
            for opens, closes in self.hours[today.weekday()]:
                overnight = closes <= opens
                if opens <= clock and (overnight or clock < closes):
                    return True
        if yesterday not in self.closed:
            for opens, closes in self.hours[yesterday.weekday()]:
                if closes <= opens and clock < closes:
                    return True
        return False


@dataclass
class FinderIndex:
    services: list[IndexedService]  # in title order
    by_key: dict[str, IndexedService]
    _open: tuple[datetime.datetime, frozenset[int]] | None = None

    def open_at(self, now: datetime.datetime) -> frozenset[int]:
        """The ids of the services open at ``now``, worked out once a minute, not per request."""
        minute = now.replace(second=0, microsecond=0)
        found = self._open
        if found is None or found[0] != minute:
            found = (minute, frozenset(s.pk for s in self.services if s.is_open(minute)))
            self._open = found
        return found[1]


_indexes = GenerationMemo(max_entries=64)  # a language and a day each
_locales = GenerationMemo(max_entries=1)


def finder_index(*, locale: Locale, today: datetime.date | None = None) -> FinderIndex:
    """The facet index for readers of ``locale``, built once per publish, language and day.

    A service not translated into ``locale`` is included in the source language, so residents
    still find it. Kept in this process's memory (not the shared cache: it is rebuilt in four
    queries, and unpickling it on every request would cost more than keeping it here).
    """
    today = today or timezone.localtime(timezone.now(), PORTAL_TIME_ZONE).date()
    return _indexes.get((locale.pk, today), lambda: _finder_index_build(locale=locale, today=today))


def finder_index_forget() -> None:
    _indexes.clear()


def portal_locales() -> tuple[dict[int, Locale], Locale]:
    """(every Locale by id, the source locale): one query per publish, not one per request."""

    def find() -> tuple[dict[int, Locale], Locale]:
        by_id = {locale.pk: locale for locale in Locale.objects.all()}
        source = Locale.get_default()
        return by_id, by_id.get(source.pk, source)

    return _locales.get("locales", find)


def page_locale(page) -> Locale:
    """A page's Locale without a query (``page.locale`` costs one)."""
    by_id, _source = portal_locales()
    return by_id.get(page.locale_id) or page.locale


def _locale_ids(locale: Locale) -> list[int]:
    _by_id, source = portal_locales()
    return [locale.pk] if source.pk == locale.pk else [locale.pk, source.pk]


def _finder_index_build(*, locale: Locale, today: datetime.date) -> FinderIndex:
    visible = _visible(locale_ids=_locale_ids(locale), today=today)
    # One query: every visible service in the reader's language and in the source language.
    rows = list(
        visible.values_list(
            "pk",
            "translation_key",
            "locale_id",
            "title",
            "cost",
            "referral",
            "status",
            "open_to_everyone",
            "is_county_wide",
            "path",
            "depth",
        )
    )
    chosen: dict[str, tuple] = {}
    for row in rows:
        key = str(row[1])
        if key not in chosen or row[2] == locale.pk:
            chosen[key] = row
    id_filter = visible.values("pk")
    # One query: the four taxonomy links of every one of them.
    links = {
        1: (ServicePage.needs.through, "need_id"),
        2: (ServicePage.eligible_statuses.through, "immigrationstatus_id"),
        3: (ServicePage.spoken_languages.through, "spokenlanguage_id"),
        4: (ServicePage.districts_served.through, "district_id"),
    }
    queries = [
        model.objects.filter(servicepage_id__in=id_filter)
        .order_by()
        .values_list("servicepage_id", column, Value(kind))
        for kind, (model, column) in links.items()
    ]
    terms: dict[tuple[int, int], set[int]] = {}
    for service_id, term_id, kind in queries[0].union(*queries[1:], all=True):
        terms.setdefault((service_id, kind), set()).add(term_id)
    # One query: which district each district page is for.
    district_by_path = dict(DistrictPage.objects.values_list("path", "district_id"))
    # One query: opening hours and closed dates from yesterday on.
    hours_rows = (
        OpeningHours.objects.filter(page_id__in=id_filter)
        .order_by()
        .values_list(
            "page_id",
            "weekday",
            "opens",
            "closes",
            Value(None, output_field=DateField()),
            Value(1),
        )
    )
    closed_rows = (
        ClosedDate.objects.filter(page_id__in=id_filter, date__gte=today - datetime.timedelta(1))
        .order_by()
        .values_list(
            "page_id",
            Value(None, output_field=IntegerField()),
            Value(None, output_field=TimeField()),
            Value(None, output_field=TimeField()),
            "date",
            Value(2),
        )
    )
    hours: dict[int, dict[int, list]] = {}
    closed: dict[int, set[datetime.date]] = {}
    for page_id, weekday, opens, closes, date, kind in hours_rows.union(closed_rows, all=True):
        if kind == 1:
            hours.setdefault(page_id, {}).setdefault(weekday, []).append(
                (as_time(opens), as_time(closes))
            )
        else:
            closed.setdefault(page_id, set()).add(as_date(date))
    services = []
    steplen = ServicePage.steplen
    for (
        pk,
        key,
        locale_id,
        title,
        cost,
        referral,
        status,
        everyone,
        county,
        path,
        depth,
    ) in chosen.values():
        home_district = district_by_path.get(path[: steplen * (depth - 1)])
        served = terms.get((pk, 4), set())
        if home_district is not None:
            served = served | {home_district}
        services.append(
            IndexedService(
                pk=pk,
                translation_key=str(key),
                locale_id=locale_id,
                sort_key=title.casefold(),
                free=cost == "free",
                no_referral=referral != "needed",
                active=status == "active",
                open_to_everyone=everyone,
                district_id=home_district,
                districts=None if county else tuple(sorted(served)),
                needs=tuple(sorted(terms.get((pk, 1), ()))),
                statuses=tuple(sorted(terms.get((pk, 2), ()))),
                languages=tuple(sorted(terms.get((pk, 3), ()))),
                hours=_weekly(hours.get(pk)),
                closed=tuple(sorted(closed.get(pk, ()))),
            )
        )
    services.sort(key=lambda s: (s.sort_key, s.pk))
    return FinderIndex(services=services, by_key={s.translation_key: s for s in services})


def _weekly(by_day: dict[int, list] | None) -> tuple:
    if not by_day:
        return ()
    return tuple(tuple(sorted(by_day.get(day, ()))) for day in range(7))


def _visible(*, locale_ids: list[int], today: datetime.date):
    services = visible_services(locale=locale_ids[0], today=today)
    for other in locale_ids[1:]:
        services = services | visible_services(locale=other, today=today)
    return services


# --- Free text -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TextMatches:
    keys: set[str]
    capped: bool  # more matched than MAX_TEXT_MATCHES: counts are of the first ones only


def text_matches(*, text: str, locale: Locale) -> TextMatches:
    """The translation keys of the services whose text matches every word of ``text``.

    Searches the reader's language and the source language through the configured Wagtail
    search backend, with Arabic-script words folded as the index folds them (طعام finds
    الطعام). Only ``live`` and ``locale_id`` are filtered in the backend: both are FilterFields
    every backend supports, so the database and Elasticsearch take the same path.
    The backend is not asked to rank: on SQLite that costs one full-text lookup per match
    (seconds with thousands of services). The finder ranks the matches itself
    (``text_rank``), the same way whichever backend found them.
    """
    results = (
        ServicePage.objects.live()
        .filter(locale_id__in=_locale_ids(locale))
        .only("pk", "translation_key")  # the index has the rest
        .search(fold_for_search(text), operator="and", order_by_relevance=False)
    )
    keys = {str(key) for key in _translation_keys(results[: MAX_TEXT_MATCHES + 1])}
    return TextMatches(keys=keys, capped=len(keys) > MAX_TEXT_MATCHES)


def _translation_keys(results) -> list:
    """The matches' translation keys. Wagtail's database backends answer with a Django queryset
    (``get_queryset``), read here as plain values: five times faster than making a page object
    of each of thousands of matches. Other backends (Elasticsearch) give their pages."""
    queryset = getattr(results, "get_queryset", None)
    if queryset is not None:
        return list(queryset().values_list("translation_key", flat=True))
    return [service.translation_key for service in results]


def text_rank(*, service: IndexedService, words: list[str]) -> int:
    """Lower is better: services with more of the reader's words in their name come first."""
    return -sum(1 for word in words if word in service.sort_key)


# --- Filters and facets ----------------------------------------------------------------------
@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Suggestion:
    """'Without <filter>, N services would show': a way out of an empty list."""

    param: str
    label: str
    count: int
    query_string: str


@dataclass
class ResultCard:
    service: ServicePage
    organisation: object
    district: District | None
    opening: OpeningState
    in_source_language: bool


@dataclass
class FinderResults:
    query: FinderQuery
    total: int
    page: int
    page_count: int
    cards: list[ResultCard]
    facets: dict[str, list[FacetOption]]
    flags: dict[str, FacetOption]  # free / no_referral / open_now
    suggestions: list[Suggestion] = field(default_factory=list)
    guides: list = field(default_factory=list)
    text_capped: bool = False  # so many services matched the words that only some were counted

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.page_count

    @property
    def previous_query_string(self) -> str:
        return self.query.query_string(page=self.page - 1)

    @property
    def next_query_string(self) -> str:
        return self.query.query_string(page=self.page + 1)


def _failures(
    service: IndexedService,
    query: FinderQuery,
    matches: TextMatches | None,
    is_open: bool,
) -> list[str]:
    failed = []
    if matches is not None and service.translation_key not in matches.keys:
        failed.append("q")
    if query.district is not None and not service.serves_district(query.district.pk):
        failed.append("district")
    if query.need is not None and query.need.pk not in service.needs:
        failed.append("need")
    if (
        query.status is not None
        and not service.open_to_everyone
        and query.status.pk not in service.statuses
    ):
        failed.append("status")
    if query.language is not None and query.language.pk not in service.languages:
        failed.append("language")
    if query.free and not service.free:
        failed.append("free")
    if query.no_referral and not service.no_referral:
        failed.append("no_referral")
    if query.open_now and not is_open:
        failed.append("open_now")
    return failed


def _filter_label(param: str, query: FinderQuery) -> str:
    labels = {
        "q": pgettext("finder", "the words “%(text)s”") % {"text": query.q},
        "district": str(query.district) if query.district else "",
        "need": str(query.need) if query.need else "",
        "status": str(query.status) if query.status else "",
        "language": str(query.language) if query.language else "",
        "free": pgettext("finder", "Free only"),
        "no_referral": pgettext("finder", "No referral needed"),
        "open_now": pgettext("finder", "Open now"),
    }
    return labels[param]


def finder_search(
    *,
    locale: Locale,
    query: FinderQuery,
    now: datetime.datetime | None = None,
    per_page: int | None = None,
) -> FinderResults:
    """Results, facet counts and suggestions for ``query``, as readers of ``locale`` see them.

    Filters combine with AND. Each option of a filter is counted with every *other* filter
    applied, so its count is exactly what choosing it would show. A constant number of queries:
    the index (cached), the text search (when there is text), and the page of results (four).
    """
    now = timezone.localtime(now or timezone.now(), PORTAL_TIME_ZONE)
    per_page = per_page or PER_PAGE
    index = finder_index(locale=locale, today=now.date())
    matches = text_matches(text=query.q, locale=locale) if query.q else None

    terms = taxonomy_terms()
    counts = {name: Counter() for name in ("district", "need", "status", "language")}
    county_wide = 0  # counted for every district
    everyone = 0  # counted for every status
    flags = Counter()
    drop = Counter()
    matching: list[IndexedService] = []
    open_now = index.open_at(now)
    # Plain loops, not Counter.update(): its type checks were a third of a request's time.
    by_district, by_need, by_status, by_language = (
        counts[name] for name in ("district", "need", "status", "language")
    )
    for service in index.services:
        is_open = service.pk in open_now
        failed = _failures(service, query, matches, is_open)
        if len(failed) > 1:
            continue
        if len(failed) == 1:
            drop[failed[0]] += 1
        else:
            matching.append(service)
        only = failed[0] if failed else None
        if only in (None, "district"):
            if service.districts is None:
                county_wide += 1
            else:
                for term in service.districts:
                    by_district[term] += 1
        if only in (None, "need"):
            for term in service.needs:
                by_need[term] += 1
        if only in (None, "status"):
            if service.open_to_everyone:
                everyone += 1
            else:
                for term in service.statuses:
                    by_status[term] += 1
        if only in (None, "language"):
            for term in service.languages:
                by_language[term] += 1
        if only in (None, "free") and service.free:
            flags["free"] += 1
        if only in (None, "no_referral") and service.no_referral:
            flags["no_referral"] += 1
        if only in (None, "open_now") and is_open:
            flags["open_now"] += 1

    def options(name: str, vocabulary: dict, *, value_of, extra: int = 0) -> list[FacetOption]:
        chosen = getattr(query, name)
        return [
            FacetOption(
                value=value_of(term),
                label=str(term),
                count=counts[name][pk] + extra,
                selected=chosen is not None and chosen.pk == pk,
            )
            for pk, term in vocabulary.items()
        ]

    facets = {
        "district": options(
            "district", terms.districts, value_of=lambda t: t.slug, extra=county_wide
        ),
        "need": options("need", terms.needs, value_of=lambda t: t.slug),
        "status": options("status", terms.statuses, value_of=lambda t: t.slug, extra=everyone),
        "language": options("language", terms.languages, value_of=lambda t: t.code),
    }
    flag_options = {
        name: FacetOption(
            value="1",
            label=_filter_label(name, query),
            count=flags[name],
            selected=getattr(query, name),
        )
        for name in ("free", "no_referral", "open_now")
    }
    if matches is not None:
        words = query.q.casefold().split()
        matching.sort(key=lambda s: text_rank(service=s, words=words))  # stable: then by name

    total = len(matching)
    page_count = max(1, -(-total // per_page))
    page = min(query.page, page_count)
    shown = matching[(page - 1) * per_page : page * per_page]
    suggestions = []
    if not matching:
        for param in ["q", *FILTERS]:
            if drop[param]:
                suggestions.append(
                    Suggestion(
                        param=param,
                        label=_filter_label(param, query),
                        count=drop[param],
                        query_string=query.query_string(drop=(param,)),
                    )
                )
        suggestions.sort(key=lambda s: -s.count)
    return FinderResults(
        query=query,
        total=total,
        page=page,
        page_count=page_count,
        cards=result_cards(indexed=shown, locale=locale, now=now, terms=terms),
        facets=facets,
        flags=flag_options,
        suggestions=suggestions,
        text_capped=matches is not None and matches.capped,
    )


_result_services = GenerationMemo(max_entries=2000)  # a service and a day each


def result_cards(*, indexed: list[IndexedService], locale: Locale, now, terms) -> list[ResultCard]:
    """The page of results as cards, in order.

    A card's service, with everything the card shows, is the same for every reader until the
    next publish: loaded once (two queries for a whole page of them) and then kept, so a
    popular page of results costs no query. Only "open now" is worked out for each request.
    """
    if not indexed:
        return []
    today = now.date()

    def load(missing: list) -> dict:
        pages = ServicePage.objects.filter(pk__in=[pk for pk, _day in missing]).select_related(
            "locale"
        )
        loaded = services_load_details(services=pages, locations=False, today=today)
        return {(service.pk, today): service for service in loaded}

    services = _result_services.get_many([(s.pk, today) for s in indexed], load)
    cards = []
    for entry in indexed:
        service = services.get((entry.pk, today))
        if service is None:  # unpublished since the index was built
            continue
        cards.append(
            ResultCard(
                service=service,
                organisation=service.localized_organisation,
                district=terms.districts.get(entry.district_id),
                opening=opening_state(service=service, now=now),
                in_source_language=service.locale_id != locale.pk,
            )
        )
    return cards


_guides = GenerationMemo(max_entries=512)  # a language, a need and a status each


def finder_guides(*, locale: Locale, query: FinderQuery) -> list:
    """Know-your-entitlements guides for the chosen need, with the answer for the status.

    The same for everyone who chose the same need and status, and changed only by publishing:
    worked out once per publish (three queries) and shared until then.
    """
    if query.need is None:
        return []
    from portal.entitlements.selectors import guides_for

    key = (locale.pk, query.need.pk, query.status.pk if query.status else None)
    return _guides.get(key, lambda: guides_for(locale=locale, need=query.need, status=query.status))


def finder_service(*, service_id: int, locale: Locale) -> tuple[ServicePage, ServicePage | None]:
    """A visible service and its source-language version (None when it is in the source).

    Raises ServicePage.DoesNotExist if the service is not visible to residents.
    """
    service = (visible_services(locale=locale) | visible_services(locale=Locale.get_default())).get(
        pk=service_id
    )
    services_load_details(services=[service])
    source = None
    if service.locale_id != Locale.get_default().pk:
        source = (
            ServicePage.objects.live()
            .filter(translation_key=service.translation_key, locale=Locale.get_default())
            .first()
        )
        if source is not None:
            services_load_details(services=[source])
    return service, source


def finder_service_district(*, service: ServicePage) -> District | None:
    parent_path = service.path[: ServicePage.steplen * (service.depth - 1)]
    return District.objects.filter(
        pk__in=DistrictPage.objects.filter(path=parent_path).values("district_id")
    ).first()
