"""The portal's vocabularies published as Open Referral taxonomies.

Four taxonomies: needs, immigration statuses (no existing taxonomy has them, so we publish ours),
spoken languages, and how to get access (referral, interpreters, safety labels). Labels follow
the active language (django-modeltranslation and gettext), ids never change (see ids.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from portal.api.ids import derived_id
from portal.directory.models import Referral, ServicePage
from portal.taxonomy.selectors import taxonomy_terms

TAXONOMY_VERSION = "1"

NEEDS = "needs"
STATUSES = "immigration-statuses"
LANGUAGES = "spoken-languages"
ACCESS = "access"

# The ORUK attribute link_type for each taxonomy: what the term says about the service.
LINK_TYPES = {
    NEEDS: "service_category",
    STATUSES: "eligibility",
    LANGUAGES: "language",
    ACCESS: "access",
}

# Access terms: the service field (or choice) each one stands for.
ACCESS_TERMS = (
    "no-referral-needed",
    "referral-needed",
    "interpreters-available",
    "asks-about-immigration-status",
    "shares-with-home-office",
)


@dataclass(frozen=True)
class Term:
    taxonomy: str  # the taxonomy's slug
    slug: str  # the term's slug (a language's ISO code for spoken languages)
    name: str
    description: str
    pk: int | None = None  # the taxonomy model's primary key, where there is one

    @property
    def id(self) -> str:
        return derived_id("taxonomy_term", self.taxonomy, self.slug)

    @property
    def taxonomy_id(self) -> str:
        return derived_id("taxonomy", self.taxonomy)


@dataclass
class Taxonomy:
    slug: str
    name: str
    description: str
    terms: list[Term] = field(default_factory=list)

    @property
    def id(self) -> str:
        return derived_id("taxonomy", self.slug)


TAXONOMY_TEXT = {
    NEEDS: (
        _("Needs"),
        _("What people can get help with, as the portal's directory groups services."),
    ),
    STATUSES: (
        _("Immigration statuses"),
        _(
            "Who a service is for, by immigration status. Published by this portal because no "
            "existing taxonomy describes immigration status."
        ),
    ),
    LANGUAGES: (
        _("Spoken languages"),
        _("Languages staff or volunteers speak with residents, by ISO 639 code."),
    ),
    ACCESS: (
        _("Access"),
        _("Whether a referral is needed, interpreters, and what residents are told about safety."),
    ),
}


def _access_terms() -> list[Term]:
    verbose = {
        f.name: f.verbose_name for f in ServicePage._meta.get_fields() if hasattr(f, "verbose_name")
    }
    labels = {
        "no-referral-needed": Referral.DROP_IN.label,
        "referral-needed": Referral.NEEDED.label,
        "interpreters-available": verbose["interpreters_available"],
        "asks-about-immigration-status": verbose["asks_about_status"],
        "shares-with-home-office": verbose["shares_with_home_office"],
    }
    return [
        Term(taxonomy=ACCESS, slug=slug, name=str(labels[slug]), description=str(labels[slug]))
        for slug in ACCESS_TERMS
    ]


def oruk_taxonomies() -> list[Taxonomy]:
    """Every published taxonomy with its terms, labelled in the active language."""
    terms = taxonomy_terms()
    taxonomies = []
    for slug, (name, description) in TAXONOMY_TEXT.items():
        taxonomies.append(Taxonomy(slug=slug, name=str(name), description=str(description)))
    by_slug = {t.slug: t for t in taxonomies}
    by_slug[NEEDS].terms = [
        Term(NEEDS, n.slug, n.label or n.slug, n.description or n.label or n.slug, n.pk)
        for n in terms.needs.values()
    ]
    by_slug[STATUSES].terms = [
        Term(STATUSES, s.slug, s.label or s.slug, s.explanation or s.label or s.slug, s.pk)
        for s in terms.statuses.values()
    ]
    by_slug[LANGUAGES].terms = [
        Term(
            LANGUAGES,
            lang.code,
            lang.name or lang.code,
            lang.name_local or lang.name or lang.code,
            lang.pk,
        )
        for lang in terms.languages.values()
    ]
    by_slug[ACCESS].terms = _access_terms()
    return taxonomies


def service_terms(service: ServicePage, *, taxonomies: list[Taxonomy]) -> list[Term]:
    """The terms describing ``service`` (its taxonomy links must be prefetched)."""
    by_slug = {t.slug: t for t in taxonomies}

    def by_pk(slug):
        return {term.pk: term for term in by_slug[slug].terms}

    needs, statuses, languages = by_pk(NEEDS), by_pk(STATUSES), by_pk(LANGUAGES)
    access = {term.slug: term for term in by_slug[ACCESS].terms}
    found = [needs[n.pk] for n in service.needs.all() if n.pk in needs]
    if service.open_to_everyone:
        found += by_slug[STATUSES].terms  # open to everyone: eligible whatever the status
    else:
        found += [statuses[s.pk] for s in service.eligible_statuses.all() if s.pk in statuses]
    found += [languages[lang.pk] for lang in service.spoken_languages.all() if lang.pk in languages]
    found.append(
        access["referral-needed" if service.referral == Referral.NEEDED else "no-referral-needed"]
    )
    if service.interpreters_available:
        found.append(access["interpreters-available"])
    if service.asks_about_status:
        found.append(access["asks-about-immigration-status"])
    if service.shares_with_home_office:
        found.append(access["shares-with-home-office"])
    return found
