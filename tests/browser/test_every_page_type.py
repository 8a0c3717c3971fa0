"""Every public page type in Chromium, in English and in Arabic: no WCAG 2.2 A/AA violation
(axe-core), in light and dark themes, and no sideways scrolling on a 320 px phone at 200 % text.

Page types are found and built the same way as the meta-test in tests/test_page_types.py, so a
page type added later is checked here without anyone remembering to add it.
"""

import pytest

from tests.browser.conftest import axe_violations
from tests.test_page_types import EXPECTED_PARENTS, page_factories, page_of_type, portal_page_models


def build(model, home, locales, capture_on_commit):
    """A page of ``model`` with an Arabic translation of it and of every page above it."""
    from portal.core.operations import page_translate

    if model._meta.label == "core.HomePage":
        return "/{language}/"
    parent = page_of_type(sorted(EXPECTED_PARENTS[model._meta.label])[0], home)
    page = page_factories()[model](parent=parent)
    with capture_on_commit(execute=True):
        for ancestor in page.get_ancestors().specific().filter(depth__gt=2):
            if not ancestor.has_translation(locales["ar"]):
                page_translate(page=ancestor, locale=locales["ar"])
        page_translate(page=page, locale=locales["ar"])
    return "/{language}" + page.url[len("/en") :]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("model", portal_page_models(), ids=lambda m: m._meta.label)
def test_page_type_is_accessible_in_english_and_arabic(
    model, live_server, site, locales, chromium, django_capture_on_commit_callbacks
):
    path = build(model, site, locales, django_capture_on_commit_callbacks)
    for language, direction in (("en", "ltr"), ("ar", "rtl")):
        for scheme in ("light", "dark"):
            context = chromium.new_context(
                viewport={"width": 360, "height": 740}, color_scheme=scheme, bypass_csp=True
            )
            page = context.new_page()
            response = page.goto(live_server.url + path.format(language=language))
            assert response.status == 200
            assert page.locator("html").get_attribute("dir") == direction
            violations = axe_violations(page)
            assert violations == [], f"{language}, {scheme} theme: {violations}"
            context.close()

    context = chromium.new_context(viewport={"width": 320, "height": 640}, bypass_csp=True)
    page = context.new_page()
    for language in ("en", "ar"):
        page.goto(live_server.url + path.format(language=language))
        page.add_style_tag(content="html { font-size: 200%; }")
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{language}: scrolls sideways by {overflow}px at 320px and 200% text"
    context.close()
