"""The outcomes page in Chromium: accessible charts, and no sideways scrolling on a small phone."""

import pytest

from tests.browser.conftest import axe_violations


@pytest.fixture
def outcomes(site, locales, django_capture_on_commit_callbacks):
    from portal.core.operations import page_translate
    from portal.sanctuary.factories import (
        OutcomesPageFactory,
        SanctuaryPageFactory,
        aims_value,
        indicator_value,
    )

    sanctuary = SanctuaryPageFactory(parent=site, slug="sanctuary")
    page = OutcomesPageFactory(
        parent=sanctuary,
        slug="outcomes",
        aims=aims_value(
            indicator_value(values=[str(40 + 3 * i) for i in range(12)]),
            indicator_value(title="Volunteers trained", values=[]),
        ),
    )
    with django_capture_on_commit_callbacks(execute=True):
        page_translate(page=sanctuary, locale=locales["ar"])
        page_translate(page=page, locale=locales["ar"])
    return page


@pytest.mark.django_db(transaction=True)
class OutcomesPageInBrowserTests:
    @pytest.mark.parametrize("language", ["en", "ar"])
    def test_charts_have_no_accessibility_violations(
        self, live_server, outcomes, browser_page, language
    ):
        browser_page.goto(f"{live_server.url}/{language}/sanctuary/outcomes/")
        assert browser_page.locator("svg[role=img]").count() == 1
        assert axe_violations(browser_page) == []

    def test_no_horizontal_scrolling_at_320px_in_arabic(self, live_server, outcomes, browser_page):
        browser_page.set_viewport_size({"width": 320, "height": 640})
        browser_page.goto(f"{live_server.url}/ar/sanctuary/outcomes/")
        overflow = browser_page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
