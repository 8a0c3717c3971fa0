"""Backend selection and the fallback to the database when Elasticsearch cannot answer.

The fallback is tested against a real, closed port on this machine (no fake cluster): the
Elasticsearch client really tries to connect and really fails. Tests that need a running cluster
run only when ELASTICSEARCH_URL is set (docs/search.md says how to start one).
"""

import io
import json
import logging
import os
import socket
import uuid

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

pytest.importorskip(
    "elasticsearch",
    reason="the elasticsearch client is not installed (pip install -e .): it is a dependency",
)

from portal.search import backends as es_backends  # noqa: E402
from portal.search.selectors import searchable_pages  # noqa: E402


def closed_local_port() -> int:
    """A port on loopback that nothing listens on: connecting to it is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def elasticsearch_backends(url: str, prefix: str = "portal_test_") -> dict:
    return {
        "default": {
            "BACKEND": "portal.search.backends",
            "URLS": [url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 2,
        },
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }


@pytest.fixture
def elasticsearch_down(settings):
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(
        f"http://127.0.0.1:{closed_local_port()}"
    )


@pytest.mark.django_db
class DefaultBackendTests:
    def test_without_elasticsearch_url_the_database_backend_searches(self):
        assert type(get_search_backend()).__module__.startswith("modelsearch.backends.database")

    def test_health_says_all_is_well(self, client, home):
        response = client.get("/health/")
        assert response.status_code == 200
        assert response.json() == {
            "status": "ok",
            "checks": {
                "database": "ok",
                "cache": "ok",
                "search": {"backend": "database", "status": "ok"},
            },
        }
        assert "no-cache" in response["Cache-Control"]

    def test_update_index_shows_its_progress(self, home, housing):
        out = io.StringIO()
        call_command("update_index", stdout=out)
        assert "Rebuilding index" in out.getvalue()
        assert "indexed" in out.getvalue()


@pytest.mark.django_db
class FallbackTests:
    def test_search_answers_from_the_database_when_elasticsearch_is_unreachable(
        self, client, housing, elasticsearch_down
    ):
        assert isinstance(get_search_backend(), es_backends.PortalElasticsearchBackend)
        response = client.get("/en/search/", {"q": "homeless"})
        assert response.status_code == 200
        assert "Finding somewhere to live" in response.content.decode()
        arabic = client.get("/ar/search/", {"q": "سكن"})
        assert "العثور على مكان للعيش" in arabic.content.decode()

    def test_one_warning_per_interval_and_never_the_query(
        self, client, housing, elasticsearch_down, caplog
    ):
        with caplog.at_level(logging.WARNING, logger="portal.search"):
            client.get("/en/search/", {"q": "homeless"})
            client.get("/en/search/", {"q": "nowhere"})
            # After the retry interval the cluster is tried again, but the warning is not repeated.
            from django.core.cache import cache

            cache.delete(es_backends.UNAVAILABLE_KEY)
            client.get("/en/search/", {"q": "council"})
        warnings = [r for r in caplog.records if r.name == "portal.search"]
        assert len(warnings) == 1
        message = warnings[0].getMessage()
        assert "unavailable" in message
        assert not any(word in message for word in ("homeless", "nowhere", "council", "127.0.0.1"))

    def test_autocomplete_and_counts_fall_back_too(self, housing, elasticsearch_down):
        backend = get_search_backend()
        pages = searchable_pages(language_code="en")
        assert [p.title for p in backend.autocomplete("findi", pages)] == [
            "Finding somewhere to live"
        ]
        results = backend.search("homeless", pages)
        assert results.count() == 1
        assert list(results[0:1])[0].title == "Finding somewhere to live"

    def test_health_reports_the_degraded_search_but_stays_up(
        self, client, home, elasticsearch_down
    ):
        response = client.get("/health/")
        assert response.status_code == 200
        body = response.json()
        assert body["status"] == "degraded"
        assert body["checks"]["search"] == {"backend": "elasticsearch", "status": "degraded"}

    def test_publishing_still_works_when_the_cluster_is_down(
        self, client, home, elasticsearch_down
    ):
        from portal.core.factories import StandardPageFactory

        page = StandardPageFactory(parent=home, title="Ferry timetable", slug="ferry")
        page.save_revision().publish()
        assert client.get("/en/ferry/").status_code == 200
        # The failed indexing call told search not to wait for the cluster either.
        assert es_backends.elasticsearch_is_marked_unavailable()
        page.title = "Ferry and bus timetable"
        page.save_revision().publish()  # fails fast, without another connection attempt
        # ...and the database index, which the fallback searches, has the new page.
        assert (
            "Ferry and bus timetable" in client.get("/en/search/", {"q": "ferry"}).content.decode()
        )


class IndexSettingsTests:
    def test_every_script_is_normalised_with_filters_a_stock_cluster_has(self):
        backend = es_backends.PortalElasticsearchBackend(
            {"URLS": ["http://127.0.0.1:1"], "INDEX_PREFIX": "council_a_"}
        )
        analysis = backend.settings["settings"]["analysis"]
        filters = analysis["analyzer"]["default"]["filter"]
        for name in ("arabic_normalization", "persian_normalization", "decimal_digit"):
            assert name in filters
        assert "icu" not in json.dumps(analysis)
        assert "ngram" in analysis["analyzer"]["ngram_analyzer"]["filter"]
        assert backend.get_index_for_model(Page).name == "council_a_wagtailcore_page"


ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
needs_cluster = pytest.mark.skipif(
    not ELASTICSEARCH_URL,
    reason="set ELASTICSEARCH_URL to a test cluster to run these (see docs/search.md)",
)


@needs_cluster
@pytest.mark.django_db
class RealClusterTests:
    @pytest.fixture
    def cluster(self, settings):
        prefix = f"portal_test_{uuid.uuid4().hex[:8]}_"
        settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(ELASTICSEARCH_URL, prefix)
        backend = get_search_backend()
        yield backend
        backend.es.indices.delete(index=f"{prefix}*", allow_no_indices=True)

    def test_english_and_arabic_searches_are_answered_by_the_cluster(
        self, client, housing, cluster
    ):
        call_command("update_index", backend_name="default", stdout=io.StringIO())
        cluster.get_index_for_model(Page).refresh()
        assert cluster.ping()
        english = client.get("/en/search/", {"q": "homeless"}).content.decode()
        assert "Finding somewhere to live" in english
        # Hamza and alef forms are normalised: "مأوى" is found as "ماوى".
        arabic = client.get("/ar/search/", {"q": "ماوى"}).content.decode()
        assert "العثور على مكان للعيش" in arabic
        assert client.get("/health/").json()["checks"]["search"]["status"] == "ok"
