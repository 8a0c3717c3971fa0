import datetime
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.core.operations import page_translate
from portal.entitlements.factories import EntitlementGuidePageFactory
from portal.entitlements.models import EntitlementGuidePage, EntitlementIndexPage


def lang_and_dir(content: str) -> str:
    return re.search(r"<html (lang=\"[^\"]*\" dir=\"[^\"]*\")", content).group(1)


def translate(page, locale, strings, capture):
    with capture(execute=True):
        for ancestor in page.get_ancestors().specific().filter(depth__gt=2):
            if not ancestor.has_translation(locale):
                page_translate(page=ancestor, locale=locale)
        return page_translate(page=page, locale=locale, strings=strings)


@pytest.mark.django_db
class PageTreeTests:
    def test_index_under_home_and_guides_under_the_index_only(self, home, index):
        assert EntitlementIndexPage.can_create_at(home)
        assert EntitlementGuidePage.can_create_at(index)
        assert not EntitlementGuidePage.can_create_at(home)
        assert list(EntitlementIndexPage.allowed_subpage_models()) == [EntitlementGuidePage]
        assert EntitlementGuidePage.allowed_subpage_models() == []


@pytest.mark.django_db
class GuidePageTests:
    @pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ar", "rtl")])
    def test_renders_table_steps_documents_and_facts(
        self, client, guides, locales, django_capture_on_commit_callbacks, code, direction
    ):
        page = guides["gp"]
        if code != "en":
            translate(
                page,
                locales[code],
                {
                    "Registering with a GP": "التسجيل لدى طبيب عام",
                    "Prescription charge in England": "رسوم الوصفة الطبية في إنجلترا",
                },
                django_capture_on_commit_callbacks,
            )
        response = client.get(f"/{code}/entitlements/gp/")
        assert response.status_code == 200
        content = response.content.decode()
        assert lang_and_dir(content) == f'lang="{code}" dir="{direction}"'
        assert content.count('<th scope="row">') == 9  # one row per shipped status
        assert 'class="answer answer-depends"' in content
        assert content.count('<li><strong dir="auto">Step') == 3
        assert "Your ARC card" in content
        assert re.search(r"£9[.,٫]90", content)  # the reader's decimal separator
        assert 'href="tel:111"' in content
        assert f'href="/{code}/find/?need=health"' in content
        if code == "ar":
            assert "التسجيل لدى طبيب عام" in content
            assert "رسوم الوصفة الطبية في إنجلترا" in content

    def test_chosen_status_is_answered_first(self, client, guides):
        content = client.get("/en/entitlements/asylum-support/?status=refugee").content.decode()
        first_answer = content.index("your-answer")
        assert first_answer < content.index('<table class="entitlement-table">')
        assert "it stops 56 days after your grant" in content[first_answer : first_answer + 400]
        assert 'href="/en/find/?need=health&amp;status=refugee"' in content
        assert '<tr class="chosen">' in content

    def test_untranslated_guide_falls_back_with_a_notice_in_the_readers_language(
        self, client, guides, locales, django_capture_on_commit_callbacks
    ):
        translate(guides["gp"], locales["uk"], {}, django_capture_on_commit_callbacks)
        content = client.get("/uk/entitlements/gp/").content.decode()
        assert 'class="notice translation-notice"' in content
        assert "Registering with a GP" in content
        assert "Хто може це отримати" in content  # the page around the text is in Ukrainian
        assert "Amounts and deadlines" not in content
        # The notice's own wording is core's (components/translation_notice.html); its
        # translations live in core's part of the .po files.

    def test_translations_show_the_source_amount_after_it_changes(
        self, client, guides, locales, django_capture_on_commit_callbacks
    ):
        page = guides["gp"]
        translate(page, locales["ar"], {}, django_capture_on_commit_callbacks)
        page.facts[0].value["amount"] = Decimal("10.15")
        page.save_revision().publish()
        content = client.get("/ar/entitlements/gp/").content.decode()
        assert re.search(r"£10[.,٫]15", content)
        assert not re.search(r"£9[.,٫]90", content)

    def test_past_review_date_tells_the_reader_when_it_was_checked(self, client, index):
        EntitlementGuidePageFactory(
            parent=index,
            slug="old",
            last_reviewed=datetime.date(2024, 1, 15),
            next_review_due=datetime.date(2024, 7, 15),
        )
        content = client.get("/en/entitlements/old/").content.decode()
        assert 'class="notice review-notice"' in content
        assert "We last checked this guide on" in content
        assert "15" in content and "2024" in content
        fresh = client.get("/en/entitlements/").content.decode()
        assert "review-notice" not in fresh

    def test_current_guide_has_no_review_notice(self, client, guides):
        content = client.get("/en/entitlements/gp/").content.decode()
        assert "review-notice" not in content
        assert "Last checked:" in content

    def test_query_count_does_not_grow_with_table_and_facts(self, client, index):
        few = EntitlementGuidePageFactory(
            parent=index, slug="few", with_table={"refugee": ("yes", "")}
        )
        many = EntitlementGuidePageFactory(parent=index, slug="many", steps=[])
        many.facts = [few.facts[0].block_type and ("fact", few.facts[0].value)] * 10
        many.save_revision().publish()

        def count(url):
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            return len(queries)

        assert count("/en/entitlements/few/") == count("/en/entitlements/many/")
