"""What partners rely on: filters, paging, languages, hidden addresses, limits and errors."""

import datetime
import json

from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from portal.api.taxonomies import oruk_taxonomies

API = "/api/oruk"
ENDPOINTS = ("services", "service_at_locations", "taxonomies", "taxonomy_terms", "organizations")


def names(client, query="", endpoint="services"):
    response = client.get(f"{API}/{endpoint}?{query}")
    assert response.status_code == 200, response.content
    items = response.json()["contents"]
    if endpoint == "service_at_locations":
        return {(item["service"]["name"], item["location"].get("name")) for item in items}
    return {item["name"] for item in items}


def term_id(taxonomy_slug, term_slug):
    taxonomy = next(t for t in oruk_taxonomies() if t.slug == taxonomy_slug)
    return next(term.id for term in taxonomy.terms if term.slug == term_slug)


def everything(client, query=""):
    """Every list and every record, as one text, for looking for what must never appear."""
    bodies = []
    for endpoint in ENDPOINTS:
        body = client.get(f"{API}/{endpoint}?per_page=200&{query}").json()
        bodies.append(json.dumps(body, ensure_ascii=False))
        for item in body["contents"]:
            detail = client.get(f"{API}/{endpoint}/{item['id']}?{query}")
            assert detail.status_code == 200
            bodies.append(detail.content.decode())
    return "\n".join(bodies)


class VisibilityTests:
    def test_closed_and_long_unverified_services_are_never_published(self, client, directory):
        text = everything(client)
        assert "Old food bank" not in text and "Forgotten service" not in text
        for service in (directory.closed, directory.stale):
            assert client.get(f"{API}/services/{service.translation_key}").status_code == 404

    def test_a_hidden_address_never_appears_in_any_response(self, client, directory):
        directory.translate(directory.refuge, "ar", "بيت آمن للنساء")
        for query in ("", "lang=ar", "postcode=PR2", "postcode=PR2 9ZZ"):
            text = everything(client, query)
            for secret in ("Larkspur", "Secret Lane", "Fulwood", "9ZZ", "53.79", "-2.7,", "-2.7}"):
                assert secret not in text, (query, secret)
        detail = client.get(
            f"{API}/service_at_locations/{directory.refuge_location.translation_key}"
        )
        address = detail.json()["location"]["addresses"][0]
        assert address["postal_code"] == "PR2"  # the area only, as the public page shows

    def test_postcodes_and_distances_cannot_find_a_hidden_address(self, client, directory):
        exact = names(client, "postcode=PR2 9ZZ", "service_at_locations")
        elsewhere = names(client, "postcode=PR2 1AA", "service_at_locations")
        assert exact == elsewhere  # the full postcode tells nothing more than its area
        # Its coordinates are never used: not as a centre, not as a place near one.
        far = client.get(f"{API}/service_at_locations?postcode=PR2 9ZZ&proximity=100")
        assert far.status_code == 400 and far.json()["parameter"] == "postcode"
        near = client.get(f"{API}/service_at_locations?postcode=PR1 3BQ&proximity=50000").json()
        found = {item["location_id"] for item in near["contents"]}
        assert found and str(directory.refuge_location.translation_key) not in json.dumps(near)


class FilterTests:
    def test_needs_statuses_languages_and_access_terms(self, client, directory):
        english = term_id("needs", "english-language")
        assert names(client, f"taxonomy_term_id={english}") == {"English conversation club"}
        # Open to everyone counts for every status.
        asylum = term_id("immigration-statuses", "asylum-seeker")
        assert names(client, f"taxonomy_term_id={asylum}") == {
            "Welcome drop-in",
            "English conversation club",
        }
        refugee = term_id("immigration-statuses", "refugee")
        assert "Safe house for women" in names(client, f"taxonomy_term_id={refugee}")
        referral = term_id("access", "referral-needed")
        assert names(client, f"taxonomy_term_id={referral}") == {"Safe house for women"}
        arabic = term_id("spoken-languages", "ar")
        assert len(names(client, f"taxonomy_term_id={arabic}")) == 3

    def test_an_unknown_term_or_taxonomy_matches_nothing(self, client, directory):
        unknown = "00000000-0000-4000-8000-000000000000"
        assert names(client, f"taxonomy_term_id={unknown}") == set()
        assert names(client, f"taxonomy_id={unknown}") == set()

    def test_taxonomy_id_and_taxonomy_terms_listing(self, client, directory):
        needs = next(t for t in oruk_taxonomies() if t.slug == "needs")
        assert len(names(client, f"taxonomy_id={needs.id}")) == 3
        terms = client.get(f"{API}/taxonomy_terms?taxonomy_id={needs.id}&per_page=200").json()
        assert terms["total_items"] == len(needs.terms)
        assert {t["taxonomy_id"] for t in terms["contents"]} == {needs.id}

    def test_statuses_are_published_as_our_own_taxonomy(self, client, directory):
        statuses = next(t for t in oruk_taxonomies() if t.slug == "immigration-statuses")
        detail = client.get(f"{API}/taxonomies/{statuses.id}").json()
        assert {term["term"] for term in detail["taxonomy_terms"]} >= {
            "asylum-seeker",
            "refugee",
            "no-recourse-to-public-funds",
        }

    def test_search_day_times_age_organisation_and_modified_after(self, client, directory):
        assert names(client, "search=tea") == {"English conversation club"}
        assert names(client, "search=nothing-like-this") == set()
        assert names(client, "day=SA") == {"Welcome drop-in"}
        assert names(client, "day=MO&start_time=09:00&end_time=17:00") == {"Welcome drop-in"}
        assert names(client, "day=SA&start_time=11:00") == set()
        assert names(client, "minimum_age=16") == {"Welcome drop-in"}
        organisation = directory.organisation.translation_key
        assert names(client, f"organization_id={organisation}") == {
            "Welcome drop-in",
            "English conversation club",
        }
        tomorrow = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()
        assert names(client, f"modified_after={tomorrow}") == set()
        assert len(names(client, "modified_after=2020-01-01T00:00:00Z")) == 3

    def test_postcode_area(self, client, directory):
        assert names(client, "postcode=PR7", "service_at_locations") == {
            ("English conversation club", "Chorley Library")
        }
        assert names(client, "postcode=PR7 1EB") == {"English conversation club"}
        assert names(client, "postcode=PR7 9XX") == set()

    def test_service_areas_come_from_districts(self, client, directory):
        drop_in = client.get(f"{API}/services/{directory.drop_in.translation_key}").json()
        assert {a["name"] for a in drop_in["service_areas"]} == {"Preston", "Chorley"}
        esol = client.get(f"{API}/services/{directory.esol.translation_key}").json()
        assert len(esol["service_areas"]) == 14  # county-wide: every district

    def test_schedules_costs_contacts_and_assured_date(self, client, directory):
        drop_in = client.get(f"{API}/services/{directory.drop_in.translation_key}").json()
        weekly = {s["byday"]: (s["opens_at"], s["closes_at"]) for s in drop_in["schedules"]}
        assert weekly == {"MO,TU,WE,TH,FR": ("09:30", "16:00"), "SA": ("10:00", "13:00")}
        assert drop_in["assured_date"] == directory.drop_in.verified_on.isoformat()
        assert drop_in["cost_options"][0]["amount"] == 0
        numbers = {p["number"] for p in drop_in["contacts"][0]["phones"]}
        assert numbers == {"01772 123 456", "+44 7700 900123"}
        refuge = client.get(f"{API}/services/{directory.refuge.translation_key}").json()
        assert refuge["status"] == "temporarily closed" and refuge["alert"] == "Full until March"
        assert refuge["cost_options"][0]["amount_description"] == "£1 a week"


class PagingTests:
    def test_pages_cover_every_record_once(self, client, directory):
        seen = []
        for page in (1, 2, 3):
            body = client.get(f"{API}/services?per_page=1&page={page}").json()
            assert body["total_items"] == 3 and body["total_pages"] == 3
            assert body["page_number"] == page and body["size"] == 1
            assert body["first_page"] is (page == 1) and body["last_page"] is (page == 3)
            seen += [item["id"] for item in body["contents"]]
        assert len(set(seen)) == 3
        beyond = client.get(f"{API}/services?per_page=1&page=4").json()
        assert beyond["contents"] == [] and beyond["size"] == 0 and beyond["last_page"] is True

    def test_an_empty_result_says_so(self, client, db):
        body = client.get(f"{API}/services").json()
        assert body["empty"] is True and body["total_items"] == 0 and body["contents"] == []


class LanguageTests:
    def test_source_language_by_default_translation_when_asked(self, client, directory):
        directory.translate(directory.drop_in, "ar", "مركز الترحيب")
        assert "Welcome drop-in" in names(client)
        arabic = names(client, "lang=ar")
        assert "مركز الترحيب" in arabic and "English conversation club" in arabic  # fallback
        header = names(client.__class__(HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5"))
        assert header == arabic
        response = client.get(f"{API}/services?lang=ar")
        assert response["Content-Language"] == "ar"
        assert "Accept-Language" in response["Vary"]

    def test_ids_are_the_same_in_every_language(self, client, directory):
        directory.translate(directory.drop_in, "uk", "Центр зустрічей")
        english = client.get(f"{API}/services/{directory.drop_in.translation_key}").json()
        ukrainian = client.get(f"{API}/services/{directory.drop_in.translation_key}?lang=uk").json()
        assert ukrainian["name"] == "Центр зустрічей" and english["id"] == ukrainian["id"]
        assert (
            english["service_at_locations"][0]["id"] == ukrainian["service_at_locations"][0]["id"]
        )

    def test_error_messages_are_in_the_language_asked_for(self, client, db):
        response = client.get(f"{API}/services?lang=ar&per_page=0")
        assert response.status_code == 400
        assert response.json()["message"] == "أدخل عددًا صحيحًا من 1 إلى 200."

    def test_an_unknown_language_is_a_clear_400(self, client, db):
        response = client.get(f"{API}/services?lang=xx")
        assert response.status_code == 400
        assert response.json()["parameter"] == "lang" and "ar" in response.json()["message"]


class ProtocolTests:
    def test_cors_is_open_for_get_and_the_api_is_read_only(self, client, db):
        response = client.get(f"{API}/services", HTTP_ORIGIN="https://partner.example")
        assert response["Access-Control-Allow-Origin"] == "*"
        preflight = client.options(f"{API}/services", HTTP_ORIGIN="https://partner.example")
        assert preflight.status_code == 204 and "GET" in preflight["Access-Control-Allow-Methods"]
        for method in (client.post, client.put, client.delete):
            response = method(f"{API}/services")
            assert response.status_code == 405 and response.json()["error"] == "method_not_allowed"
        assert "Set-Cookie" not in client.get(f"{API}/services").headers

    def test_answers_are_cached_and_a_publish_refreshes_them(self, client, directory):
        first = client.get(f"{API}/services").content
        assert "public" in client.get(f"{API}/services")["Cache-Control"]
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"{API}/services").content == first
        assert len(queries) == 0
        directory.esol.title = "English conversation café"
        directory.esol.save_revision().publish()
        assert "English conversation café" in names(client)

    @override_settings(API_ORUK_RATE_LIMIT=3)
    def test_a_client_over_the_limit_is_told_when_to_come_back(self, client, db):
        for _ in range(3):
            assert client.get(f"{API}/taxonomies").status_code == 200
        response = client.get(f"{API}/taxonomies")
        assert response.status_code == 429
        assert 1 <= int(response["Retry-After"]) <= 61
        assert response.json()["error"] == "too_many_requests"
        other = client.__class__(REMOTE_ADDR="192.0.2.77")
        assert other.get(f"{API}/taxonomies").status_code == 200  # per client, not for all

    def test_unknown_ids_and_paths_are_json_404s(self, client, db):
        for url in (
            f"{API}/services/00000000-0000-4000-8000-000000000000",
            f"{API}/services/not-a-uuid",
            f"{API}/organizations/%00",
            f"{API}/taxonomy_terms/123",
            f"{API}/nothing-here",
        ):
            response = client.get(url)
            assert response.status_code == 404, url
            assert response.json()["error"] == "not_found"

    def test_bad_parameters_name_the_parameter(self, client, db):
        for query, parameter in (
            ("per_page=0", "per_page"),
            ("per_page=1000", "per_page"),
            ("page=-1", "page"),
            ("taxonomy_term_id=housing", "taxonomy_term_id"),
            ("modified_after=yesterday", "modified_after"),
            ("day=Funday", "day"),
            ("start_time=25:00", "start_time"),
            ("postcode=NOT A POSTCODE", "postcode"),
            ("proximity=500", "proximity"),
            ("minimum_age=NaN", "minimum_age"),
        ):
            response = client.get(f"{API}/services?{query}")
            assert response.status_code == 400, query
            assert response.json()["parameter"] == parameter, query

    @hypothesis_settings(
        max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(
        endpoint=st.sampled_from(ENDPOINTS),
        parameter=st.sampled_from(
            [
                "search",
                "page",
                "per_page",
                "taxonomy_term_id",
                "taxonomy_id",
                "modified_after",
                "day",
                "start_time",
                "end_time",
                "postcode",
                "proximity",
                "minimum_age",
                "lang",
                "organization_id",
            ]
        ),
        value=st.text(max_size=300),
    )
    def test_no_input_causes_a_server_error(self, client, db, endpoint, parameter, value):
        response = client.get(f"{API}/{endpoint}", {parameter: value, "postcode": "PR1"})
        assert response.status_code in (200, 400)
        assert response["Content-Type"] == "application/json"
        response = client.get(f"{API}/{endpoint}/{value[:90].replace('/', '')}")
        assert response.status_code in (200, 404)


class QueryCountTests:
    def count(self, client, url):
        from django.core.cache import cache

        cache.clear()
        client.get(url)  # per-process caches warm, as on a running server
        cache.clear()  # a cold answer, not the cached one
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    def test_list_queries_do_not_grow_with_the_number_of_records(self, client, directory):
        from portal.directory.factories import ServicePageFactory

        def add_services(count):
            for _ in range(count):
                # No website: its url is the portal page's, which must not cost a query each.
                ServicePageFactory(parent=directory.preston, website="")

        add_services(1)
        for url in (f"{API}/services", f"{API}/service_at_locations", f"{API}/organizations"):
            before = self.count(client, url)
            add_services(3)
            assert self.count(client, url) == before, url
