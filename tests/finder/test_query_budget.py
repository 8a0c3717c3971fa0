"""The finder's database queries per request stay few (at most 8) and do not grow with the
number of services or results: bench/finder.py measures the time, this proves the count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.core.page_cache import page_cache_purge
from portal.directory.models import DistrictPage
from portal.entitlements.factories import EntitlementGuidePageFactory, EntitlementIndexPageFactory
from portal.finder import selectors
from portal.taxonomy.models import Need
from tests.finder.conftest import service

MAX_QUERIES = 8
URLS = [
    "/en/find/?q=food&district=preston",
    "/ar/find/?q=food",
    "/ar/find/?q=advice&status=asylum-seeker&free=1",
    "/en/find/?need=housing&status=refugee",
    "/ar/find/?need=food&open_now=1",
    "/en/find/?page=1",
    "/en/find/?q=zzzz",
]


def queries_per_url(client) -> dict[str, int]:
    """Queries of each URL's first request after a publish, once the finder page itself has
    been served (its index, its frame, the organisations, the guides for its need and status:
    once per publish), with its cards still to load from the database."""
    counts = {}
    for url in URLS:
        page_cache_purge()
        path, _, query = url.partition("?")
        params = dict(part.split("=") for part in query.split("&"))
        warm = {"page": "1", **{k: v for k, v in params.items() if k in ("need", "status")}}
        client.get(path, warm)
        selectors._result_services.clear()  # the cards the warm-up loaded: load them again
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries)
    return counts


@pytest.fixture
def guides(home):
    index = EntitlementIndexPageFactory(parent=home)
    for slug, need in (("housing-help", "housing"), ("food-help", "food")):
        guide = EntitlementGuidePageFactory(parent=index, slug=slug)
        guide.needs.set(Need.objects.filter(slug=need))
        guide.help_needs.set(Need.objects.filter(slug=need))
        guide.save_revision().publish()


@pytest.mark.django_db
class FinderQueryBudgetTests:
    def test_few_queries_whatever_the_number_of_services(self, client, county, guides):
        few = queries_per_url(client)
        assert max(few.values()) <= MAX_QUERIES, few

        preston = DistrictPage.objects.get(district__slug="preston", locale__language_code="en")
        for n in range(30):
            service(
                preston,
                title=f"Food and advice point {n}",
                summary="Free food and advice for asylum seekers.",
                needs=["food", "housing"],
                statuses=("asylum-seeker", "refugee"),
            )
        many = queries_per_url(client)
        assert many == few

    def test_a_page_of_results_seen_before_costs_no_query_for_its_cards(self, client, county):
        client.get("/en/find/?page=1")
        with CaptureQueriesContext(connection) as again:
            response = client.get("/en/find/?page=1")
        assert "Preston Food Bank" in response.content.decode()
        assert not [q for q in again.captured_queries if "directory_openinghours" in q["sql"]]

    def test_a_publish_shows_the_change_on_the_next_search(self, client, county):
        assert "Preston Food Bank" in client.get("/en/find/?q=food").content.decode()
        food = county["services"]["food"]
        food.title = "Preston Community Pantry"
        food.save_revision().publish()
        html = client.get("/en/find/?q=food").content.decode()
        assert "Preston Community Pantry" in html and "Preston Food Bank" not in html
