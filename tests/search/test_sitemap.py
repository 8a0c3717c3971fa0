import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from wagtail.models import Locale, Page

from portal.core.factories import StandardPageFactory

SITE = "http://localhost"  # the default Site's host name, as the tests' site has it
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client) -> dict[str, dict[str, str]]:
    """location → {hreflang: href} as /sitemap.xml lists them."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    entries = {}
    for url in root.findall("s:url", NS):
        location = url.find("s:loc", NS).text
        entries[location] = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
    return entries


@pytest.mark.django_db
class SitemapTests:
    def test_every_live_page_in_every_language_with_its_live_translations(self, client, housing):
        StandardPageFactory(parent=housing.get_parent(), title="Draft", slug="draft", live=False)
        entries = sitemap_entries(client)

        live = Page.objects.live().public().filter(depth__gte=2).select_related("locale")
        assert set(entries) == {page.full_url for page in live}
        assert f"{SITE}/en/draft/" not in entries
        # The home page exists in every configured language.
        for code, _name in settings.LANGUAGES:
            assert f"{SITE}/{code}/" in entries

        for page in live:
            links = entries[page.full_url]
            translations = page.get_translations(inclusive=True).live()
            assert {code for code in links if code != "x-default"} == {
                t.locale.language_code for t in translations
            }
            for translation in translations:
                assert links[translation.locale.language_code] == translation.full_url
            source = page.get_translation(Locale.get_default())
            assert links["x-default"] == source.full_url

    def test_a_translation_that_is_unpublished_leaves_the_sitemap(self, client, housing, locales):
        arabic = housing.get_translation(locales["ar"])
        assert "ar" in sitemap_entries(client)[f"{SITE}/en/housing/"]
        arabic.unpublish()
        entries = sitemap_entries(client)
        assert f"{SITE}/ar/housing/" not in entries
        assert set(entries[f"{SITE}/en/housing/"]) == {"en", "x-default"}

    def test_private_pages_are_left_out(self, client, home):
        from wagtail.models import PageViewRestriction

        private = StandardPageFactory(parent=home, title="Staff only", slug="staff")
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        assert f"{SITE}/en/staff/" not in sitemap_entries(client)


def test_robots_txt_points_to_the_sitemap_and_keeps_private_views_out(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    for path in ("/admin/", "/*/search/", "/*/print/", "/*/embed/"):
        assert f"Disallow: {path}" in text
