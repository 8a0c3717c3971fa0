"""The status dashboard's counts match the data; the glossary reaches translators and readers."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from portal.core.factories import StandardPageFactory
from portal.core.operations import page_translate
from portal.translation.models import GlossaryTerm, TranslationFreshness
from portal.translation.selectors import translation_for_target

pytestmark = pytest.mark.django_db


def dashboard(client, **params):
    response = client.get(reverse("portal_translation:dashboard"), params)
    assert response.status_code == 200
    return response.context["dashboard"]


class DashboardTests:
    def test_counts_match_the_data(self, client, people, home, source_page, translated, locales):
        # A third state: a page translated into Arabic but still a draft
        draft = StandardPageFactory(parent=home, slug="school", title="School", introduction="")
        draft.save_revision().publish()
        page_translate(
            page=draft, locale=locales["ar"], strings={"School": "المدرسة"}, publish=False
        )
        # and the Ukrainian housing page out of date
        record, _ = TranslationFreshness.objects.get_or_create(
            translation=translation_for_target(page=translated["uk"])
        )
        record.out_of_date_since = timezone.now()
        record.save()

        client.force_login(people["admin"])
        data = dashboard(client)
        english_pages = Page.objects.filter(locale=locales["en"], depth__gte=2).count()
        for counts in data.counts.values():
            assert sum(counts.values()) == english_pages
        assert data.counts["ar"]["draft"] == 1
        assert data.counts["ar"]["missing"] == 0
        assert data.counts["uk"]["out_of_date"] == 1
        assert data.counts["uk"]["missing"] == 1  # the school page
        assert data.counts["ti"]["missing"] == 2
        cells = {
            (row.page.slug, cell.language_code): cell.status
            for row in data.rows
            for cell in row.cells
        }
        assert cells[("housing", "ar")] == "up_to_date"
        assert cells[("housing", "uk")] == "out_of_date"
        assert cells[("school", "ar")] == "draft"

    def test_filters_by_language_and_section_and_refuses_bad_input(
        self, client, people, source_page, translated
    ):
        client.force_login(people["admin"])
        data = dashboard(client, language="uk", section=source_page.pk)
        assert data.languages == ["uk"]
        assert [row.page.pk for row in data.rows] == [source_page.pk]
        url = reverse("portal_translation:dashboard")
        assert client.get(url, {"language": "xx"}).status_code == 400
        assert client.get(url, {"section": "abc"}).status_code == 400

    def test_guides_come_first(self, client, people, home, source_page, settings):
        settings.PORTAL_TRANSLATION_ACCURACY_MODELS = ["core.StandardPage"]
        client.force_login(people["admin"])
        rows = dashboard(client).rows
        assert rows[0].is_guide and rows[0].page.pk == source_page.pk
        assert not rows[-1].is_guide

    def test_each_cell_links_to_its_fix(self, client, people, source_page, translated):
        client.force_login(people["admin"])
        content = client.get(reverse("portal_translation:dashboard")).content.decode()
        assert reverse("wagtailadmin_pages:edit", args=[translated["ar"].pk]) in content
        assert reverse("wagtail_localize:submit_page_translation", args=[source_page.pk]) in content

    def test_translators_can_open_it(self, client, people):
        client.force_login(people["translator_ar"])
        assert client.get(reverse("portal_translation:dashboard")).status_code == 200


class GlossaryTests:
    @pytest.fixture
    def terms(self, locales):
        nrpf = GlossaryTerm.objects.create(
            term="NRPF",
            locale=locales["en"],
            explanation="No recourse to public funds: most benefits cannot be claimed.",
        )
        arabic = nrpf.copy_for_translation(locales["ar"])
        arabic.keep_in_english = True
        arabic.explanation = "لا يحق لك الحصول على معظم الإعانات."
        arabic.save()
        s95 = GlossaryTerm.objects.create(term="Your rights", locale=locales["en"])
        arabic_s95 = s95.copy_for_translation(locales["ar"])
        arabic_s95.term = "حقوقك"
        arabic_s95.save()
        return nrpf

    def test_public_glossary_lists_terms_in_the_readers_language(self, client, home, terms):
        content = client.get("/ar/glossary/").content.decode()
        assert '<span lang="en" dir="ltr">NRPF</span>' in content
        assert "لا يحق لك الحصول على معظم الإعانات." in content
        assert "حقوقك" in content
        content = client.get("/uk/glossary/").content.decode()  # not translated yet: English
        assert "No recourse to public funds" in content

    def test_translators_see_the_terms_in_the_text_they_translate(
        self, client, people, terms, translated
    ):
        client.force_login(people["translator_ar"])
        content = client.get(
            reverse("wagtailadmin_pages:edit", args=[translated["ar"].pk])
        ).content.decode()
        assert "Glossary terms in this text" in content
        assert "حقوقك" in content  # "Your rights" occurs in the page
        assert "NRPF" not in content.split("Glossary terms in this text")[1][:2000]


class DashboardBadInputTests:
    def test_any_filter_values_get_a_page_or_a_400_never_a_500(self, client, people, home):
        from hypothesis import HealthCheck, given, settings
        from hypothesis import strategies as st

        client.force_login(people["admin"])
        url = reverse("portal_translation:dashboard")

        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
        @given(section=st.text(max_size=30), language=st.text(max_size=12))
        def check(section, language):
            response = client.get(url, {"section": section, "language": language})
            assert response.status_code in (200, 400)

        check()
