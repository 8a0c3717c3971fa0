import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.core.factories import StandardPageFactory
from portal.languages import KNOWN_LANGUAGES

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
RTL = {"ar", "prs", "fa", "ps", "ckb", "ur"}


def html_attributes(content: str) -> dict[str, str]:
    tag = re.search(r"<html[^>]*>", content).group(0)
    return dict(re.findall(r'([a-z-]+)="([^"]*)"', tag))


@pytest.mark.django_db
class HomePageRenderingTests:
    @pytest.mark.parametrize("code", LANGUAGE_CODES)
    def test_every_locale_has_a_home_page_with_lang_and_dir(self, client, home, code):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        direction = "rtl" if code in RTL else "ltr"
        attributes = html_attributes(response.content.decode())
        assert (attributes["lang"], attributes["dir"]) == (code, direction)

    def test_translated_home_page_shows_translated_title(self, client, home):
        assert "<h1>أهلاً وسهلاً</h1>" in client.get("/ar/").content.decode()
        assert "<h1>Ласкаво просимо</h1>" in client.get("/uk/").content.decode()

    def test_switcher_lists_every_language_by_its_own_name(self, client, home):
        content = client.get("/en/").content.decode()
        switcher = content[content.index('class="language-switcher"') :]
        switcher = switcher[: switcher.index("</nav>")]
        for code in LANGUAGE_CODES:
            assert f'data-language="{code}">{KNOWN_LANGUAGES[code].name_local}</a>' in switcher
        assert switcher.count("<li>") == len(LANGUAGE_CODES)

    def test_switcher_links_to_the_same_page_in_each_language(self, client, home):
        page = StandardPageFactory(parent=home, slug="contact", title="Contact us")
        arabic = page.copy_for_translation(_locale("ar"))
        arabic.save_revision().publish()
        content = client.get("/en/contact/").content.decode()
        assert 'href="/language/ar/?next=/ar/contact/"' in content
        # No Ukrainian version of this page: the link goes to the Ukrainian home page.
        assert 'href="/language/uk/?next=/uk/"' in content

    def test_switching_language_keeps_what_the_reader_chose(self, client, home):
        from portal.finder.factories import ServiceFinderPageFactory

        finder = ServiceFinderPageFactory(parent=home, slug="find")
        finder.copy_for_translation(_locale("ar")).save_revision().publish()
        content = client.get("/en/find/?need=food&free=1").content.decode()
        assert 'href="/language/ar/?next=/ar/find/%3Fneed%3Dfood%26free%3D1"' in content
        content = client.get("/en/find/print/?need=food").content.decode()
        assert 'href="/language/ar/?next=/ar/find/print/%3Fneed%3Dfood"' in content
        # No Ukrainian finder: the Ukrainian home page, without the choices.
        assert 'href="/language/uk/?next=/uk/"' in content

    def test_hreflang_alternates_list_only_live_translations(self, client, home):
        page = StandardPageFactory(parent=home, slug="contact", title="Contact us")
        arabic = page.copy_for_translation(_locale("ar"))
        arabic.save_revision()  # a draft: not live, so no alternate
        content = client.get("/en/contact/").content.decode()
        alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)"', content)
        assert alternates == ["en"]
        arabic.save_revision().publish()
        content = client.get("/en/contact/").content.decode()
        assert re.findall(r'<link rel="alternate" hreflang="([^"]+)"', content) == ["ar", "en"]

    def test_every_page_has_quick_exit_skip_link_and_emergency_numbers(self, client, home):
        content = client.get("/ar/").content.decode()
        skip = content.index('class="skip-link"')
        exit_link = content.index("data-quick-exit")
        main = content.index('id="main"')
        assert skip < exit_link < main
        assert 'href="tel:999"' in content
        assert 'href="tel:08088010503"' in content


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


@pytest.mark.django_db
class HomePageQueryCountTests:
    def _count_queries(self, client, url):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    def test_query_count_does_not_grow_with_sections(self, client, home):
        for n in range(3):
            StandardPageFactory(parent=home, title=f"Section {n}", show_in_menus=True)
        client.get("/en/")  # warm per-process caches (site root paths, settings)
        with_three = self._count_queries(client, "/en/")
        assert client.get("/en/").content.decode().count('class="card"') == 3
        for n in range(3, 30):
            StandardPageFactory(parent=home, title=f"Section {n}", show_in_menus=True)
        with_thirty = self._count_queries(client, "/en/")
        assert client.get("/en/").content.decode().count('class="card"') == 30
        assert with_thirty == with_three


@pytest.mark.django_db
class TranslationNoticeTests:
    def test_untranslated_copy_says_so_in_the_readers_language(self, client, home):
        # The fixture translates only the title into Arabic; Tigrinya gets nothing.
        content = client.get("/ti/").content.decode()
        assert 'class="notice translation-notice"' in content
        assert 'href="/en/"' in content

    def test_partly_translated_page_says_part_is_untranslated(self, client, home):
        content = client.get("/ar/").content.decode()
        assert 'class="notice translation-notice"' in content

    def test_source_page_has_no_notice(self, client, home):
        assert "translation-notice" not in client.get("/en/").content.decode()

    def test_fully_translated_page_has_no_notice(self, client, home, locales, publish_on_commit):
        from portal.core.operations import page_translate

        page_translate(
            page=home,
            locale=locales["fr"],
            strings={
                "Welcome": "Bienvenue",
                "Information for refugees.": "Informations pour les réfugiés.",
            },
        )
        content = client.get("/fr/").content.decode()
        assert "<h1>Bienvenue</h1>" in content
        assert "translation-notice" not in content
