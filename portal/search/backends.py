"""Elasticsearch, with the database backend standing in whenever the cluster cannot answer.

Settings name this module as the ``default`` backend when ``ELASTICSEARCH_URL`` is set, next to a
``database`` backend that is kept up to date too (it is the fallback's index). A search that
cannot reach Elasticsearch — connection refused, timeout, a red cluster, a missing index — is
answered from the database backend instead, so readers, the finder and the admin keep working.
After a failure Elasticsearch is left alone for ``RETRY_SECONDS`` (so a dead cluster costs one
timeout per interval, not one per request), and one warning is logged per ``WARN_SECONDS``.
What was searched for is never logged: only the kind of failure.

The Python client's major version picks the modelsearch backend: ``elasticsearch`` 9.x talks to
an Elasticsearch 9 cluster, 8.x to Elasticsearch 8 (docs/search.md).
"""

from __future__ import annotations

import logging

import elasticsearch
from django.core.cache import cache
from elastic_transport import TransportError

if elasticsearch.__versionstr__.startswith("8."):
    from modelsearch.backends.elasticsearch8 import (
        Elasticsearch8Mapping as BaseMapping,
    )
    from modelsearch.backends.elasticsearch8 import (
        Elasticsearch8SearchBackend as BaseBackend,
    )
    from modelsearch.backends.elasticsearch8 import (
        Elasticsearch8SearchResults as BaseResults,
    )
else:
    from modelsearch.backends.elasticsearch9 import (
        Elasticsearch9Mapping as BaseMapping,
    )
    from modelsearch.backends.elasticsearch9 import (
        Elasticsearch9SearchBackend as BaseBackend,
    )
    from modelsearch.backends.elasticsearch9 import (
        Elasticsearch9SearchResults as BaseResults,
    )

logger = logging.getLogger("portal.search")

UNAVAILABLE_KEY = "search:elasticsearch-unavailable"
WARNED_KEY = "search:elasticsearch-warned"
RETRY_SECONDS = 30
WARN_SECONDS = 300
FALLBACK_BACKEND = "database"

# Every failure of the cluster or of the connection to it; programming errors still raise.
UNAVAILABLE_ERRORS = (TransportError, elasticsearch.ApiError)

# One index holds every language, so analysis is language-neutral but script-aware: Arabic,
# Persian and Sorani letters are normalised (hamza forms, ی/ي, ک/ك, tatweel), Eastern Arabic
# digits become 0-9 (phone numbers, postcodes), and accents are matched with or without their
# marks (é = e, Vietnamese tones) while the original is kept. Only built-in filters: this works on
# a stock cluster, without the ICU plugin.
TEXT_FILTERS = [
    "lowercase",
    "decimal_digit",
    "arabic_normalization",
    "persian_normalization",
    "sorani_normalization",
    "portal_folding",
]
INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {"portal_folding": {"type": "asciifolding", "preserve_original": True}},
            "analyzer": {
                "default": {"type": "custom", "tokenizer": "standard", "filter": TEXT_FILTERS},
                "portal_text": {"type": "custom", "tokenizer": "standard", "filter": TEXT_FILTERS},
                "ngram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*TEXT_FILTERS, "ngram"],
                },
                "edgengram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*TEXT_FILTERS, "edgengram"],
                },
            },
        }
    }
}


class ElasticsearchUnavailable(Exception):
    """Raised instead of calling a cluster already known to be unreachable."""


def elasticsearch_is_marked_unavailable() -> bool:
    return bool(cache.get(UNAVAILABLE_KEY))


def elasticsearch_mark_unavailable(error: Exception) -> None:
    cache.set(UNAVAILABLE_KEY, True, timeout=RETRY_SECONDS)
    if cache.add(WARNED_KEY, True, timeout=WARN_SECONDS):
        # The kind of error only: its message may hold the query or the cluster's credentials.
        logger.warning(
            "Elasticsearch is unavailable (%s); searching the database backend instead. "
            "Next warning in %d seconds at the earliest.",
            type(error).__name__,
            WARN_SECONDS,
        )


def fallback_backend():
    from modelsearch.backends import get_search_backend

    return get_search_backend(FALLBACK_BACKEND)


class PortalMapping(BaseMapping):
    # Queries are analysed like the text they search, not with the stock "standard" analyser.
    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": "portal_text",
    }


class FallbackSearchResults(BaseResults):
    """Elasticsearch results that are fetched from the database backend when ES cannot answer."""

    def _fallback_results(self):
        compiler = self.query_compiler
        backend = fallback_backend()
        method = (
            backend.autocomplete
            if isinstance(compiler, self.backend.autocomplete_query_compiler_class)
            else backend.search
        )
        results = method(
            compiler.query,
            compiler.queryset,
            fields=compiler.fields,
            order_by_relevance=compiler.order_by_relevance,
        )
        if self._score_field:
            results = results.annotate_score(self._score_field)
        results.start, results.stop = self.start, self.stop
        return results

    def _do_search(self):
        if not elasticsearch_is_marked_unavailable():
            try:
                return list(super()._do_search())
            except UNAVAILABLE_ERRORS as error:
                elasticsearch_mark_unavailable(error)
        return list(self._fallback_results()._do_search())

    def _do_count(self):
        if not elasticsearch_is_marked_unavailable():
            try:
                return super()._do_count()
            except UNAVAILABLE_ERRORS as error:
                elasticsearch_mark_unavailable(error)
        return self._fallback_results()._do_count()


class PortalElasticsearchBackend(BaseBackend):
    mapping_class = PortalMapping
    results_class = FallbackSearchResults

    def __init__(self, params):
        params.setdefault("INDEX_SETTINGS", INDEX_SETTINGS)
        super().__init__(params)

    # Publishing while the cluster is down: modelsearch logs the error and carries on (the page is
    # published and in the database index). Once one call has failed, the next ones fail at once
    # instead of each waiting for a timeout in an editor's request.
    def _write(self, method, *args):
        if elasticsearch_is_marked_unavailable():
            raise ElasticsearchUnavailable("Elasticsearch is unavailable; run update_index later.")
        try:
            return method(*args)
        except UNAVAILABLE_ERRORS as error:
            elasticsearch_mark_unavailable(error)
            raise

    def add(self, obj):
        return self._write(super().add, obj)

    def add_bulk(self, model, obj_list):
        return self._write(super().add_bulk, model, obj_list)

    def delete(self, obj):
        return self._write(super().delete, obj)

    def ping(self) -> bool:
        """True when the cluster answers (health endpoint); never raises."""
        try:
            return bool(self.es.ping())
        except Exception:  # noqa: BLE001 - any failure means "not available"
            return False


# The query compilers build mappings from mapping_class; point them at ours.
PortalElasticsearchBackend.query_compiler_class = type(
    "PortalSearchQueryCompiler",
    (BaseBackend.query_compiler_class,),
    {"mapping_class": PortalMapping},
)
PortalElasticsearchBackend.autocomplete_query_compiler_class = type(
    "PortalAutocompleteQueryCompiler",
    (BaseBackend.autocomplete_query_compiler_class,),
    {"mapping_class": PortalMapping},
)

SearchBackend = PortalElasticsearchBackend
