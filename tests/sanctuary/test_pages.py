import datetime
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.core.factories import StandardPageFactory
from portal.core.models import HomePage, StandardPage
from portal.sanctuary.factories import (
    OutcomesPageFactory,
    PartnershipPageFactory,
    SanctuaryPageFactory,
    aims_value,
    indicator_value,
)
from portal.sanctuary.models import (
    DistrictForum,
    OutcomesPage,
    PartnershipMember,
    PartnershipPage,
    SanctuaryPage,
)


def lang_and_dir(content: str) -> str:
    return re.search(r"<html (lang=\"[^\"]*\" dir=\"[^\"]*\")", content).group(1)


def translated(page, locale):
    copy = page.copy_for_translation(locale)
    copy.save_revision().publish()
    return copy


def count_queries(client, url) -> int:
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
class PageTreeTests:
    def test_sanctuary_page_lives_under_the_home_page_only(self, home):
        standard = StandardPageFactory(parent=home)
        assert SanctuaryPage.can_create_at(home)
        assert not SanctuaryPage.can_create_at(standard)
        assert {m._meta.label for m in SanctuaryPage.allowed_parent_page_models()} == {
            "core.HomePage"
        }

    def test_partnership_and_outcomes_live_under_the_sanctuary_page_only(self, home):
        sanctuary = SanctuaryPageFactory(parent=home, slug="sanctuary")
        for model in (PartnershipPage, OutcomesPage):
            assert model.can_create_at(sanctuary)
            assert not model.can_create_at(home)
            assert list(model.allowed_parent_page_models()) == [SanctuaryPage]
        assert set(SanctuaryPage.allowed_subpage_models()) == {PartnershipPage, OutcomesPage}
        assert HomePage not in SanctuaryPage.allowed_subpage_models()
        assert StandardPage not in SanctuaryPage.allowed_subpage_models()


@pytest.mark.django_db
class SanctuaryPageTests:
    @pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ar", "rtl")])
    def test_renders_commitments_and_accreditation(self, client, home, locales, code, direction):
        page = SanctuaryPageFactory(
            parent=home,
            slug="sanctuary",
            lived_experience="<p>Our sanctuary board meets monthly.</p>",
            case_studies=[
                (
                    "case_study",
                    {
                        "title": "Welcome packs",
                        "image": None,
                        "what_we_did": "<p>We wrote welcome packs.</p>",
                        "results": "<p>400 families got one.</p>",
                        "lessons": "<p>Ask residents first.</p>",
                    },
                )
            ],
            accreditation_status="awarded",
            accreditation_date=datetime.date(2025, 6, 1),
        )
        if code != "en":
            translated(page, locales[code])
        response = client.get(f"/{code}/sanctuary/")
        assert response.status_code == 200
        content = response.content.decode()
        assert lang_and_dir(content) == f'lang="{code}" dir="{direction}"'
        assert "Free bus travel to English classes" in content
        assert 'class="status-badge status-done"' in content
        assert "Our sanctuary board meets monthly." in content
        assert "400 families got one." in content
        assert '<time datetime="2025-06-01">' in content

    def test_lists_its_partnership_and_outcomes_pages(self, client, home):
        page = SanctuaryPageFactory(parent=home, slug="sanctuary")
        PartnershipPageFactory(parent=page, title="Our partners", slug="partnership")
        OutcomesPageFactory(parent=page, title="Our progress", slug="outcomes")
        content = client.get("/en/sanctuary/").content.decode()
        assert 'href="/en/sanctuary/partnership/"' in content
        assert 'href="/en/sanctuary/outcomes/"' in content

    def test_query_count_does_not_grow_with_pledges(self, client, home):
        def pledges(n):
            return [
                (
                    "pledge",
                    {"title": f"Pledge {i}", "description": "", "status": "planned", "date": None},
                )
                for i in range(n)
            ]

        SanctuaryPageFactory(parent=home, slug="few", pledges=pledges(2))
        SanctuaryPageFactory(parent=home, slug="many", pledges=pledges(30))
        assert count_queries(client, "/en/few/") == count_queries(client, "/en/many/")


def add_members(page, count):
    for i in range(count):
        PartnershipMember.objects.create(
            page=page,
            locale=page.locale,
            name=f"Member {i}",
            organisation_type=["council", "health", "police", "voluntary", "government"][i % 5],
            url="https://example.org/",
        )


@pytest.mark.django_db
class PartnershipPageTests:
    @pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ar", "rtl")])
    def test_renders_members_by_type_and_district_forums(
        self, client, home, locales, code, direction
    ):
        from portal.taxonomy.models import District

        district = District.objects.create(slug="pendle-test", name="Pendle")
        sanctuary = SanctuaryPageFactory(parent=home, slug="sanctuary")
        page = PartnershipPageFactory(parent=sanctuary, slug="partnership")
        add_members(page, 5)
        DistrictForum.objects.create(
            page=page,
            locale=page.locale,
            district=district,
            name="Pendle refugee forum",
            schedule="Second Tuesday, 10am",
            purpose="Agencies plan together.",
            contact_phone="01282 123456",
        )
        page.save_revision().publish()
        if code != "en":
            translated(sanctuary, locales[code])
            translated(page, locales[code])
        response = client.get(f"/{code}/sanctuary/partnership/")
        assert response.status_code == 200
        content = response.content.decode()
        assert lang_and_dir(content) == f'lang="{code}" dir="{direction}"'
        for i in range(5):
            assert f"Member {i}" in content
        assert content.index("Member 0") < content.index("Member 1")  # councils first
        assert "Pendle refugee forum" in content
        assert 'href="tel:01282123456" dir="ltr"><bdi>01282 123456</bdi>' in content

    def test_members_list_their_services_that_residents_can_see(self, client, home, locales):
        from portal.directory.factories import (
            DistrictIndexPageFactory,
            DistrictPageFactory,
            OrganisationFactory,
            ServicePageFactory,
        )

        nhs = OrganisationFactory(name="Lancashire NHS (sample)")
        district = DistrictPageFactory(parent=DistrictIndexPageFactory(parent=home))
        ServicePageFactory(parent=district, organisation=nhs, title="Refugee health clinic")
        ServicePageFactory(parent=district, organisation=nhs, title="Old clinic", status="closed")
        ServicePageFactory(parent=district, title="Someone else's drop-in")
        sanctuary = SanctuaryPageFactory(parent=home, slug="sanctuary")
        page = PartnershipPageFactory(parent=sanctuary, slug="partnership")
        add_members(page, 2)
        member = page.members.first()
        member.organisation = nhs
        member.save()
        page.save_revision().publish()

        content = client.get("/en/sanctuary/partnership/").content.decode()
        assert "Services in our directory:" in content
        assert "Refugee health clinic" in content
        assert "Old clinic" not in content  # closed: residents cannot use it
        assert "Someone else" not in content

    def test_query_count_does_not_grow_with_members(self, client, home):
        sanctuary = SanctuaryPageFactory(parent=home, slug="sanctuary")
        few = PartnershipPageFactory(parent=sanctuary, slug="few")
        many = PartnershipPageFactory(parent=sanctuary, slug="many")
        add_members(few, 2)
        add_members(many, 25)
        assert count_queries(client, "/en/sanctuary/few/") == count_queries(
            client, "/en/sanctuary/many/"
        )


@pytest.mark.django_db
class OutcomesPageTests:
    @pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ar", "rtl")])
    def test_renders_a_chart_per_indicator(self, client, home, locales, code, direction):
        sanctuary = SanctuaryPageFactory(parent=home, slug="sanctuary")
        page = OutcomesPageFactory(
            parent=sanctuary,
            slug="outcomes",
            aims=aims_value(
                indicator_value(title="Adults in English classes", values=["41", "47", "53.5"]),
                indicator_value(
                    title="Days to a GP appointment",
                    unit="days",
                    baseline="20",
                    target="10",
                    values=["22", "24"],
                ),
            ),
        )
        if code != "en":
            translated(sanctuary, locales[code])
            translated(page, locales[code])
        response = client.get(f"/{code}/sanctuary/outcomes/")
        assert response.status_code == 200
        content = response.content.decode()
        assert lang_and_dir(content) == f'lang="{code}" dir="{direction}"'
        assert content.count('role="img"') == 2
        svg = content[content.index("<svg") : content.index("</svg>")]
        assert '<title id="indicator-1-title">Adults in English classes</title>' in svg
        assert '<desc id="indicator-1-desc">' in svg
        for value in ("41", "47"):
            assert f": {value} " in svg
        assert "53" in svg and "chart-baseline" in svg and "chart-target" in svg
        assert "style=" not in content
        assert '<div class="chart-data"><table>' in content
        assert "1 of 2 indicators are on track" in content or code != "en"

    def test_indicator_without_measurements_says_no_data_yet(self, client, home):
        sanctuary = SanctuaryPageFactory(parent=home, slug="sanctuary")
        OutcomesPageFactory(
            parent=sanctuary,
            slug="outcomes",
            aims=aims_value(indicator_value(title="Volunteers trained", values=[])),
        )
        response = client.get("/en/sanctuary/outcomes/")
        assert response.status_code == 200
        content = response.content.decode()
        assert "Volunteers trained" in content
        assert "No data yet: the first measurement has not been entered." in content
        assert "<svg" not in content

    def test_query_count_does_not_grow_with_indicators(self, client, home):
        sanctuary = SanctuaryPageFactory(parent=home, slug="sanctuary")
        OutcomesPageFactory(
            parent=sanctuary, slug="few", aims=aims_value(indicator_value(values=["1", "2"]))
        )
        OutcomesPageFactory(
            parent=sanctuary,
            slug="many",
            aims=aims_value(*[indicator_value(values=[str(v) for v in range(12)])] * 12),
        )
        assert count_queries(client, "/en/sanctuary/few/") == count_queries(
            client, "/en/sanctuary/many/"
        )


def test_factory_values_are_decimals():
    assert indicator_value(values=["1.5"])["measurements"][0]["value"] == Decimal("1.5")
