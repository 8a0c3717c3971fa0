"""A small county: two districts, six services, an Arabic translation, and the finder page."""

import datetime

import pytest
from wagtail.models import Locale

from portal.core.operations import page_translate
from portal.core.page_cache import page_cache_purge
from portal.directory.factories import (
    DistrictIndexPageFactory,
    DistrictPageFactory,
    ServicePageFactory,
    taxonomy_term,
)
from portal.directory.models import OpeningHours
from portal.finder.factories import ServiceFinderPageFactory
from portal.taxonomy.models import District, ImmigrationStatus, SpokenLanguage

# A Wednesday at 11:00, London time: services with weekday hours are open.
WEDNESDAY_11AM = datetime.datetime(2026, 11, 25, 11, 0, tzinfo=datetime.UTC)


def service(parent, *, title, summary, needs, languages=("en",), statuses=(), **fields):
    page = ServicePageFactory(
        parent=parent, title=title, summary=summary, taxonomy=list(needs), **fields
    )
    page.spoken_languages.set([taxonomy_term(SpokenLanguage, "code", c) for c in languages])
    page.eligible_statuses.set([taxonomy_term(ImmigrationStatus, "slug", s) for s in statuses])
    page.save_revision().publish()
    return page


@pytest.fixture
def county(home, django_capture_on_commit_callbacks):
    finder = ServiceFinderPageFactory(parent=home)
    index = DistrictIndexPageFactory(parent=home)
    preston = DistrictPageFactory(parent=index, district=taxonomy_term(District, "slug", "preston"))
    burnley = DistrictPageFactory(parent=index, district=taxonomy_term(District, "slug", "burnley"))
    services = {
        "food": service(
            preston,
            title="Preston Food Bank",
            summary="Free food parcels for anyone in need.",
            needs=["food"],
            languages=("en", "ar"),
            open_to_everyone=True,
        ),
        "legal": service(
            preston,
            title="Asylum Legal Clinic",
            summary="Free immigration advice from a solicitor, by appointment.",
            needs=["legal-advice"],
            languages=("en", "fa"),
            open_to_everyone=False,
            statuses=("asylum-seeker", "refused-asylum-seeker"),
            referral="needed",
        ),
        "english": service(
            burnley,
            title="Burnley English Classes",
            summary="Beginners' English lessons twice a week.",
            needs=["english-language", "education"],
            languages=("en", "uk"),
            cost="low_cost",
            details=False,  # no opening hours: never "open now"
        ),
        "housing": service(
            burnley,
            title="Housing Advice Line",
            summary="Help with asylum accommodation problems and homelessness.",
            needs=["housing"],
            is_county_wide=True,
            open_to_everyone=False,
            statuses=("refugee",),
        ),
        "dentist": service(
            burnley,
            title="Community Dentist",
            summary="Emergency dental treatment for people without a dentist.",
            needs=["health"],
            cost="paid",
        ),
        "closed": service(
            preston,
            title="Old Drop-in",
            summary="This food service has closed.",
            needs=["food"],
            status="closed",
        ),
    }
    # The dentist opens in the evening only: closed on Wednesday morning.
    OpeningHours.objects.filter(page=services["dentist"]).update(
        opens=datetime.time(18, 0), closes=datetime.time(20, 0)
    )
    arabic = Locale.objects.get(language_code="ar")
    # wagtail-localize publishes translations on commit; a test's transaction never commits.
    with django_capture_on_commit_callbacks(execute=True):
        for page in (finder, index, preston):
            page_translate(page=page, locale=arabic, strings={})
    with django_capture_on_commit_callbacks(execute=True):
        page_translate(
            page=services["food"],
            locale=arabic,
            strings={
                "Preston Food Bank": "بنك الطعام في بريستون",
                "Free food parcels for anyone in need.": "طرود غذائية مجانية لكل محتاج.",
            },
        )
    page_cache_purge()
    return {"finder": finder, "services": services, "arabic": arabic}
