"""Factories for the directory, producing realistic, fully populated pages."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from portal.directory.models import (
    ClosedDate,
    DistrictIndexPage,
    DistrictPage,
    OpeningHours,
    Organisation,
    ServiceLocation,
    ServicePage,
)
from portal.taxonomy.models import District, ImmigrationStatus, Need, SpokenLanguage
from portal.taxonomy.operations import taxonomy_load_defaults


def taxonomy_term(model, slug_field: str, value: str):
    """A shipped taxonomy term, loading the shipped vocabularies on first use."""
    term = model.objects.filter(**{slug_field: value}).first()
    if term is None:
        taxonomy_load_defaults()
        term = model.objects.get(**{slug_field: value})
    return term


def unused_district() -> District:
    """The first shipped district without a directory page yet (any, once all have one)."""
    taxonomy_term(District, "slug", "preston")
    used = DistrictPage.objects.values("district_id")
    return District.objects.exclude(pk__in=used).in_order().first() or District.objects.first()


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Preston Refugee Support {n} (sample)")
    description = (
        "A charity run by and for refugees, offering advice, English practice and company."
    )
    website = "https://example.org/preston-refugee-support"
    charity_number = factory.Sequence(lambda n: f"{1123000 + n}")
    is_sample_content = True

    class Meta:
        model = Organisation


class DistrictIndexPageFactory(wagtail_factories.PageFactory):
    title = "Services near you"
    slug = "districts"
    introduction = "Choose your district to see the services there, and those across the county."

    class Meta:
        model = DistrictIndexPage


class DistrictPageFactory(wagtail_factories.PageFactory):
    district = factory.LazyFunction(unused_district)
    title = factory.LazyAttribute(lambda o: o.district.name)
    slug = factory.LazyAttribute(lambda o: o.district.slug)
    introduction = factory.LazyAttribute(
        lambda o: f"Services for refugees and people seeking asylum in {o.district.name}."
    )
    council_contacts = factory.LazyAttribute(
        lambda o: (
            f"<p>The {o.district.council_name} resettlement team helps new arrivals "
            "with housing, school places and registering with a doctor.</p>"
        )
    )
    contact_email = "refugee.team@example.org"
    contact_phone = "01772 906 000"
    forum_details = (
        "<p>The district refugee forum meets on the first Thursday of every month at 2pm in the "
        "town hall. Anyone working with refugees is welcome.</p>"
    )

    class Meta:
        model = DistrictPage


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Welcome drop-in {n}")
    introduction = "Advice, a hot drink and friendly faces every weekday."
    external_id = factory.Sequence(lambda n: f"sample-service-{n}")
    organisation = factory.SubFactory(OrganisationFactory)
    summary = "Free advice on asylum support, housing and money, with interpreters."
    description = (
        "<p>Come in without an appointment. A caseworker will listen, explain your options and "
        "help you fill in forms. Bring any letters you have from the Home Office.</p>"
    )
    open_to_everyone = True
    cost = "free"
    cost_description = ""
    referral = "drop_in"
    phone = "01772 123 456"
    email = "help@example.org"
    website = "https://example.org/drop-in"
    whatsapp = "+44 7700 900123"
    asks_about_status = False
    shares_with_home_office = False
    status = "active"
    verified_on = factory.LazyFunction(datetime.date.today)
    verified_by = "District refugee team"

    class Meta:
        model = ServicePage
        skip_postgeneration_save = True

    @factory.post_generation
    def taxonomy(obj, create, extracted, **kwargs):
        if not create:
            return
        needs = extracted or ["legal-advice", "housing", "money"]
        obj.needs.set([taxonomy_term(Need, "slug", slug) for slug in needs])
        obj.spoken_languages.set(
            [taxonomy_term(SpokenLanguage, "code", code) for code in ("en", "ar", "prs", "uk")]
        )
        obj.eligible_statuses.set([taxonomy_term(ImmigrationStatus, "slug", "asylum-seeker")])
        obj.save()

    @factory.post_generation
    def details(obj, create, extracted, **kwargs):
        """Weekday hours, a location and a bank holiday, unless ``details=False``."""
        if not create or extracted is False:
            return
        ServiceLocation.objects.create(
            page=obj,
            locale=obj.locale,
            name="St Mary's Church Hall",
            address="12 Church Street\nPreston",
            postcode="PR1 3BQ",
            latitude=Decimal("53.759100"),
            longitude=Decimal("-2.699800"),
            accessibility_notes="Step-free entrance. Accessible toilet. Hearing loop at the desk.",
        )
        for weekday in range(5):
            OpeningHours.objects.create(
                page=obj,
                locale=obj.locale,
                weekday=weekday,
                opens=datetime.time(9, 30),
                closes=datetime.time(16, 0),
            )
        ClosedDate.objects.create(
            page=obj,
            locale=obj.locale,
            date=datetime.date.today() + datetime.timedelta(days=30),
            reason="Staff training day",
        )
