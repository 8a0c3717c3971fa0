"""The checker and a guide in Chromium: the plain form works, pages are accessible and fit a phone."""

import pytest

from tests.browser.conftest import axe_violations


@pytest.fixture
def guides(site, locales, django_capture_on_commit_callbacks):
    from portal.core.operations import page_translate
    from portal.entitlements.factories import (
        EntitlementGuidePageFactory,
        EntitlementIndexPageFactory,
    )
    from portal.taxonomy.models import Need

    index = EntitlementIndexPageFactory(parent=site)
    gp = EntitlementGuidePageFactory(parent=index, slug="gp", title="Registering with a GP")
    support = EntitlementGuidePageFactory(
        parent=index,
        slug="asylum-support",
        title="Asylum support",
        with_table={
            "asylum-seeker": ("yes", "if you would otherwise be destitute"),
            "refugee": ("no", "it stops 56 days after your grant"),
        },
    )
    support.needs.set(Need.objects.filter(slug="money"))
    support.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        for page in (index, gp, support):
            page_translate(page=page, locale=locales["ar"])
    return index


@pytest.mark.django_db(transaction=True)
class CheckerInBrowserTests:
    def test_choosing_a_situation_and_need_shows_the_answer(
        self, live_server, guides, browser_page
    ):
        browser_page.goto(f"{live_server.url}/en/entitlements/")
        browser_page.get_by_label("Your situation").select_option("refugee")
        browser_page.get_by_label("What you need").select_option("money")
        browser_page.get_by_role("button", name="Show guides").click()
        browser_page.wait_for_url("**/en/entitlements/?status=refugee&need=money")
        results = browser_page.locator(".guide-card")
        assert results.count() == 1
        assert "No — it stops 56 days after your grant" in results.first.inner_text()
        assert axe_violations(browser_page) == []

    @pytest.mark.parametrize("language", ["en", "ar"])
    def test_guide_and_unknown_slug_note_are_accessible(
        self, live_server, guides, browser_page, language
    ):
        browser_page.goto(f"{live_server.url}/{language}/entitlements/?status=nobody")
        assert browser_page.locator(".checker-unknown").count() == 1
        assert axe_violations(browser_page) == []
        browser_page.goto(f"{live_server.url}/{language}/entitlements/gp/?status=refugee")
        assert browser_page.locator("tr.chosen").count() == 1
        assert axe_violations(browser_page) == []

    def test_guide_fits_a_small_phone_in_arabic(self, live_server, guides, browser_page):
        browser_page.set_viewport_size({"width": 320, "height": 640})
        browser_page.goto(f"{live_server.url}/ar/entitlements/gp/")
        overflow = browser_page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
