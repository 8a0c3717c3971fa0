"""A cache of the public pages anonymous readers see, one copy per URL (the language is in it).

Why our own: wagtail-cache, the usual choice, pins ``wagtail<8.0``. This is the part of it we
need, on Django's cache framework (local memory by default, Redis when ``REDIS_URL`` is set, so
every app server shares it):

- only anonymous ``GET``/``HEAD`` requests for ``/<lang>/…`` **without a query string** are
  cached: finder and search requests carry what a reader looked for, and that is never stored;
- only ``200`` HTML responses that set no cookie and are not marked private are stored;
- a hit is answered before sessions, locale or Wagtail run, so it makes no database query;
- publishing, unpublishing, moving or deleting any page (every translation included), publishing
  a snippet, or saving a model registered with :func:`purge_when_saved` (taxonomy labels, the
  footer numbers…) starts a new *generation*: every stored page is stale at once. Listings
  (home sections, district directories, county-wide services) then never show an old copy of a
  page that changed elsewhere; the cost, a cold cache after each publish, is small next to
  editors' publishing rate. Partners' front caches are purged by URL through
  ``wagtail.contrib.frontend_cache`` (see docs/deployment.md).

Responses carry ``ETag`` and ``Last-Modified``; ``ConditionalGetMiddleware`` (above this one)
answers ``If-None-Match``/``If-Modified-Since`` with ``304``.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.http import http_date

GENERATION_KEY = "page-cache:generation"
HIT_HEADER = "X-Page-Cache"


def page_cache_generation() -> str:
    """The current generation: the time of the last purge, in nanoseconds, as a string."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = str(time.time_ns())
        # add(), not set(): two servers starting at once agree on one generation.
        cache.add(GENERATION_KEY, generation, timeout=None)
        generation = cache.get(GENERATION_KEY, generation)
    return generation


class GenerationMemo:
    """Answers kept in this process until the next purge: what a cached page would show anyway.

    For reads that every uncached request repeats and that change only when something is
    published or saved (a page's translations, its view restrictions, the finder's index): the
    first request after a purge asks the database, the rest are answered from memory. At most
    ``max_entries`` answers are kept, the least recently used going first, so a site with many
    thousands of pages cannot fill the worker's memory.
    """

    def __init__(self, *, max_entries: int = 2000):
        self.max_entries = max_entries
        self._generation: str | None = None
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The answer for ``key``; ``compute()`` works it out when it is not kept."""
        return self.get_many([key], lambda _missing: {key: compute()})[key]

    def get_many(
        self, keys: list[Hashable], compute: Callable[[list[Hashable]], dict[Hashable, Any]]
    ) -> dict[Hashable, Any]:
        """The answers for ``keys``; ``compute(missing)`` works out those not kept, at once."""
        generation = page_cache_generation()
        found: dict[Hashable, Any] = {}
        with self._lock:
            if generation != self._generation:
                self._entries.clear()
                self._generation = generation
            for key in keys:
                if key in self._entries:
                    self._entries.move_to_end(key)
                    found[key] = self._entries[key]
        missing = [key for key in keys if key not in found]
        if missing:
            computed = compute(missing)
            with self._lock:
                if generation == self._generation:
                    self._entries.update(computed)
                    while len(self._entries) > self.max_entries:
                        self._entries.popitem(last=False)
            found.update(computed)
        return found

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def page_cache_purge(**_signal_kwargs) -> None:
    """Make every cached page stale. Connected to Wagtail's publishing signals.

    Once now, and again when the transaction commits: a page rendered from the database while
    the publish was still uncommitted must not outlive it.
    """
    cache.set(GENERATION_KEY, str(time.time_ns()), timeout=None)
    transaction.on_commit(lambda: cache.set(GENERATION_KEY, str(time.time_ns()), timeout=None))


def purge_when_saved(model) -> None:
    """Purge the page cache whenever ``model`` is saved or deleted (labels shown on pages)."""
    uid = f"page-cache-purge-{model._meta.label_lower}"
    post_save.connect(page_cache_purge, sender=model, weak=False, dispatch_uid=f"{uid}-save")
    post_delete.connect(page_cache_purge, sender=model, weak=False, dispatch_uid=f"{uid}-delete")


def _purge_on_page_delete(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        page_cache_purge()


def connect_signals() -> None:
    from wagtail import signals

    for signal in (
        signals.page_published,
        signals.page_unpublished,
        signals.post_page_move,
        signals.published,  # snippets with drafts
        signals.unpublished,
    ):
        signal.connect(page_cache_purge, weak=False, dispatch_uid=f"page-cache-{id(signal)}")
    post_delete.connect(_purge_on_page_delete, weak=False, dispatch_uid="page-cache-page-delete")


def _cache_seconds() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def _is_cacheable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False  # editors, and anyone else with a session, see the live site
    language = request.path.split("/", 2)[1] if request.path.count("/") >= 2 else ""
    return language in dict(settings.LANGUAGES)


def _is_cacheable_response(response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def _key(request: HttpRequest, generation: str) -> str:
    return f"page-cache:{generation}:{request.get_host()}:{request.path}"


class AnonymousPageCacheMiddleware:
    """Serve anonymous readers' pages from the cache; store what is safe to share."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = _cache_seconds()
        if not seconds or not _is_cacheable_request(request):
            return self.get_response(request)
        generation = page_cache_generation()
        key = _key(request, generation)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response[HIT_HEADER] = "hit"
            return response

        response = self.get_response(request)
        if request.method == "GET" and _is_cacheable_response(response):
            response["Last-Modified"] = http_date(int(generation) / 1e9)
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            set_response_etag(response)
            cache.set(key, (response.content, list(response.items())), timeout=seconds)
            response[HIT_HEADER] = "miss"
        return response


class CachedSiteMiddleware:
    """Find the request's Wagtail ``Site`` (and its root page) in the cache, not the database.

    Wagtail looks the site up on every page request, and the answer changes only when an
    administrator edits a site, which starts a new page-cache generation (see ``apps.py``).
    Views that never ask for the site (the API, feedback, health) cost nothing here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = f"site:{page_cache_generation()}:{request._get_raw_host()}:{request.get_port()}"
        site = cache.get(key)
        if site is not None:
            request._wagtail_site = site
        response = self.get_response(request)
        site = getattr(request, "_wagtail_site", None)  # set by Wagtail if it needed the site
        if site is not None and not cache.has_key(key):
            site.root_page  # noqa: B018 - loaded now, so the cached copy carries it
            cache.set(key, site, timeout=60 * 60)
        return response
