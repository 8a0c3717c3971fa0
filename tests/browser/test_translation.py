"""Reader-facing translation pieces in Chromium: the glossary and the out-of-date notice."""

import pytest

from tests.browser.conftest import axe_violations


@pytest.fixture
def stale_arabic_page(site, locales, django_capture_on_commit_callbacks):
    from portal.core.factories import StandardPageFactory
    from portal.core.operations import page_translate
    from portal.translation.demo import load as load_glossary
    from portal.translation.models import TranslationFreshness
    from portal.translation.selectors import translation_for_target

    page = StandardPageFactory(parent=site, slug="housing", title="Housing support")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
        target = page_translate(
            page=page, locale=locales["ar"], strings={"Housing support": "دعم السكن"}
        )
        load_glossary()
    record, _ = TranslationFreshness.objects.get_or_create(
        translation=translation_for_target(page=target)
    )
    from django.utils import timezone

    record.out_of_date_since = timezone.now()
    record.save()
    return target


@pytest.mark.django_db(transaction=True)
class TranslationInBrowserTests:
    @pytest.mark.parametrize("language", ["ar", "uk"])
    def test_glossary_has_no_accessibility_violations(
        self, live_server, stale_arabic_page, browser_page, language
    ):
        browser_page.goto(f"{live_server.url}/{language}/glossary/")
        assert browser_page.locator(".glossary-entry").count() >= 4
        assert axe_violations(browser_page) == []

    def test_out_of_date_notice_is_accessible_and_links_to_english(
        self, live_server, stale_arabic_page, browser_page
    ):
        browser_page.goto(f"{live_server.url}/ar/housing/")
        notice = browser_page.locator(".translation-notice")
        assert notice.count() == 1
        assert notice.locator('a[hreflang="en"]').get_attribute("href") == "/en/housing/"
        assert axe_violations(browser_page) == []
