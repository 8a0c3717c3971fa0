"""Site search, the health endpoint and robots.txt. Thin: the work is in selectors.py."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.core.forms import rate_limit_exceeded
from portal.search.selectors import (
    MAX_QUERY_LENGTH,
    SearchInputError,
    search_backend_health,
    search_query_clean,
    search_suggestions,
    site_search,
)

logger = logging.getLogger("portal.search")


def _no_trace(response: HttpResponse) -> HttpResponse:
    # What a reader searched for stays on their screen: no shared or browser cache keeps the
    # page, no search engine indexes it, and the next page is not told where the reader came from.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_GET
def search(request):
    context = {"max_query_length": MAX_QUERY_LENGTH, "query": ""}
    if request.GET.get("q") and rate_limit_exceeded(
        request,
        scope="search",
        limit=settings.SEARCH_RATE_LIMIT,
        period_seconds=settings.SEARCH_RATE_LIMIT_SECONDS,
    ):
        context["error"] = _(
            "You have searched many times in a short while. Please wait a few minutes and try again."
        )
        response = render(request, "search/search_results.html", context, status=429)
        response["Retry-After"] = str(settings.SEARCH_RATE_LIMIT_SECONDS)
        return _no_trace(response)
    try:
        query, page_number = search_query_clean(
            raw_query=request.GET.get("q"), raw_page=request.GET.get("page")
        )
        context["query"] = query
        outcome = site_search(
            query=query, language_code=get_language(), page_number=page_number, request=request
        )
    except SearchInputError as error:
        context.update(error=error.message, outcome=None)
        response = render(request, "search/search_results.html", context, status=400)
        return _no_trace(response)
    context["outcome"] = outcome
    if query and not outcome.hits:
        context["suggestions"] = search_suggestions(request=request, language_code=get_language())
        context["source_language_name"] = format_html(
            '<bdi lang="{}">{}</bdi>',
            settings.LANGUAGE_CODE,
            get_language_info(settings.LANGUAGE_CODE)["name_local"],
        )
    return _no_trace(render(request, "search/search_results.html", context))


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return True
    except Exception:  # noqa: BLE001 - any failure is "down"
        logger.warning("Health check: the database did not answer.")
        return False


def _cache_ok() -> bool:
    try:
        cache.set("health:probe", "ok", timeout=10)
        return cache.get("health:probe") == "ok"
    except Exception:  # noqa: BLE001
        logger.warning("Health check: the cache did not answer.")
        return False


@never_cache
@require_GET
def health(request):
    """For load balancers and monitoring. 503 only when pages cannot be served (no database);
    a lost cache or search cluster degrades the portal but it still serves pages."""
    database = _database_ok()
    cache_ok = _cache_ok()
    search_health = search_backend_health()
    checks = {
        "database": "ok" if database else "down",
        "cache": "ok" if cache_ok else "down",
        "search": {
            "backend": search_health.backend,
            "status": "degraded" if search_health.degraded else "ok",
        },
    }
    if not database:
        status = "down"
    elif not cache_ok or search_health.degraded:
        status = "degraded"
    else:
        status = "ok"
    return JsonResponse({"status": status, "checks": checks}, status=503 if not database else 200)


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /language/
Disallow: /api/
Disallow: /*/search/
Disallow: /*/print/
Disallow: /*/embed/
Disallow: /embed/
Allow: /

Sitemap: {sitemap}
"""


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri("/sitemap.xml")
    return HttpResponse(ROBOTS.format(sitemap=sitemap), content_type="text/plain; charset=utf-8")
