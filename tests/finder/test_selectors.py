"""The finder's reads: each filter alone and combined, facet counts, text in two languages."""

import itertools

import pytest
from django.http import QueryDict
from wagtail.models import Locale

from portal.finder.selectors import (
    FinderInputError,
    finder_query_parse,
    finder_search,
)
from tests.finder.conftest import WEDNESDAY_11AM


def search(query_string: str, *, locale: Locale | None = None):
    query = finder_query_parse(params=QueryDict(query_string), query_string=query_string)
    return finder_search(
        locale=locale or Locale.get_default(), query=query, now=WEDNESDAY_11AM, per_page=50
    )


def titles(results) -> set[str]:
    return {card.service.title for card in results.cards}


@pytest.mark.django_db
class FilterTests:
    def test_no_filter_lists_every_visible_service_but_not_closed_ones(self, county):
        assert titles(search("")) == {
            "Preston Food Bank",
            "Asylum Legal Clinic",
            "Burnley English Classes",
            "Housing Advice Line",
            "Community Dentist",
        }

    @pytest.mark.parametrize(
        ("query_string", "expected"),
        [
            (
                "district=preston",
                {"Preston Food Bank", "Asylum Legal Clinic", "Housing Advice Line"},
            ),
            (
                "district=burnley",
                {"Burnley English Classes", "Housing Advice Line", "Community Dentist"},
            ),
            ("district=chorley", {"Housing Advice Line"}),  # county-wide serves everyone
            ("need=food", {"Preston Food Bank"}),
            ("need=education", {"Burnley English Classes"}),
            (
                "status=asylum-seeker",
                {
                    "Preston Food Bank",
                    "Asylum Legal Clinic",
                    "Burnley English Classes",
                    "Community Dentist",
                },
            ),
            ("language=ar", {"Preston Food Bank"}),
            ("free=1", {"Preston Food Bank", "Asylum Legal Clinic", "Housing Advice Line"}),
            (
                "no_referral=1",
                {
                    "Preston Food Bank",
                    "Burnley English Classes",
                    "Housing Advice Line",
                    "Community Dentist",
                },
            ),
            ("open_now=1", {"Preston Food Bank", "Asylum Legal Clinic", "Housing Advice Line"}),
        ],
    )
    def test_each_filter_alone(self, county, query_string, expected):
        assert titles(search(query_string)) == expected

    def test_filters_combine_with_and(self, county):
        assert titles(search("district=preston&free=1&no_referral=1")) == {
            "Preston Food Bank",
            "Housing Advice Line",
        }
        assert titles(search("district=burnley&status=refugee&open_now=1")) == {
            "Housing Advice Line"
        }
        assert titles(search("need=food&district=burnley")) == set()

    def test_facet_counts_equal_the_results_they_promise(self, county):
        bases = [
            "",
            "district=preston",
            "free=1&open_now=1",
            "q=free",
            "status=refugee&need=housing",
        ]
        for base in bases:
            results = search(base)
            for name, options in results.facets.items():
                for option in options:
                    params = QueryDict(base, mutable=True)
                    params[name] = option.value
                    assert option.count == search(params.urlencode()).total, (base, name, option)
            for name, option in results.flags.items():
                params = QueryDict(base, mutable=True)
                params[name] = "1"
                assert option.count == search(params.urlencode()).total, (base, name)

    def test_an_empty_result_suggests_which_filter_to_drop(self, county):
        results = search("need=food&district=burnley")
        assert results.total == 0
        by_param = {s.param: s for s in results.suggestions}
        assert by_param["district"].count == 1  # the food bank, in Preston
        assert by_param["district"].query_string == "?need=food"
        assert by_param["need"].count == 3
        assert search(by_param["district"].query_string[1:]).total == 1

    def test_unknown_slugs_are_ignored_and_reported(self, county):
        query = finder_query_parse(params=QueryDict("need=unicorns&district=atlantis&free=1"))
        assert query.need is None and query.district is None and query.free
        assert {(u.param, u.value) for u in query.unknown} == {
            ("need", "unicorns"),
            ("district", "atlantis"),
        }

    def test_pages_of_results(self, county):
        query = finder_query_parse(params=QueryDict("page=2"))
        results = finder_search(
            locale=Locale.get_default(), query=query, now=WEDNESDAY_11AM, per_page=2
        )
        assert results.total == 5 and results.page_count == 3 and results.page == 2
        assert len(results.cards) == 2 and results.has_previous and results.has_next
        assert results.next_query_string == "?page=3"
        everything = set()
        for page in (1, 2, 3):
            query = finder_query_parse(params=QueryDict(f"page={page}"))
            everything |= titles(
                finder_search(locale=Locale.get_default(), query=query, per_page=2)
            )
        assert len(everything) == 5

    def test_a_page_past_the_end_shows_the_last_page(self, county):
        assert search("page=99").page == 1


@pytest.mark.django_db
class TextSearchTests:
    def test_text_matches_summary_and_title(self, county):
        assert titles(search("q=parcels")) == {"Preston Food Bank"}
        assert titles(search("q=dental")) == {"Community Dentist"}

    def test_text_and_filters_combine(self, county):
        assert titles(search("q=free&district=preston")) == {
            "Preston Food Bank",
            "Asylum Legal Clinic",
        }

    def test_arabic_text_finds_the_arabic_translation(self, county):
        results = search("q=الطعام", locale=county["arabic"])
        assert [card.service.title for card in results.cards] == ["بنك الطعام في بريستون"]
        assert not results.cards[0].in_source_language

    def test_arabic_words_match_with_or_without_the_article(self, county):
        # The Arabic title is بنك الطعام ("the food bank"); readers often type طعام ("food").
        for typed in ("طعام", "الطعام", "بالطعام", "بنك طعام"):
            found = [
                card.service.title for card in search(f"q={typed}", locale=county["arabic"]).cards
            ]
            assert found == ["بنك الطعام في بريستون"], typed

    def test_untranslated_services_match_in_english(self, county):
        results = search("q=dental", locale=county["arabic"])
        assert [card.service.title for card in results.cards] == ["Community Dentist"]
        assert results.cards[0].in_source_language

    def test_english_words_find_the_arabic_version_for_arabic_readers(self, county):
        results = search("q=parcels", locale=county["arabic"])
        assert [card.service.title for card in results.cards] == ["بنك الطعام في بريستون"]

    def test_services_named_with_the_words_come_first(self, county):
        # "advice" is in the Housing Advice Line's name, and only in the text of the others.
        found = [card.service.title for card in search("q=advice").cards]
        assert "Asylum Legal Clinic" in found
        assert found[0] == "Housing Advice Line"
        assert found[1:] == sorted(found[1:])  # then by name

    def test_too_many_matches_are_said_so(self, county, monkeypatch):
        from portal.finder import selectors

        assert not search("q=free").text_capped
        monkeypatch.setattr(selectors, "MAX_TEXT_MATCHES", 1)
        assert search("q=free").text_capped

    def test_no_match_suggests_searching_without_the_words(self, county):
        results = search("q=zebra&need=food")
        assert results.total == 0
        assert [s.param for s in results.suggestions] == ["q"]


class ParseTests:
    @pytest.mark.parametrize(
        "query_string",
        ["q=" + "a" * 201, "page=abc", "page=0", "page=-1", "district=" + "x" * 61, "q=a%00b"],
    )
    def test_malformed_input_is_refused(self, query_string, db):
        with pytest.raises(FinderInputError):
            finder_query_parse(params=QueryDict(query_string), query_string=query_string)

    def test_whitespace_is_tidied_and_flags_read_loosely(self, db):
        query = finder_query_parse(params=QueryDict("q=%20food%20%20bank%20&free=on&open_now=0"))
        assert query.q == "food bank" and query.free and not query.open_now

    def test_links_keep_design_md_parameter_names(self, county):
        query = finder_query_parse(
            params=QueryDict("open_now=1&q=x&language=ar&status=refugee&need=food&district=fylde")
        )
        assert query.query_string(page=2) == (
            "?q=x&district=fylde&need=food&status=refugee&language=ar&open_now=1&page=2"
        )
        assert list(itertools.islice(query.params(drop=("q",)), 1)) == ["district"]
