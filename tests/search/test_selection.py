"""Which backend searches, and what every searchable page type must index (no cluster needed)."""

import json
import os


def test_elasticsearch_url_selects_elasticsearch_with_the_database_kept_as_fallback():
    import subprocess
    import sys

    code = (
        "import json; from portal.settings import base; "
        "print(json.dumps(base.WAGTAILSEARCH_BACKENDS))"
    )
    env = {
        **os.environ,
        "ELASTICSEARCH_URL": "https://search.example:9200",
        "ELASTICSEARCH_INDEX_PREFIX": "lancashire_",
    }
    output = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    backends = json.loads(output)
    assert backends["default"]["BACKEND"] == "portal.search.backends"
    assert backends["default"]["URLS"] == ["https://search.example:9200"]
    assert backends["default"]["INDEX_PREFIX"] == "lancashire_"
    assert backends["database"]["BACKEND"] == "wagtail.search.backends.database"


def test_every_searchable_page_type_filters_on_locale_id():
    from wagtail.models import get_page_models
    from wagtail.search import index

    for model in get_page_models():
        if not model.__module__.startswith("portal."):
            continue
        filters = {
            field.field_name
            for field in model.get_search_fields()
            if isinstance(field, index.FilterField)
        }
        assert "locale_id" in filters, model
