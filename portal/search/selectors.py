"""Reads for site search: the query, the results in the reader's language, the backend's health."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from portal.core.search_text import fold_for_search

MAX_QUERY_LENGTH = 200
MAX_PAGE_NUMBER = 1000
RESULTS_PER_PAGE = 10
SUMMARY_LENGTH = 220
# Words this short match too much to be worth highlighting ("a", "of", "في").
MIN_HIGHLIGHT_LENGTH = 2


class SearchInputError(ValueError):
    """The reader's input cannot be searched; ``message`` says why, in their language."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    summary: SafeString  # escaped, with the query's words in <mark>
    language: str  # the language the page is written in
    in_source_language: bool  # not translated into the reader's language yet
    kind: str  # the page type's name, e.g. "standard page"


@dataclass
class SearchOutcome:
    query: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    page_number: int = 1
    page_count: int = 0
    has_previous: bool = False
    has_next: bool = False
    # True when no page matched every word and these are near matches (titles starting with the
    # words, or words spelt a little differently where the backend can tell).
    near_matches: bool = False

    @property
    def first_number(self) -> int:
        """The position of this page's first result in the whole list (for <ol start>)."""
        return (self.page_number - 1) * RESULTS_PER_PAGE + 1


def search_query_clean(*, raw_query: str | None, raw_page: str | None) -> tuple[str, int]:
    """The query with its whitespace tidied, and the page number; SearchInputError if unusable."""
    from django.utils.translation import gettext as _

    query = " ".join((raw_query or "").split())
    if len(query) > MAX_QUERY_LENGTH:
        raise SearchInputError(
            _("Please search for %(limit)d characters or fewer.") % {"limit": MAX_QUERY_LENGTH}
        )
    if any(ord(ch) < 32 for ch in query) or "\x00" in (raw_query or ""):
        raise SearchInputError(_("Your search contains characters that cannot be searched for."))
    if raw_page in (None, ""):
        return query, 1
    if (
        not raw_page.isascii()
        or not raw_page.isdigit()
        or not 1 <= int(raw_page) <= MAX_PAGE_NUMBER
    ):
        raise SearchInputError(_("That page of results does not exist."))
    return query, int(raw_page)


def search_terms(query: str) -> str:
    """The words of ``query``, without the punctuation that full-text engines read as operators
    (quotes, brackets, *, :, -): a reader's stray quote mark must find pages, not break SQLite."""
    query = unicodedata.normalize("NFC", query)
    kept = (ch if unicodedata.category(ch)[0] in "LNM" else " " for ch in query)
    return " ".join("".join(kept).split())


def searchable_pages(*, language_code: str):
    """Live public pages a reader of ``language_code`` may find.

    Pages in their language, and source-language pages that have no live version in their
    language yet (so nothing is unfindable because it is not translated). Home pages are left
    out: every result should be a page that answers something.
    """
    source = Locale.get_default()
    reader = Locale.objects.filter(language_code=language_code).first() or source
    pages = Page.objects.live().public().filter(depth__gt=2)
    if reader.pk == source.pk:
        return pages.filter(locale_id=source.pk)
    translated = list(
        Page.objects.live()
        .filter(locale_id=reader.pk, depth__gt=2)
        .values_list("translation_key", flat=True)
    )
    return pages.filter(
        Q(locale_id=reader.pk) | (Q(locale_id=source.pk) & ~Q(translation_key__in=translated))
    )


def highlight(*, text: str, query: str, length: int = SUMMARY_LENGTH) -> SafeString:
    """``text`` escaped and cut to about ``length`` characters around the first word of ``query``
    it contains, with every word of ``query`` wrapped in <mark>."""
    text = " ".join((text or "").split())
    words = sorted(
        {w for w in query.split() if len(w) >= MIN_HIGHLIGHT_LENGTH}, key=len, reverse=True
    )
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE) if words else None
    if len(text) > length:
        first = pattern.search(text) if pattern else None
        start = max(0, first.start() - length // 3) if first else 0
        if start:
            start = text.find(" ", start) + 1 or start
        end = min(len(text), start + length)
        if end < len(text):
            end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
        text = ("… " if start else "") + text[start:end] + (" …" if end < len(text) else "")
    if pattern is None:
        return mark_safe(escape(text))  # noqa: S308
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece was escaped above


def _page_summary(page: Page) -> str:
    return (
        page.search_description
        or getattr(page, "introduction", "")
        or getattr(page, "summary", "")
        or ""
    )


def _near_matches(*, backend, query: str, pages):
    """Titles that start with the words typed, then (where supported) words spelt differently."""
    from modelsearch.query import Fuzzy

    try:
        results = backend.autocomplete(query, pages)
        if results.count():
            return results
    except NotImplementedError:
        pass
    try:
        # A savepoint: on PostgreSQL without pg_trgm the failed query must not end the request's
        # transaction.
        with transaction.atomic():
            results = backend.search(Fuzzy(query), pages)
            if results.count():
                return results
    except (NotImplementedError, DatabaseError):
        pass  # SQLite's full-text search has no fuzzy matching; PostgreSQL needs pg_trgm
    return None


def site_search(
    *, query: str, language_code: str, page_number: int = 1, request: HttpRequest | None = None
) -> SearchOutcome:
    """Search the site for ``query`` as a reader of ``language_code`` sees it.

    Raises SearchInputError for a page number past the last page of results.
    """
    from django.utils.translation import gettext as _

    outcome = SearchOutcome(query=query, page_number=page_number)
    if not query:
        return outcome
    terms = search_terms(query)
    if not terms:
        return outcome
    backend = get_search_backend()
    pages = searchable_pages(language_code=language_code)
    results = backend.search(fold_for_search(terms), pages)  # طعام finds الطعام
    if not results.count():
        near = _near_matches(backend=backend, query=terms, pages=pages)
        if near is None:
            return outcome
        results, outcome.near_matches = near, True

    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        current = paginator.page(page_number)
    except (EmptyPage, PageNotAnInteger):
        raise SearchInputError(_("That page of results does not exist.")) from None
    found = list(current.object_list)
    specific = {
        page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in found]).specific()
    }
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    source_language = settings.LANGUAGE_CODE
    for hit in found:
        page = specific.get(hit.pk)
        if page is None:
            continue
        language = languages[page.locale_id]
        outcome.hits.append(
            SearchHit(
                title=page.title,
                url=page.get_url(request) or "",
                summary=highlight(text=_page_summary(page), query=terms),
                language=language,
                in_source_language=(
                    language == source_language and language_code != source_language
                ),
                kind=str(page.specific_class._meta.verbose_name),
            )
        )
    outcome.total = paginator.count
    outcome.page_count = paginator.num_pages
    outcome.has_previous = current.has_previous()
    outcome.has_next = current.has_next()
    return outcome


def search_suggestions(*, request: HttpRequest, language_code: str) -> list[Page]:
    """Where to look when nothing was found: the sections of the home page in the reader's
    language, or of the source-language home page when that has none."""
    from wagtail.models import Site

    from portal.core.selectors import home_sections

    site = Site.find_for_request(request)
    if site is None:
        return []
    source_home = site.root_page
    locale = Locale.objects.filter(language_code=language_code).first()
    home = source_home
    if locale is not None and home.locale_id != locale.pk:
        home = home.get_translation_or_none(locale) or home
    return home_sections(home=home) or home_sections(home=source_home)


@dataclass(frozen=True)
class SearchBackendHealth:
    backend: str  # "database" or "elasticsearch"
    degraded: bool  # Elasticsearch configured but answering from the database


def search_backend_health() -> SearchBackendHealth:
    """Which backend answers searches now. Pings the cluster (a short request) when one is set."""
    backend = get_search_backend()
    ping = getattr(backend, "ping", None)
    if ping is None:
        return SearchBackendHealth(backend="database", degraded=False)
    from portal.search.backends import elasticsearch_is_marked_unavailable

    if elasticsearch_is_marked_unavailable() or not ping():
        return SearchBackendHealth(backend="elasticsearch", degraded=True)
    return SearchBackendHealth(backend="elasticsearch", degraded=False)
