"""Site search in Chromium: reachable from any page's header with the keyboard, and the
results, empty and error states pass axe-core (WCAG 2.2 A/AA) in English and Arabic, in light
and dark themes, without sideways scrolling on a 320 px phone at 200 % text."""

import pytest

from tests.browser.conftest import axe_violations


@pytest.fixture
def pages(site, locales, django_capture_on_commit_callbacks):
    from portal.core.factories import StandardPageFactory
    from portal.core.operations import page_translate

    for number in range(12):
        StandardPageFactory(
            parent=site,
            title=f"Housing advice {number}",
            introduction="How to find somewhere to live, and who helps if you are homeless.",
            show_in_menus=number < 3,
        )
    page = StandardPageFactory(parent=site, title="Doctors", introduction="Registering with a GP.")
    with django_capture_on_commit_callbacks(execute=True):
        page_translate(page=page, locale=locales["ar"], strings={"Doctors": "الأطباء"})
    return site


STATES = {
    "results": "?q=housing&page=2",
    "empty": "?q=xylophone",
    "error": "?q=" + "a" * 201,
    "form": "",
}


@pytest.mark.django_db(transaction=True)
def test_search_states_are_accessible(live_server, pages, chromium):
    for language in ("en", "ar"):
        for state, query in STATES.items():
            for scheme in ("light", "dark"):
                context = chromium.new_context(
                    viewport={"width": 360, "height": 740}, color_scheme=scheme, bypass_csp=True
                )
                page = context.new_page()
                page.goto(f"{live_server.url}/{language}/search/{query}")
                violations = axe_violations(page)
                assert violations == [], f"{language} {state} {scheme}: {violations}"
                context.close()
            context = chromium.new_context(viewport={"width": 320, "height": 640}, bypass_csp=True)
            page = context.new_page()
            page.goto(f"{live_server.url}/{language}/search/{query}")
            page.add_style_tag(content="html { font-size: 200%; }")
            overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{language} {state}: scrolls sideways by {overflow}px"
            context.close()


@pytest.mark.django_db(transaction=True)
def test_a_reader_searches_from_the_header_with_the_keyboard(live_server, pages, browser_page):
    browser_page.goto(f"{live_server.url}/ar/")
    browser_page.get_by_label("ابحث في هذا الموقع").fill("الأطباء")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/ar/search/?q=*")
    assert browser_page.locator(".search-result a").all_inner_texts() == ["الأطباء"]
    browser_page.locator(".search-result a").focus()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/ar/doctors/")
