"""Thin views of the service finder page and its sub-views (see models.ServiceFinderPage).

Every response to a request with a query string is ``Cache-Control: private, no-store`` and
``X-Robots-Tag: noindex``: what a reader searched for stays out of shared caches, the browser's
disk cache and search engines. The page cache already skips query strings (core/page_cache.py).
"""

from __future__ import annotations

import io
from urllib.parse import quote

import segno
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import pgettext
from wagtail.models import Locale

from portal.directory.models import ServicePage
from portal.directory.selectors import opening_state, weekly_hours
from portal.finder import selectors
from portal.finder.selectors import FinderInputError
from portal.taxonomy.selectors import taxonomy_terms


def _private(request, response):
    if request.META.get("QUERY_STRING") or getattr(response, "is_private_result", False):
        patch_cache_control(response, private=True, no_store=True, max_age=0)
        response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _parse(request):
    try:
        return selectors.finder_query_parse(
            params=request.GET, query_string=request.META.get("QUERY_STRING", "")
        ), None
    except FinderInputError as error:
        return None, str(error)


def share_links(*, url: str, text: str) -> dict[str, str]:
    """Plain links that open WhatsApp or the phone's messages app with ``text`` and ``url``."""
    message = f"{text} {url}"
    return {
        "url": url,
        "whatsapp": f"https://wa.me/?text={quote(message)}",
        "sms": f"sms:?&body={quote(message)}",
    }


def finder_page_response(*, request, page) -> TemplateResponse:
    query, error = _parse(request)
    context = page.get_context(request)
    context["finder_error"] = error
    if query is not None:
        results = selectors.finder_search(locale=selectors.page_locale(page), query=query)
        results.guides = selectors.finder_guides(locale=selectors.page_locale(page), query=query)
        search_url = request.build_absolute_uri(page.url + query.query_string())
        context.update(
            finder=results,
            query=query,
            share=share_links(
                url=search_url, text=pgettext("finder", "Services that can help you:")
            ),
            qr_url=f"{page.url}qr/{query.query_string()}",
            print_url=f"{page.url}print/{query.query_string(page=results.page)}",
        )
    response = TemplateResponse(request, page.get_template(request), context)
    if error:
        response.status_code = 400
    return _private(request, response)


def finder_print_response(*, request, page) -> TemplateResponse:
    """The current page of results, in the reader's language beside English, for A4 paper."""
    query, error = _parse(request)
    context = page.get_context(request)
    context["finder_error"] = error
    if query is not None:
        results = selectors.finder_search(locale=selectors.page_locale(page), query=query)
        context.update(
            finder=results,
            query=query,
            back_url=page.url + query.query_string(page=results.page),
            rows=_bilingual_rows(cards=results.cards, locale=selectors.page_locale(page)),
            qr_url=f"{page.url}qr/{query.query_string()}",
        )
    response = TemplateResponse(request, "finder/finder_print.html", context)
    if error:
        response.status_code = 400
    return _private(request, response)


def _bilingual_rows(*, cards, locale: Locale) -> list[tuple]:
    """(card, the service in the source language or None) for every card."""
    source_locale = Locale.get_default()
    if locale.pk == source_locale.pk:
        return [(card, None) for card in cards]
    keys = [card.service.translation_key for card in cards]
    sources = {
        s.translation_key: s
        for s in ServicePage.objects.filter(translation_key__in=keys, locale=source_locale)
    }
    return [
        (card, None if card.in_source_language else sources.get(card.service.translation_key))
        for card in cards
    ]


def _qr_svg(url: str) -> HttpResponse:
    qr = segno.make(url, error="m")
    out = io.BytesIO()
    qr.save(out, kind="svg", scale=4, border=2, title=url, svgclass="qr", lineclass=None)
    response = HttpResponse(out.getvalue(), content_type="image/svg+xml")
    response["Content-Disposition"] = 'inline; filename="finder-qr.svg"'
    return response


def finder_qr_response(*, request, page) -> HttpResponse:
    """A QR code of this search's link, drawn here: nothing goes to another site."""
    query, error = _parse(request)
    if error:
        return _private(request, HttpResponse(error, status=400, content_type="text/plain"))
    response = _qr_svg(request.build_absolute_uri(page.url + query.query_string()))
    return _private(request, response)


def finder_embed_response(*, request, page) -> TemplateResponse:
    """A compact finder form partner sites show in an iframe; results open on the portal."""
    terms = taxonomy_terms()
    context = page.get_context(request)
    context.update(
        finder_url=request.build_absolute_uri(page.url),
        districts=list(terms.districts.values()),
        needs=list(terms.needs.values()),
    )
    return TemplateResponse(request, "finder/finder_embed.html", context)


def _service(*, page, service_id: int):
    try:
        return selectors.finder_service(service_id=service_id, locale=selectors.page_locale(page))
    except ServicePage.DoesNotExist as missing:
        raise Http404 from missing


def service_share_response(*, request, page, service_id: int) -> TemplateResponse:
    """One service as a printable, bilingual referral card, with ways to share it."""
    service, source = _service(page=page, service_id=service_id)
    service_url = request.build_absolute_uri(service.get_url(request))
    context = page.get_context(request)
    context.update(
        service=service,
        source=source,
        organisation=service.localized_organisation,
        district=selectors.finder_service_district(service=service),
        opening=opening_state(service=service),
        weekly_hours=weekly_hours(service=service),
        source_weekly_hours=weekly_hours(service=source) if source else None,
        share=share_links(url=service_url, text=service.title),
        qr_url=f"{page.url}service/{service.pk}/qr/",
        back_url=page.url,
    )
    return TemplateResponse(request, "finder/service_card_print.html", context)


def service_qr_response(*, request, page, service_id: int) -> HttpResponse:
    service, _source = _service(page=page, service_id=service_id)
    return _qr_svg(request.build_absolute_uri(service.get_url(request)))
