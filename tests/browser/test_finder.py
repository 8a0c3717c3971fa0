"""The service finder in Chromium: fill the form, filter, open a service and its print view."""

import pytest

from tests.browser.conftest import axe_violations
from tests.finder.conftest import county  # noqa: F401 - the fixture, shared with tests/finder


@pytest.mark.django_db(transaction=True)
class FinderInBrowserTests:
    @pytest.mark.parametrize(
        ("language", "words", "title"),
        [("en", "food", "Preston Food Bank"), ("ar", "الطعام", "بنك الطعام في بريستون")],
    )
    def test_search_filter_open_and_print(
        self,
        live_server,
        county,  # noqa: F811
        browser_page,
        language,
        words,
        title,
    ):
        page = browser_page
        page.goto(f"{live_server.url}/{language}/find/")
        assert axe_violations(page) == []
        page.fill("#finder-q", words)
        page.select_option("#finder-district", "preston")
        page.check("#finder-free")
        page.click(".finder-form button[type=submit]")
        assert "q=" in page.url and "district=preston" in page.url and "free=1" in page.url
        cards = page.locator(".service-card")
        assert cards.count() == 1
        assert title in cards.first.inner_text()
        assert axe_violations(page) == []
        # The referral card, reader's language beside English, then the service itself.
        cards.first.locator("a[href*='/find/service/']").click()
        assert title in page.content()
        if language == "ar":
            assert page.locator("section[lang=en]").inner_text().startswith("Preston Food Bank")
        assert page.locator("img[src$='/qr/']").count() == 1
        page.go_back()
        cards.first.locator(".service-card-title a").click()
        assert page.locator("h1").inner_text().strip() == title
