"""Open Referral UK v3.0 endpoints: read-only JSON, open to every origin, cached, rate-limited.

Views are thin: parameters in params.py, queries in selectors.py, the ORUK shapes in records.py.
Every answer is JSON, errors included: 400 for a bad parameter, 404, 405, 429 with Retry-After.
"""

from __future__ import annotations

import functools
import hashlib
import json

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _

from portal.api import records
from portal.api.ids import parse_uuid
from portal.api.params import ApiParameterError, api_query, requested_language
from portal.api.selectors import (
    UnknownPostcode,
    api_locale,
    api_organisations,
    api_services,
    filter_api_services,
    locations_near,
    paged,
)
from portal.api.taxonomies import oruk_taxonomies
from portal.core.forms import rate_limit_wait
from portal.core.page_cache import page_cache_generation
from portal.directory.models import ServiceLocation

ORUK_VERSION = "3.0"
ORUK_PROFILE = "https://openreferral.org/uk-profile/3.0/"
RATE_WINDOW_SECONDS = 60
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language",
    "Access-Control-Max-Age": "86400",
}


def error(status: int, code: str, message: str, **extra) -> JsonResponse:
    response = JsonResponse({"error": code, "message": message, **extra}, status=status)
    for header, value in CORS_HEADERS.items():
        response[header] = value
    return response


class NotFound(LookupError):
    pass


def oruk_endpoint(view):
    """GET/HEAD only, rate limit, language, parameters, cache, CORS, JSON errors."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            for header, value in CORS_HEADERS.items():
                response[header] = value
            return response
        if request.method not in ("GET", "HEAD"):
            response = error(405, "method_not_allowed", _("This API is read-only: use GET."))
            response["Allow"] = "GET, HEAD, OPTIONS"
            return response
        wait = rate_limit_wait(
            request,
            scope="api-oruk",
            limit=settings.API_ORUK_RATE_LIMIT,
            period_seconds=RATE_WINDOW_SECONDS,
        )
        if wait:
            response = error(
                429,
                "too_many_requests",
                _("Too many requests. Wait %(seconds)s seconds, then try again.")
                % {"seconds": wait},
                retry_after=wait,
            )
            response["Retry-After"] = str(wait)
            return response
        try:
            language = requested_language(request)
        except ApiParameterError as problem:
            return error(400, "bad_parameter", problem.message, parameter=problem.parameter)
        with translation.override(language):
            try:
                query = api_query(request.GET)
            except ApiParameterError as problem:
                return error(400, "bad_parameter", problem.message, parameter=problem.parameter)
            parts = [language, request.path, json.dumps(kwargs), query.cache_key()]
            # Hashed: the key never holds what someone searched for.
            digest = hashlib.sha256("|".join(parts).encode()).hexdigest()
            key = f"api-oruk:{page_cache_generation()}:{digest}"
            body = cache.get(key)
            if body is None:
                try:
                    data = view(request, *args, language=language, query=query, **kwargs)
                except NotFound:
                    return error(404, "not_found", _("There is no record with this id."))
                except UnknownPostcode:
                    return error(
                        400,
                        "bad_parameter",
                        _("We know no location in this postcode, so we cannot measure from it."),
                        parameter="postcode",
                    )
                body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
                cache.set(key, body, settings.API_ORUK_CACHE_SECONDS)
        response = HttpResponse(body, content_type="application/json")
        response["Content-Language"] = language
        for header, value in CORS_HEADERS.items():
            response[header] = value
        patch_vary_headers(response, ["Accept-Language"])
        patch_cache_control(response, public=True, max_age=settings.API_ORUK_CACHE_SECONDS)
        return response

    # Read-only and cookie-free: CSRF protects nothing here, and a POST must get our JSON 405.
    wrapper.csrf_exempt = True
    return wrapper


def _context(request, *, services, language, locations=True):
    locale = api_locale(language_code=language)
    return records.load_services(
        services, request=request, locale=locale, taxonomies=oruk_taxonomies(), locations=locations
    )


# --- Endpoints -------------------------------------------------------------------------------
@oruk_endpoint
def root(request, *, language, query):
    return {
        "version": ORUK_VERSION,
        "profile": ORUK_PROFILE,
        "openapi_url": request.build_absolute_uri(reverse("api_oruk:openapi")),
    }


@oruk_endpoint
def openapi(request, *, language, query):
    from portal.api.openapi import openapi_document

    return openapi_document(server_url=request.build_absolute_uri(reverse("api_oruk:root")))


@oruk_endpoint
def services(request, *, language, query):
    locale = api_locale(language_code=language)
    found = filter_api_services(
        api_services(locale=locale), query=query, taxonomies=oruk_taxonomies()
    ).select_related("organisation")
    page, paging = paged(found.order_by("title", "pk"), query=query)
    context = _context(request, services=page, language=language, locations=False)
    return paging.envelope([records.service_record(s, context=context) for s in page])


def _service_by_id(id, *, language):
    key = parse_uuid(id)
    if key is None:
        raise NotFound(id)
    locale = api_locale(language_code=language)
    found = list(api_services(locale=locale).filter(translation_key=key)[:1])
    if not found:
        raise NotFound(id)
    return found[0]


@oruk_endpoint
def service_detail(request, id, *, language, query):
    service = _service_by_id(id, language=language)
    context = _context(request, services=[service], language=language)
    return records.service_record(service, context=context, full=True)


@oruk_endpoint
def taxonomies(request, *, language, query):
    page, paging = paged(oruk_taxonomies(), query=query)
    return paging.envelope([records.taxonomy_record(t) for t in page])


@oruk_endpoint
def taxonomy_detail(request, id, *, language, query):
    taxonomy = next((t for t in oruk_taxonomies() if t.id == str(parse_uuid(id))), None)
    if taxonomy is None:
        raise NotFound(id)
    return records.taxonomy_record(taxonomy, with_terms=True)


def _all_terms(query=None):
    result = []
    for taxonomy in oruk_taxonomies():
        if query is not None and query.taxonomy_id and taxonomy.id != str(query.taxonomy_id):
            continue
        result += [(term, taxonomy) for term in taxonomy.terms]
    return result


@oruk_endpoint
def taxonomy_terms(request, *, language, query):
    terms = _all_terms(query)
    if query.search:
        needle = query.search.casefold()
        terms = [(t, x) for t, x in terms if needle in t.name.casefold() or needle in t.slug]
    page, paging = paged(terms, query=query)
    return paging.envelope([records.taxonomy_term_record(t, taxonomy=x) for t, x in page])


@oruk_endpoint
def taxonomy_term_detail(request, id, *, language, query):
    wanted = str(parse_uuid(id))
    found = next(((t, x) for t, x in _all_terms() if t.id == wanted), None)
    if found is None:
        raise NotFound(id)
    return records.taxonomy_term_record(found[0], taxonomy=found[1])


def _locations_for(services_qs):
    return ServiceLocation.objects.filter(page_id__in=services_qs.values("pk"))


@oruk_endpoint
def service_at_locations(request, *, language, query):
    locale = api_locale(language_code=language)
    found = filter_api_services(
        api_services(locale=locale), query=query, taxonomies=oruk_taxonomies()
    )
    locations = _locations_for(found)
    if query.postcode:
        locations = locations_near(locations=locations, query=query)
    page, paging = paged(
        locations.order_by("page__title", "page_id", "sort_order", "pk"), query=query
    )
    by_pk = {
        s.pk: s
        for s in found.filter(pk__in={loc.page_id for loc in page}).select_related("organisation")
    }
    context = _context(request, services=list(by_pk.values()), language=language, locations=False)
    return paging.envelope(
        [
            records.service_at_location_record(
                loc, service=by_pk[loc.page_id], full=False, context=context
            )
            for loc in page
        ]
    )


@oruk_endpoint
def service_at_location_detail(request, id, *, language, query):
    key = parse_uuid(id)
    if key is None:
        raise NotFound(id)
    locale = api_locale(language_code=language)
    location = _locations_for(api_services(locale=locale)).filter(translation_key=key).first()
    if location is None:
        raise NotFound(id)
    service = location.page.specific
    context = _context(request, services=[service], language=language)
    record = records.service_at_location_record(location, service=service, full=True)
    full_service = records.service_record(service, context=context, full=True)
    full_service.pop("service_at_locations", None)
    record["service"] = full_service
    return record


@oruk_endpoint
def organizations(request, *, language, query):
    locale = api_locale(language_code=language)
    found = api_organisations(locale=locale)
    if query.search:
        for word in query.search.split()[:10]:
            found = found.filter(name__icontains=word)
    page, paging = paged(found, query=query)
    return paging.envelope([records.organization_record(o) for o in page])


@oruk_endpoint
def organization_detail(request, id, *, language, query):
    key = parse_uuid(id)
    if key is None:
        raise NotFound(id)
    locale = api_locale(language_code=language)
    organisation = api_organisations(locale=locale).filter(translation_key=key).first()
    if organisation is None:
        raise NotFound(id)
    record = records.organization_record(organisation, full=True)
    services_run = list(
        api_services(locale=locale)
        .filter(organisation__translation_key=key)
        .select_related("organisation")
        .order_by("title", "pk")
    )
    context = _context(request, services=services_run, language=language)
    record["services"] = [
        records.service_record(s, context=context, full=True) for s in services_run
    ]
    return record


def not_found(request, *args, **kwargs):
    return error(404, "not_found", _("There is no such endpoint. Start at /api/oruk/."))
