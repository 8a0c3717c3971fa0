"""The finder as residents and partners use it: the page, bad input, privacy, share, print, embed."""

import logging
import re

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.entitlements.factories import EntitlementGuidePageFactory, EntitlementIndexPageFactory
from portal.taxonomy.models import Need
from tests.security.test_headers import csp_directives

PARAMS = ["q", "district", "need", "status", "language", "free", "no_referral", "open_now", "page"]


@pytest.mark.django_db
class FinderPageTests:
    def test_the_form_works_without_javascript(self, client, county):
        response = client.get("/en/find/?district=burnley&need=housing")
        html = response.content.decode()
        assert response.status_code == 200
        assert '<form class="finder-form" method="get" action="/en/find/"' in html
        assert "Housing Advice Line" in html and "Preston Food Bank" not in html
        assert "1 service found" in html
        # facet counts are shown on the options
        assert re.search(r'<option value="preston">Preston \(1\)</option>', html)

    def test_result_cards_carry_the_essentials(self, client, county):
        html = client.get("/en/find/?q=parcels").content.decode()
        card = html[html.index('class="card service-card"') :]
        card = card[: card.index("</li>")]
        for expected in ("Preston Food Bank", "Preston", "Free", "No referral needed", "Today:"):
            assert expected in card, expected
        assert "Arabic" in card and "English" in card  # languages spoken

    def test_arabic_page_renders_right_to_left_and_finds_arabic_text(self, client, county):
        html = client.get("/ar/find/?q=الطعام").content.decode()
        assert 'dir="rtl"' in html
        assert "بنك الطعام في بريستون" in html

    def test_unknown_slugs_are_ignored_with_a_visible_note(self, client, county):
        response = client.get("/en/find/?need=unicorns&district=burnley")
        html = response.content.decode()
        assert response.status_code == 200
        assert "not known here" in html and "unicorns" in html
        assert "Burnley English Classes" in html  # the known filter still applies

    @pytest.mark.parametrize("query", ["q=" + "a" * 300, "page=abc", "need=" + "x" * 100])
    def test_malformed_input_is_a_400_with_a_message(self, client, county, query):
        response = client.get(f"/en/find/?{query}")
        assert response.status_code == 400
        assert 'role="alert"' in response.content.decode()

    def test_the_message_is_in_the_readers_language(self, client, county):
        response = client.get("/ar/find/?page=abc")
        assert response.status_code == 400
        assert "That page number is not valid." not in response.content.decode()

    def test_an_empty_result_offers_a_way_out(self, client, county):
        html = client.get("/en/find/?need=food&district=burnley").content.decode()
        assert "No services match all of these choices." in html
        assert 'href="/en/find/?need=food"' in html

    def test_guides_for_need_and_status_are_shown_above_the_services(self, client, county, home):
        index = EntitlementIndexPageFactory(parent=home)
        guide = EntitlementGuidePageFactory(
            parent=index,
            title="Asylum support",
            slug="asylum-support",
            with_table={"asylum-seeker": ("yes", "if you would otherwise be destitute")},
        )
        guide.needs.set(Need.objects.filter(slug="housing"))
        guide.help_needs.set(Need.objects.filter(slug="housing"))
        guide.save_revision().publish()
        html = client.get("/en/find/?need=housing&status=asylum-seeker").content.decode()
        assert "What you are entitled to" in html
        assert html.index("Asylum support") < html.index("services found")
        assert "if you would otherwise be destitute" in html

    def test_guide_help_links_land_on_a_prefiltered_finder(self, client, county, home):
        from portal.entitlements.selectors import guides_for

        index = EntitlementIndexPageFactory(parent=home)
        guide = EntitlementGuidePageFactory(parent=index, slug="housing-guide")
        guide.needs.set(Need.objects.filter(slug="housing"))
        guide.help_needs.set(Need.objects.filter(slug="housing"))
        guide.save_revision().publish()
        [answer] = guides_for(locale=home.locale, need="housing", status="refugee")
        [link] = answer.finder_links
        assert link.url == "/en/find/?need=housing&status=refugee"
        html = client.get(link.url).content.decode()
        assert "Housing Advice Line" in html and "Community Dentist" not in html
        assert 'value="housing" selected' in html and 'value="refugee" selected' in html

    def test_too_many_matching_services_ask_for_a_narrower_search(
        self, client, county, monkeypatch
    ):
        from portal.finder import selectors

        assert "not all of them are shown" not in client.get("/en/find/?q=free").content.decode()
        monkeypatch.setattr(selectors, "MAX_TEXT_MATCHES", 1)
        html = client.get("/en/find/?q=free").content.decode()
        assert "Add a word or choose a filter to narrow the search." in html

    def test_pagination_links_keep_the_filters(self, client, county, settings):
        from portal.finder import selectors

        original = selectors.PER_PAGE
        selectors.PER_PAGE = 2
        try:
            html = client.get("/en/find/?free=1").content.decode()
        finally:
            selectors.PER_PAGE = original
        assert 'href="?free=1&amp;page=2" rel="next"' in html


@pytest.mark.django_db
class BadInputTests:
    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        pairs=st.lists(
            st.tuples(
                st.sampled_from(PARAMS + ["x", "q[]"]),
                st.one_of(st.text(max_size=50), st.text(min_size=190, max_size=3000)),
            ),
            max_size=6,
        )
    )
    def test_any_parameters_never_cause_a_500(self, client, county, pairs):
        from urllib.parse import urlencode

        response = client.get("/en/find/?" + urlencode(pairs))
        assert response.status_code in (200, 400)
        if response.status_code == 400:
            assert 'role="alert"' in response.content.decode()


@pytest.mark.django_db
class PrivacyTests:
    def test_searches_are_neither_cached_nor_indexed(self, client, county):
        response = client.get("/en/find/?q=asylum&status=refused-asylum-seeker")
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        assert "noindex" in response["X-Robots-Tag"]
        assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
        assert "X-Page-Cache" not in response
        again = client.get("/en/find/?q=asylum&status=refused-asylum-seeker")
        assert "X-Page-Cache" not in again

    def test_referrer_policy_keeps_the_query_on_this_site(self, client, county):
        response = client.get("/en/find/?q=dentist")
        assert response["Referrer-Policy"] in {"same-origin", "no-referrer", "strict-origin"}
        assert '<meta name="referrer" content="same-origin">' in response.content.decode()

    def test_the_status_filter_says_it_is_not_stored(self, client, county):
        assert "We don't store this" in client.get("/en/find/").content.decode()

    def test_logs_contain_no_query_values(self, client, county, caplog):
        caplog.set_level(logging.DEBUG)
        secret_words = ["zanzibarword", "refused-asylum-seeker", "burnley"]
        client.get("/en/find/?q=zanzibarword&status=refused-asylum-seeker&district=burnley")
        client.get("/en/find/?q=zanzibarword&page=notanumber")  # a 400 is logged
        client.get("/en/find/print/?q=zanzibarword")
        client.get("/en/find/qr/?q=zanzibarword")
        logged = caplog.text + " ".join(str(r.args) for r in caplog.records)
        assert caplog.records, "nothing was logged: the capture is not working"
        for word in secret_words:
            assert word not in logged, word


@pytest.mark.django_db
class ShareAndPrintTests:
    def test_share_links_are_plain_links(self, client, county):
        html = client.get("/en/find/?need=food").content.decode()
        assert 'href="https://wa.me/?text=' in html
        assert 'href="sms:?&amp;body=' in html
        assert "need%3Dfood" in html or "need=food" in html
        assert 'href="/en/find/qr/?need=food"' in html

    def test_qr_code_is_an_svg_made_here(self, client, county):
        response = client.get("/en/find/qr/?need=food")
        assert response.status_code == 200
        assert response["Content-Type"] == "image/svg+xml"
        assert response.content.lstrip().startswith(b"<?xml") or b"<svg" in response.content[:200]
        assert b"http://testserver/en/find/?need=food" in response.content

    def test_service_qr_and_referral_card(self, client, county):
        food = county["services"]["food"]
        svg = client.get(f"/en/find/service/{food.pk}/qr/")
        assert svg["Content-Type"] == "image/svg+xml"
        html = client.get(f"/en/find/service/{food.pk}/").content.decode()
        assert "Preston Food Bank" in html and "Share this service" in html
        assert "Opening hours" in html

    def test_a_service_page_links_to_its_share_card_in_the_readers_language(self, client, county):
        food_ar = county["services"]["food"].get_translation(county["arabic"])
        html = client.get(food_ar.url).content.decode()
        card = f"/ar/find/service/{food_ar.pk}/"
        assert f'href="{card}"' in html
        assert client.get(card).status_code == 200

    def test_bilingual_print_of_a_service_shows_english_beside_arabic(self, client, county):
        food_ar = county["services"]["food"].get_translation(county["arabic"])
        html = client.get(f"/ar/find/service/{food_ar.pk}/").content.decode()
        assert "بنك الطعام في بريستون" in html
        assert '<section lang="en" dir="ltr">' in html and "Preston Food Bank" in html

    def test_bilingual_print_of_results(self, client, county):
        html = client.get("/ar/find/print/?q=الطعام").content.decode()
        assert "بنك الطعام في بريستون" in html and "Preston Food Bank" in html

    def test_a_closed_service_has_no_card(self, client, county):
        closed = county["services"]["closed"]
        assert client.get(f"/en/find/service/{closed.pk}/").status_code == 404
        assert client.get("/en/find/service/999999/qr/").status_code == 404


@pytest.mark.django_db
class EmbedTests:
    @override_settings(
        WIDGET_ALLOWED_ORIGINS=["https://charity.example.org", "https://nhs.example.net"]
    )
    def test_embed_may_be_framed_by_exactly_the_configured_origins(self, client, county):
        response = client.get("/en/find/embed/")
        assert response.status_code == 200
        assert csp_directives(response)["frame-ancestors"] == [
            "https://charity.example.org",
            "https://nhs.example.net",
        ]
        assert "X-Frame-Options" not in response
        html = response.content.decode()
        assert 'action="http://testserver/en/find/" target="_blank"' in html

    @override_settings(WIDGET_ALLOWED_ORIGINS=["https://charity.example.org"])
    def test_the_normal_finder_pages_deny_framing(self, client, county):
        for url in ("/en/find/", "/en/find/?q=food", "/en/find/print/"):
            response = client.get(url)
            assert csp_directives(response)["frame-ancestors"] == ["'none'"], url
            assert response["X-Frame-Options"] == "DENY", url

    def test_without_configured_origins_nobody_may_frame_it(self, client, county):
        response = client.get("/en/find/embed/")
        assert csp_directives(response)["frame-ancestors"] == ["'none'"]
