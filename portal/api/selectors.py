"""Reads for the Open Referral UK API: which records, in which language, filtered and paged.

Which services are public is decided by ``portal.directory.selectors.visible_services`` alone
(closed and long-unverified services are left out), so the API can never show more than the
district directories do.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet
from wagtail.models import Locale

from portal.api.ids import derived_id
from portal.api.params import ApiQuery
from portal.api.taxonomies import ACCESS, LANGUAGES, NEEDS, STATUSES, Taxonomy, Term
from portal.directory.models import (
    OpeningHours,
    Organisation,
    Referral,
    ServiceLocation,
    ServicePage,
)
from portal.directory.selectors import visible_services

EARTH_RADIUS_METRES = 6_371_000


def api_locale(*, language_code: str) -> Locale:
    return Locale.objects.filter(language_code=language_code).first() or Locale.get_default()


def api_services(*, locale: Locale) -> QuerySet[ServicePage]:
    """One version of every public service: in ``locale`` where translated, else the source.

    Both rules (what is public, and the fallback to the source language) are the directory's.
    """
    return visible_services(locale=locale)


def api_organisations(*, locale: Locale) -> QuerySet[Organisation]:
    """Organisations that run a public service, one version each (translated where it can be)."""
    used = Organisation.objects.filter(
        pk__in=api_services(locale=Locale.get_default()).values("organisation_id")
    ).values("translation_key")
    translated = Organisation.objects.filter(translation_key__in=used, locale=locale)
    source = Organisation.objects.filter(
        translation_key__in=used, locale=Locale.get_default()
    ).exclude(translation_key__in=translated.values("translation_key"))
    return Organisation.objects.filter(
        Q(pk__in=translated.values("pk")) | Q(pk__in=source.values("pk"))
    ).order_by("name", "pk")


def _term_filter(term: Term) -> Q:
    through = {
        NEEDS: (ServicePage.needs.through, "need_id"),
        STATUSES: (ServicePage.eligible_statuses.through, "immigrationstatus_id"),
        LANGUAGES: (ServicePage.spoken_languages.through, "spokenlanguage_id"),
    }
    if term.taxonomy in through:
        model, column = through[term.taxonomy]
        linked = Q(pk__in=model.objects.filter(**{column: term.pk}).values("servicepage_id"))
        if term.taxonomy == STATUSES:
            linked |= Q(open_to_everyone=True)
        return linked
    return {
        "no-referral-needed": ~Q(referral=Referral.NEEDED),
        "referral-needed": Q(referral=Referral.NEEDED),
        "interpreters-available": Q(interpreters_available=True),
        "asks-about-immigration-status": Q(asks_about_status=True),
        "shares-with-home-office": Q(shares_with_home_office=True),
    }[term.slug]


def filter_api_services(
    services: QuerySet[ServicePage], *, query: ApiQuery, taxonomies: Sequence[Taxonomy]
) -> QuerySet[ServicePage]:
    """Apply the ORUK filters. A term or taxonomy id that names nothing matches nothing."""
    if query.search:
        words = query.search.split()[:10]
        for word in words:
            services = services.filter(
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(description__icontains=word)
                | Q(organisation__name__icontains=word)
            )
    if query.taxonomy_term_id:
        terms = {term.id: term for taxonomy in taxonomies for term in taxonomy.terms}
        term = terms.get(str(query.taxonomy_term_id))
        services = services.filter(_term_filter(term)) if term else services.none()
    if query.taxonomy_id:
        taxonomy = next((t for t in taxonomies if t.id == str(query.taxonomy_id)), None)
        if taxonomy is None or not taxonomy.terms:
            services = services.none()
        elif taxonomy.slug != ACCESS:  # every service has an access term (its referral)
            condition = Q()
            for term in taxonomy.terms:
                condition |= _term_filter(term)
            services = services.filter(condition)
    if query.organization_id:
        services = services.filter(organisation__translation_key=query.organization_id)
    if query.modified_after:
        services = services.filter(last_published_at__gte=query.modified_after)
    if query.minimum_age is not None:
        services = services.filter(min_age__gte=query.minimum_age)
    if query.maximum_age is not None:
        services = services.filter(max_age__lte=query.maximum_age)
    if query.day is not None or query.start_time or query.end_time:
        hours = OpeningHours.objects.filter(page_id=OuterRef("pk"))
        if query.day is not None:
            hours = hours.filter(weekday=query.day)
        if query.start_time:
            hours = hours.filter(opens__gte=query.start_time)
        if query.end_time:
            hours = hours.filter(closes__lte=query.end_time)
        services = services.filter(Exists(hours))
    if query.postcode:
        locations = locations_near(locations=ServiceLocation.objects.all(), query=query)
        services = services.filter(pk__in=locations.values("page_id"))
    return services


def _outward(postcode: str) -> str:
    return postcode.split()[0].upper() if postcode.strip() else ""


def postcode_centre(*, postcode: str) -> tuple[float, float] | None:
    """The centre of our own published locations in ``postcode`` (or its area), if any.

    The portal makes no request to a postcode service, so it knows only postcodes where it has
    locations with coordinates. Hidden addresses never count.
    """
    rows = ServiceLocation.objects.filter(
        hide_exact_address=False, latitude__isnull=False, longitude__isnull=False
    )
    exact = rows.filter(postcode__iexact=postcode) if " " in postcode else rows.none()
    points = list(exact.values_list("latitude", "longitude"))
    if not points:
        points = list(
            rows.filter(postcode__istartswith=f"{_outward(postcode)} ").values_list(
                "latitude", "longitude"
            )
        )
    if not points:
        return None
    return (
        sum(float(lat) for lat, _lng in points) / len(points),
        sum(float(lng) for _lat, lng in points) / len(points),
    )


def distance_metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine), plenty accurate within a county."""
    lat1, lng1, lat2, lng2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_METRES * math.asin(math.sqrt(h))


class UnknownPostcode(LookupError):
    pass


def locations_near(
    *, locations: QuerySet[ServiceLocation], query: ApiQuery
) -> QuerySet[ServiceLocation]:
    """Locations in the postcode (or its area), or within ``proximity`` metres of its centre.

    A hidden address is matched only on its postcode area (never its full postcode, never its
    coordinates), so nobody can find where it is by trying postcodes or distances.
    """
    if query.proximity is None:
        area = _outward(query.postcode)
        in_area = Q(postcode__istartswith=f"{area} ") | Q(postcode__iexact=area)
        if " " in query.postcode:
            return locations.filter(
                Q(hide_exact_address=False, postcode__iexact=query.postcode)
                | Q(hide_exact_address=True) & in_area
            )
        return locations.filter(in_area)
    centre = postcode_centre(postcode=query.postcode)
    if centre is None:
        raise UnknownPostcode(query.postcode)
    near = [
        pk
        for pk, lat, lng in locations.filter(
            hide_exact_address=False, latitude__isnull=False, longitude__isnull=False
        ).values_list("pk", "latitude", "longitude")
        if distance_metres(centre, (float(lat), float(lng))) <= query.proximity
    ]
    return locations.filter(pk__in=near)


@dataclass(frozen=True)
class Paging:
    page: int
    per_page: int
    total: int

    @property
    def total_pages(self) -> int:
        return math.ceil(self.total / self.per_page)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def envelope(self, contents: list) -> dict:
        """The ORUK paging object around ``contents``."""
        return {
            "total_items": self.total,
            "total_pages": self.total_pages,
            "page_number": self.page,
            "size": len(contents),
            "first_page": self.page == 1,
            "last_page": self.page >= self.total_pages,
            "empty": self.total == 0,
            "contents": contents,
        }


def paged(items, *, query: ApiQuery) -> tuple[list, Paging]:
    """One page of a queryset or list, and the paging numbers."""
    total = items.count() if isinstance(items, QuerySet) else len(items)
    paging = Paging(page=query.page, per_page=query.per_page, total=total)
    return list(items[paging.offset : paging.offset + paging.per_page]), paging


def location_id(location: ServiceLocation) -> str:
    return derived_id("location", location.translation_key)
