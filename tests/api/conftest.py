import datetime
from decimal import Decimal

import pytest
from wagtail.models import Locale

from portal.directory.factories import (
    DistrictIndexPageFactory,
    DistrictPageFactory,
    OrganisationFactory,
    ServicePageFactory,
    taxonomy_term,
)
from portal.directory.models import OpeningHours, ServiceLocation
from portal.taxonomy.models import District, ImmigrationStatus, Need
from tests.search.pages import doctor, housing  # noqa: F401


class Directory:
    """A small realistic directory: what the API must show, and what it must never show."""

    def __init__(self, home):
        self.index = DistrictIndexPageFactory(parent=home)
        preston = taxonomy_term(District, "slug", "preston")
        chorley = taxonomy_term(District, "slug", "chorley")
        self.preston = DistrictPageFactory(parent=self.index, district=preston)
        self.chorley = DistrictPageFactory(parent=self.index, district=chorley)
        self.organisation = OrganisationFactory(
            name="Preston Refugee Support (sample)", company_number="07123456"
        )
        # Open to everyone, drop-in, free, with a public address and weekday hours.
        self.drop_in = ServicePageFactory(
            parent=self.preston,
            title="Welcome drop-in",
            organisation=self.organisation,
            interpreters_available=True,
            min_age=16,
        )
        self.drop_in.districts_served.set([chorley])
        OpeningHours.objects.create(
            page=self.drop_in,
            locale=self.drop_in.locale,
            weekday=5,
            opens=datetime.time(10, 0),
            closes=datetime.time(13, 0),
        )
        self.drop_in.save_revision().publish()
        # A refuge: its address must stay hidden everywhere.
        self.refuge = ServicePageFactory(
            parent=self.preston,
            title="Safe house for women",
            summary="Emergency housing for women and children escaping violence.",
            organisation=OrganisationFactory(name="Lancashire Women (sample)"),
            open_to_everyone=False,
            referral="needed",
            cost="low_cost",
            cost_description="£1 a week",
            status="temporarily_closed",
            status_note="Full until March",
            taxonomy=["safety", "housing"],
            details=False,
        )
        self.refuge_location = ServiceLocation.objects.create(
            page=self.refuge,
            locale=self.refuge.locale,
            name="Larkspur House",
            address="7 Secret Lane\nFulwood\nPreston",
            postcode="PR2 9ZZ",
            latitude=Decimal("53.790000"),
            longitude=Decimal("-2.700000"),
            accessibility_notes="Ground-floor bedroom.",
            hide_exact_address=True,
        )
        self.refuge.eligible_statuses.set([taxonomy_term(ImmigrationStatus, "slug", "refugee")])
        self.refuge.save_revision().publish()
        # County-wide English classes in Chorley.
        self.esol = ServicePageFactory(
            parent=self.chorley,
            title="English conversation club",
            summary="Practise English over tea.",
            is_county_wide=True,
            taxonomy=["english-language", "community"],
            details=False,
            organisation=self.organisation,
        )
        ServiceLocation.objects.create(
            page=self.esol,
            locale=self.esol.locale,
            name="Chorley Library",
            address="Union Street\nChorley",
            postcode="PR7 1EB",
            latitude=Decimal("53.653000"),
            longitude=Decimal("-2.632000"),
        )
        self.esol.save_revision().publish()
        # Never shown: closed, and not checked for two years.
        self.closed = ServicePageFactory(
            parent=self.preston, title="Old food bank", status="closed"
        )
        self.stale = ServicePageFactory(
            parent=self.preston,
            title="Forgotten service",
            verified_on=datetime.date.today() - datetime.timedelta(days=800),
        )
        self.visible = [self.drop_in, self.refuge, self.esol]

    def translate(self, service, locale_code: str, title: str):
        """A published translation (parents copied too), with a translated title."""
        locale = Locale.objects.get(language_code=locale_code)
        copy = service.copy_for_translation(locale, copy_parents=True)
        copy.title = title
        copy.save_revision().publish()
        return copy


@pytest.fixture
def directory(home, locales, publish_on_commit):
    taxonomy_term(Need, "slug", "housing")  # loads the shipped vocabularies
    return Directory(home)


@pytest.fixture(autouse=True)
def _generous_rate_limit(settings):
    # The tests crawl every record; the rate limit has its own test, with its own low limit.
    settings.API_ORUK_RATE_LIMIT = 100_000
