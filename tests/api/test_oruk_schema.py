"""Every ORUK endpoint's answers validate against the Open Referral UK v3.0 schemas."""

import importlib.util
import io

import pytest

from portal.directory.factories import taxonomy_term
from portal.taxonomy.models import Need
from tests.api.oruk_schema import validate, validate_page

API = "/api/oruk"


def get_json(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.content[:500])
    assert response["Content-Type"] == "application/json"
    return response.json()


def crawl_and_validate(client, query: str = "") -> dict:
    """Every list and every record each list names, validated. Returns what was seen."""
    seen = {}
    services = get_json(client, f"{API}/services?per_page=200{query}")
    validate_page(services, "compiled/service_list.json")
    seen["services"] = services["contents"]
    for service in services["contents"]:
        validate(
            get_json(client, f"{API}/services/{service['id']}?{query}"), "compiled/service.json"
        )

    taxonomies = get_json(client, f"{API}/taxonomies?{query}")
    validate_page(taxonomies, "taxonomy.json")
    for taxonomy in taxonomies["contents"]:
        detail = get_json(client, f"{API}/taxonomies/{taxonomy['id']}?{query}")
        validate(detail, "taxonomy.json")
        assert detail["taxonomy_terms"]

    terms = get_json(client, f"{API}/taxonomy_terms?per_page=200{query}")
    validate_page(terms, "taxonomy_term.json")
    seen["terms"] = terms["contents"]
    for term in terms["contents"][:60]:
        validate(
            get_json(client, f"{API}/taxonomy_terms/{term['id']}?{query}"), "taxonomy_term.json"
        )

    places = get_json(client, f"{API}/service_at_locations?per_page=200{query}")
    validate_page(places, "compiled/service_at_location_list.json")
    seen["service_at_locations"] = places["contents"]
    for place in places["contents"]:
        detail = get_json(client, f"{API}/service_at_locations/{place['id']}?{query}")
        validate(detail, "compiled/service_at_location.json")

    organisations = get_json(client, f"{API}/organizations?per_page=200{query}")
    validate_page(organisations, "compiled/organization_list.json")
    seen["organizations"] = organisations["contents"]
    for organisation in organisations["contents"]:
        detail = get_json(client, f"{API}/organizations/{organisation['id']}?{query}")
        validate(detail, "compiled/organization.json")
    return seen


class OrukSchemaTests:
    def test_root_names_version_profile_and_openapi(self, client, db):
        root = get_json(client, f"{API}/")
        assert root["version"] == "3.0"
        assert root["profile"].startswith("https://")
        document = get_json(client, root["openapi_url"].replace("http://testserver", ""))
        assert document["openapi"].startswith("3.")
        for path in (
            "/services",
            "/services/{id}",
            "/taxonomies",
            "/taxonomies/{id}",
            "/taxonomy_terms",
            "/taxonomy_terms/{id}",
            "/service_at_locations",
            "/service_at_locations/{id}",
            "/organizations",
            "/organizations/{id}",
        ):
            parameters = document["paths"][path]["get"]["parameters"]
            assert {"$ref": "#/components/parameters/lang"} in parameters, path
        lang = document["components"]["parameters"]["lang"]
        assert "ar" in lang["schema"]["enum"] and "Accept-Language" in lang["description"]

    def test_every_endpoint_validates_over_realistic_services(self, client, directory):
        seen = crawl_and_validate(client)
        assert {s["name"] for s in seen["services"]} == {s.title for s in directory.visible}
        assert len(seen["service_at_locations"]) == 3
        assert len(seen["organizations"]) == 2

    def test_every_endpoint_validates_in_arabic(self, client, directory):
        directory.translate(directory.drop_in, "ar", "مركز الترحيب")
        housing = taxonomy_term(Need, "slug", "housing")
        housing.label_ar = "السكن"
        housing.save()
        seen = crawl_and_validate(client, "&lang=ar")
        assert "مركز الترحيب" in {s["name"] for s in seen["services"]}
        assert "السكن" in {t["name"] for t in seen["terms"]}

    @pytest.mark.skipif(
        importlib.util.find_spec("portal.directory.demo") is None,
        reason="the directory's demo loader (portal/directory/demo.py) is not on this branch yet",
    )
    def test_every_endpoint_validates_over_the_demo(self, client, home, locales, publish_on_commit):
        from portal.directory import demo
        from portal.taxonomy.operations import taxonomy_load_defaults

        taxonomy_load_defaults()  # as load_demo does first
        demo.load(stdout=io.StringIO())
        seen = crawl_and_validate(client)
        assert len(seen["services"]) >= 10
        assert crawl_and_validate(client, "&lang=ar")["services"]
