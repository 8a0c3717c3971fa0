import logging
import re

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from portal.core.factories import StandardPageFactory
from portal.search.selectors import MAX_QUERY_LENGTH, RESULTS_PER_PAGE, highlight


def result_titles(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'<li class="search-result"[^>]*>\s*<a [^>]*>([^<]*)</a>', html)


@pytest.mark.django_db
class SiteSearchTests:
    def test_english_reader_finds_a_page_by_a_word_in_its_text(self, client, housing, doctor):
        response = client.get("/en/search/", {"q": "homeless"})
        assert response.status_code == 200
        assert result_titles(response) == ["Finding somewhere to live"]
        assert "<mark>homeless</mark>" in response.content.decode()
        assert 'href="/en/housing/"' in response.content.decode()

    def test_arabic_reader_finds_the_arabic_page_by_an_arabic_word(self, client, housing):
        response = client.get("/ar/search/", {"q": "سكن"})
        assert response.status_code == 200
        assert result_titles(response) == ["العثور على مكان للعيش"]
        assert 'href="/ar/housing/"' in response.content.decode()
        assert "<mark>سكن</mark>" in response.content.decode()

    def test_arabic_words_are_found_with_or_without_the_article(self, client, housing):
        # The title says العثور ("the finding"); readers type عثور, أو with other letter forms.
        for typed in ("عثور", "العثور", "العُثور"):
            response = client.get("/ar/search/", {"q": typed})
            assert result_titles(response) == ["العثور على مكان للعيش"], typed

    def test_arabic_reader_never_gets_the_english_original_of_a_translated_page(
        self, client, housing
    ):
        response = client.get("/ar/search/", {"q": "council"})
        assert "/en/housing/" not in response.content.decode()

    def test_untranslated_pages_are_found_in_the_source_language(self, client, doctor):
        response = client.get("/ar/search/", {"q": "doctor"})
        html = response.content.decode()
        assert result_titles(response) == ["Registering with a doctor"]
        assert 'href="/en/doctor/"' in html
        assert 'hreflang="en" lang="en" dir="auto">Registering' in html  # English inside Arabic
        assert "Not translated into your language yet." not in html  # translated note
        assert 'class="search-result-note"' in html

    def test_home_pages_drafts_and_private_pages_are_not_results(self, client, home):
        draft = StandardPageFactory(parent=home, title="Draft about ferries", live=False)
        private = StandardPageFactory(parent=home, title="Private about ferries")
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        StandardPageFactory(parent=home, title="Public about ferries")
        response = client.get("/en/search/", {"q": "ferries"})
        assert result_titles(response) == ["Public about ferries"]
        assert draft.title not in response.content.decode()
        assert result_titles(client.get("/en/search/", {"q": "Welcome"})) == []

    def test_results_are_paginated(self, client, home):
        for number in range(RESULTS_PER_PAGE + 2):
            StandardPageFactory(parent=home, title=f"Bus pass {number}")
        first = client.get("/en/search/", {"q": "bus"})
        second = client.get("/en/search/", {"q": "bus", "page": "2"})
        assert len(result_titles(first)) == RESULTS_PER_PAGE
        assert len(result_titles(second)) == 2
        assert "Page 2 of 2" in second.content.decode()
        assert 'rel="next noreferrer"' in first.content.decode()
        assert 'start="11"' in second.content.decode()

    def test_near_matches_are_offered_when_nothing_matches_exactly(self, client, housing):
        response = client.get("/en/search/", {"q": "findi"})
        assert result_titles(response) == ["Finding somewhere to live"]
        assert "close matches" in response.content.decode()

    def test_no_results_shows_suggestions(self, client, home):
        StandardPageFactory(parent=home, title="Health", show_in_menus=True)
        response = client.get("/en/search/", {"q": "xylophone"})
        html = response.content.decode()
        assert response.status_code == 200
        assert "We could not find any page for your search." in html
        assert '<a href="/en/health/">Health</a>' in html
        assert '<bdi lang="en">English</bdi>' in html
        # Arabic readers get the English sections while the Arabic home page has none.
        arabic = client.get("/ar/search/", {"q": "xylophone"}).content.decode()
        assert '<a href="/en/health/">Health</a>' in arabic

    def test_empty_query_shows_the_form(self, client, home):
        response = client.get("/en/search/")
        assert response.status_code == 200
        assert 'name="q"' in response.content.decode()
        assert result_titles(response) == []


@pytest.mark.django_db
class BadInputTests:
    def test_an_over_long_query_is_refused_in_the_readers_language(self, client, home):
        response = client.get("/en/search/", {"q": "a" * (MAX_QUERY_LENGTH + 1)})
        assert response.status_code == 400
        assert f"{MAX_QUERY_LENGTH} characters or fewer" in response.content.decode()
        assert 'aria-invalid="true"' in response.content.decode()

    def test_an_over_long_query_is_refused_in_arabic(self, client, home):
        response = client.get("/ar/search/", {"q": "a" * (MAX_QUERY_LENGTH + 1)})
        assert response.status_code == 400
        assert "characters or fewer" not in response.content.decode()

    @pytest.mark.parametrize("page", ["0", "-1", "abc", "2", "99999", "1.5", "٢"])
    def test_a_page_that_does_not_exist_is_refused(self, client, housing, page):
        response = client.get("/en/search/", {"q": "housing", "page": page})
        assert response.status_code == 400
        assert "That page of results does not exist." in response.content.decode()

    @given(q=st.text(max_size=300), page=st.one_of(st.none(), st.text(max_size=8)))
    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    def test_no_input_gives_a_server_error(self, client, home, q, page):
        params = {"q": q} if page is None else {"q": q, "page": page}
        response = client.get("/en/search/", params)
        assert response.status_code in (200, 400)


@pytest.mark.django_db
class PrivacyTests:
    def test_results_are_kept_by_no_cache_and_indexed_by_no_search_engine(self, client, housing):
        response = client.get("/en/search/", {"q": "homeless"})
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert "noindex" in response["X-Robots-Tag"]
        assert response["Referrer-Policy"] == "no-referrer"
        html = response.content.decode()
        assert '<meta name="robots" content="noindex, nofollow">' in html
        assert re.search(r'<a href="/en/housing/" rel="noreferrer"', html)
        assert not response.cookies

    @override_settings(PAGE_CACHE_SECONDS=600)
    def test_the_shared_page_cache_never_stores_a_search(self, client, housing):
        first = client.get("/en/search/", {"q": "homeless"})
        second = client.get("/en/search/", {"q": "homeless"})
        assert "X-Page-Cache" not in first
        assert "X-Page-Cache" not in second
        # Not even the empty form is stored: the response says private, no-store.
        client.get("/en/search/")
        assert "X-Page-Cache" not in client.get("/en/search/")

    def test_a_refused_search_is_logged_without_its_words(self, client, home, caplog):
        secret = "secretword" * 30
        with caplog.at_level(logging.DEBUG):
            response = client.get("/en/search/", {"q": secret})
        assert response.status_code == 400
        assert all("secretword" not in record.getMessage() for record in caplog.records)


def test_highlight_escapes_text_and_marks_every_word():
    marked = highlight(text="<b>Free</b> English classes for adults", query="english free")
    assert (
        str(marked)
        == "&lt;b&gt;<mark>Free</mark>&lt;/b&gt; <mark>English</mark> classes for adults"
    )


def test_highlight_cuts_long_text_around_the_first_match():
    text = "word " * 100 + "asylum support " + "word " * 100
    marked = str(highlight(text=text, query="asylum", length=80))
    assert "<mark>asylum</mark>" in marked
    assert marked.startswith("… ") and marked.endswith(" …")
    assert len(marked) < 120


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_results(client, home):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(count: int, word: str) -> int:
        for number in range(count):
            StandardPageFactory(parent=home, title=f"{word} {number}")
        client.get("/ar/search/", {"q": word})  # warm per-process caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/ar/search/", {"q": word}).status_code == 200
        return len(captured)

    assert queries(2, "ferry") == queries(RESULTS_PER_PAGE, "tram") <= 12


@pytest.mark.django_db
def test_too_many_searches_from_one_client_are_slowed_down(client, housing, settings):
    settings.SEARCH_RATE_LIMIT = 3
    for _ in range(3):
        assert client.get("/en/search/", {"q": "homeless"}).status_code == 200
    refused = client.get("/ar/search/", {"q": "homeless"})
    assert refused.status_code == 429
    assert refused["Retry-After"] == str(settings.SEARCH_RATE_LIMIT_SECONDS)
    assert "no-store" in refused["Cache-Control"]
    assert "العثور" not in refused.content.decode()
    # The empty form is never counted or refused.
    assert client.get("/en/search/").status_code == 200
