"""The anonymous page cache: hits make no query, publishing anything makes pages fresh again,
readers' searches are never stored, and browsers can revalidate with 304."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from portal.core.factories import StandardPageFactory
from portal.core.models import PortalSettings
from portal.core.page_cache import HIT_HEADER, GenerationMemo, page_cache_purge
from portal.taxonomy.models import Need


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def stored_keys() -> list[str]:
    return list(cache._cache.keys())  # the local-memory backend's own store


@pytest.mark.django_db
class PageCacheHitTests:
    def test_second_visit_is_a_hit_with_no_database_query(
        self, client, home, django_assert_num_queries
    ):
        first = client.get("/en/")
        assert first[HIT_HEADER] == "miss"
        with django_assert_num_queries(0):
            second = client.get("/en/")
        assert second.status_code == 200
        assert second[HIT_HEADER] == "hit"
        assert second.content == first.content
        assert second["Content-Language"] == "en"

    def test_each_language_is_cached_on_its_own(self, client, home):
        client.get("/en/")
        arabic = client.get("/ar/")
        assert arabic[HIT_HEADER] == "miss"
        assert 'lang="ar"' in arabic.content.decode()
        assert client.get("/ar/")[HIT_HEADER] == "hit"

    def test_requests_with_a_query_string_are_never_stored(self, client, home):
        response = client.get("/en/", {"q": "asylum support Preston"})
        assert response.status_code == 200
        assert HIT_HEADER not in response
        assert not [key for key in stored_keys() if "Preston" in key]
        assert client.get("/en/", {"q": "asylum support Preston"}).get(HIT_HEADER) is None

    def test_signed_in_editors_always_see_the_live_site(self, admin_client, home):
        admin_client.get("/en/")
        assert HIT_HEADER not in admin_client.get("/en/")

    def test_not_found_pages_are_not_stored(self, client, home):
        client.get("/en/no-such-page/")
        assert client.get("/en/no-such-page/").get(HIT_HEADER) is None


@pytest.mark.django_db
class PageCachePurgeTests:
    def test_publishing_a_translation_shows_the_new_text_at_once(self, client, home, locales):
        arabic = home.get_translation(locales["ar"])
        client.get("/ar/")
        assert client.get("/ar/")[HIT_HEADER] == "hit"
        arabic.title = "مرحباً بكم"
        arabic.save_revision().publish()
        response = client.get("/ar/")
        assert response[HIT_HEADER] == "miss"
        assert "<h1>مرحباً بكم</h1>" in response.content.decode()

    def test_publishing_a_source_page_refreshes_every_language(self, client, home):
        for code in ("en", "ar", "uk"):
            client.get(f"/{code}/")
        home.introduction = "Updated introduction."
        home.save_revision().publish()
        for code in ("en", "ar", "uk"):
            assert client.get(f"/{code}/")[HIT_HEADER] == "miss", code

    def test_unpublishing_removes_the_page_from_listings(self, client, home):
        page = StandardPageFactory(parent=home, title="Bus passes", slug="bus-passes")
        page.show_in_menus = True
        page.save_revision().publish()
        assert "Bus passes" in client.get("/en/").content.decode()
        page.unpublish()
        assert "Bus passes" not in client.get("/en/").content.decode()
        assert client.get("/en/bus-passes/").status_code == 404

    def test_moving_a_page_purges(self, client, home):
        first = StandardPageFactory(parent=home, slug="first")
        second = StandardPageFactory(parent=home, slug="second")
        assert client.get("/en/second/").status_code == 200
        Page.objects.get(pk=second.pk).move(first, pos="last-child")
        # Not the stale copy: Wagtail's automatic redirect to the page's new address.
        old_address = client.get("/en/second/")
        assert old_address.status_code == 301
        assert old_address["Location"] == "/en/first/second/"
        assert client.get("/en/first/second/").status_code == 200

    def test_deleting_a_page_purges(self, client, home):
        page = StandardPageFactory(parent=home, slug="to-delete")
        assert client.get("/en/to-delete/").status_code == 200
        page.delete()
        assert client.get("/en/to-delete/").status_code == 404

    def test_changing_the_footer_numbers_purges(self, client, home):
        client.get("/en/")
        portal_settings = PortalSettings.load()
        portal_settings.asylum_helpline_number = "0808 0000 000"
        portal_settings.save()
        response = client.get("/en/")
        assert response[HIT_HEADER] == "miss"
        assert "0808 0000 000" in response.content.decode()

    def test_making_a_page_private_takes_it_off_the_public_site_at_once(self, client, home):
        page = StandardPageFactory(parent=home, slug="partners-only")
        assert client.get("/en/partners-only/").status_code == 200
        assert client.get("/en/partners-only/")[HIT_HEADER] == "hit"
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
        for url in ("/en/partners-only/", "/en/partners-only/?from=leaflet"):
            response = client.get(url)
            assert response.status_code == 302, url
            assert "/login/" in response["Location"]
        restriction.delete()
        assert client.get("/en/partners-only/").status_code == 200

    def test_renaming_an_organisation_shows_on_its_services_at_once(self, client, home):
        from portal.directory.factories import (
            DistrictIndexPageFactory,
            DistrictPageFactory,
            ServicePageFactory,
        )

        district = DistrictPageFactory(parent=DistrictIndexPageFactory(parent=home))
        service = ServicePageFactory(parent=district)
        url = service.get_url()
        assert service.organisation.name in client.get(url).content.decode()
        assert client.get(url)[HIT_HEADER] == "hit"
        service.organisation.name = "Lancashire Sanctuary Network"
        service.organisation.save()
        assert "Lancashire Sanctuary Network" in client.get(url).content.decode()

    def test_renaming_a_taxonomy_label_purges(self, client, home):
        client.get("/en/")
        Need.objects.create(slug="transport", label_en="Transport")
        assert client.get("/en/")[HIT_HEADER] == "miss"


@pytest.mark.django_db
class ConditionalRequestTests:
    def test_unchanged_page_answers_304_to_its_etag(self, client, home):
        first = client.get("/en/")
        assert first["ETag"]
        assert "Last-Modified" in first
        assert "must-revalidate" in first["Cache-Control"]
        for response in (
            client.get("/en/", headers={"if-none-match": first["ETag"]}),
            client.get("/en/", headers={"if-modified-since": first["Last-Modified"]}),
        ):
            assert response.status_code == 304
            assert response.content == b""

    def test_changed_page_answers_200_with_a_new_etag(self, client, home):
        first = client.get("/en/")
        home.introduction = "Something new."
        home.save_revision().publish()
        response = client.get("/en/", headers={"if-none-match": first["ETag"]})
        assert response.status_code == 200
        assert response["ETag"] != first["ETag"]


@pytest.mark.django_db
class CachedSiteTests:
    def test_an_edited_site_is_seen_on_the_next_request(self, client, home):
        from wagtail.models import Site

        other_root = StandardPageFactory(parent=Page.get_first_root_node(), slug="other-root")
        assert client.get("/en/").status_code == 200
        site = Site.objects.get(is_default_site=True)
        site.root_page = other_root
        site.save()
        assert f"<h1>{other_root.title}</h1>" in client.get("/en/").content.decode()
        site.root_page = home
        site.save()
        assert client.get("/en/").status_code == 200


@pytest.mark.django_db  # a purge also waits for the transaction to commit
class GenerationMemoTests:
    def test_answers_are_kept_until_the_next_purge(self):
        memo = GenerationMemo()
        calls = []
        assert memo.get("a", lambda: calls.append(1) or "first") == "first"
        assert memo.get("a", lambda: calls.append(1) or "second") == "first"
        page_cache_purge()
        assert memo.get("a", lambda: calls.append(1) or "third") == "third"
        assert len(calls) == 2

    def test_only_the_most_recently_used_answers_are_kept(self):
        memo = GenerationMemo(max_entries=2)
        memo.get("a", lambda: 1)
        memo.get("b", lambda: 2)
        memo.get("a", lambda: 1)  # used again: "b" is now the oldest
        memo.get("c", lambda: 3)
        assert memo.get("a", lambda: "again") == 1
        assert memo.get("b", lambda: "again") == "again"

    def test_many_at_once_computes_only_the_missing(self):
        memo = GenerationMemo()
        memo.get("a", lambda: 1)
        asked = []

        def compute(missing):
            asked.extend(missing)
            return {key: key.upper() for key in missing}

        assert memo.get_many(["a", "b", "c"], compute) == {"a": 1, "b": "B", "c": "C"}
        assert asked == ["b", "c"]
