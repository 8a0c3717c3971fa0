import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.entitlements.factories import EntitlementGuidePageFactory
from portal.entitlements.selectors import guides_for


def results(content: str) -> list[tuple[str, str]]:
    """(guide title, answer text) in the order the checker lists them."""
    found = re.findall(
        r'<h3><a href="[^"]*" dir="auto">([^<]+)</a></h3>\s*<p class="answer [^"]*">(.*?)</p>',
        content,
        re.S,
    )
    return [(title, re.sub(r"<[^>]+>", "", answer).strip()) for title, answer in found]


@pytest.mark.django_db
class CheckerTests:
    def test_without_filters_lists_every_guide_and_does_not_guess(self, client, guides):
        response = client.get("/en/entitlements/")
        assert response.status_code == 200
        listed = results(response.content.decode())
        assert [title for title, _ in listed] == [
            "Registering with a GP",
            "Asylum support",
            "Your right to work",
        ]
        assert {answer for _, answer in listed} == {"Depends on your status"}

    def test_status_and_need_give_the_answer_for_that_status_first(self, client, guides):
        content = client.get("/en/entitlements/?status=asylum-seeker&need=employment").content
        assert results(content.decode()) == [
            ("Your right to work", "It depends — after 12 months waiting for a decision")
        ]

    @pytest.mark.parametrize(
        "status,expected",
        [
            ("asylum-seeker", "Yes — if you would otherwise be destitute"),
            ("refugee", "No — it stops 56 days after your grant"),
            ("refused-asylum-seeker", "It depends — only if you cannot leave the UK yet"),
            ("ukraine-scheme", "This guide does not cover your status yet: ask an adviser"),
        ],
    )
    def test_money_guides_per_status(self, client, guides, status, expected):
        content = client.get(f"/en/entitlements/?status={status}&need=money").content.decode()
        assert results(content) == [("Asylum support", expected)]

    def test_status_alone_answers_every_guide(self, client, guides):
        content = client.get("/en/entitlements/?status=refugee").content.decode()
        assert results(content) == [
            ("Registering with a GP", "Yes"),
            ("Asylum support", "No — it stops 56 days after your grant"),
            ("Your right to work", "Yes"),
        ]
        assert 'value="refugee" selected' in content
        assert 'href="/en/entitlements/work/?status=refugee"' in content

    def test_unknown_slugs_get_a_clear_message_not_an_error(self, client, guides):
        response = client.get("/en/entitlements/?status=martian&need=spaceships")
        assert response.status_code == 200
        content = response.content.decode()
        assert "We do not know the situation “<bdi>martian</bdi>”" in content
        assert "We do not know the need “<bdi>spaceships</bdi>”" in content
        assert len(results(content)) == 3

    def test_unknown_slug_message_is_in_the_readers_language(
        self, client, guides, locales, django_capture_on_commit_callbacks
    ):
        from portal.core.operations import page_translate

        index = guides["gp"].get_parent()
        with django_capture_on_commit_callbacks(execute=True):
            page_translate(page=index, locale=locales["ar"])
        response = client.get("/ar/entitlements/?status=martian")
        assert response.status_code == 200
        content = response.content.decode()
        assert "martian" in content
        assert "We do not know the situation" not in content

    def test_a_need_without_guides_says_so(self, client, guides):
        content = client.get("/en/entitlements/?need=food").content.decode()
        assert results(content) == []
        assert "There is no guide for this need yet." in content
        assert 'href="/en/find/?need=food"' in content

    def test_form_works_without_javascript_and_says_nothing_is_stored(self, client, guides):
        content = client.get("/en/entitlements/").content.decode()
        assert '<form class="checker" method="get" action="/en/entitlements/"' in content
        assert 'name="status"' in content and 'name="need"' in content
        assert "We do not store your choice" in content
        assert "csrfmiddlewaretoken" not in content

    def test_query_count_does_not_grow_with_guides(self, client, index, guides):
        url = "/en/entitlements/?status=asylum-seeker"

        def count():
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            return len(queries)

        few = count()
        for n in range(12):
            EntitlementGuidePageFactory(parent=index, slug=f"extra-{n}")
        assert count() == few

    @settings(
        max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(status=st.text(max_size=300), need=st.text(max_size=300))
    def test_any_input_is_answered_without_an_error(self, client, guides, status, need):
        response = client.get("/en/entitlements/", {"status": status, "need": need})
        assert response.status_code in (200, 400)


@pytest.mark.django_db
class GuidesForTests:
    def test_guides_for_a_need_and_status_with_finder_links(self, guides, locales):
        found = guides_for(locale=locales["en"], need="money", status="asylum-seeker")
        assert [g.page.slug for g in found] == ["asylum-support"]
        assert found[0].answer.code == "yes"
        assert [link.url for link in found[0].finder_links] == [
            "/en/find/?need=health&status=asylum-seeker",
            "/en/find/?need=mental-health&status=asylum-seeker",
        ]

    def test_unknown_need_slug_matches_nothing(self, guides, locales):
        assert guides_for(locale=locales["en"], need="nothing-like-this") == []

    def test_guide_property_gives_finder_links_in_its_language(self, guides):
        assert [link.url for link in guides["gp"].finder_links] == [
            "/en/find/?need=health",
            "/en/find/?need=mental-health",
        ]
