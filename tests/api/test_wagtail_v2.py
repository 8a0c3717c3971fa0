import pytest
from wagtail.models import PageViewRestriction

from portal.core.factories import StandardPageFactory


@pytest.mark.django_db
class PagesEndpointTests:
    def test_lists_published_public_pages_only(self, client, home):
        StandardPageFactory(parent=home, title="Published guide", slug="published")
        StandardPageFactory(parent=home, title="Draft guide", slug="draft", live=False)
        private = StandardPageFactory(parent=home, title="Staff guide", slug="staff")
        PageViewRestriction.objects.create(page=private, restriction_type="login")

        response = client.get("/api/v2/pages/", {"locale": "en", "limit": "50"})
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/json")
        titles = [item["title"] for item in response.json()["items"]]
        assert "Published guide" in titles
        assert "Draft guide" not in titles
        assert "Staff guide" not in titles

    def test_the_locale_filter_returns_that_language_only(self, client, housing):
        response = client.get("/api/v2/pages/", {"locale": "ar", "fields": "title"})
        items = response.json()["items"]
        assert {item["meta"]["locale"] for item in items} == {"ar"}
        assert "العثور على مكان للعيش" in [item["title"] for item in items]
        assert "Finding somewhere to live" not in [item["title"] for item in items]

    def test_detail_and_translation_of(self, client, housing, locales):
        arabic = housing.get_translation(locales["ar"])
        detail = client.get(f"/api/v2/pages/{arabic.pk}/").json()
        assert detail["title"] == "العثور على مكان للعيش"
        assert detail["meta"]["locale"] == "ar"
        found = client.get("/api/v2/pages/", {"translation_of": housing.pk, "locale": "ar"}).json()
        assert [item["id"] for item in found["items"]] == [arabic.pk]

    @pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
    def test_read_only(self, client, home, method):
        response = getattr(client, method)(f"/api/v2/pages/{home.pk}/")
        assert response.status_code == 405

    @pytest.mark.parametrize(
        "params",
        [{"locale": "xx"}, {"limit": "-1"}, {"offset": "abc"}, {"type": "nope.Nope"}, {"x": "1"}],
    )
    def test_bad_parameters_are_a_400_not_a_500(self, client, home, params):
        assert 300 <= client.get("/api/v2/pages/", params).status_code < 500

    def test_no_browsable_html_api(self, client, home):
        response = client.get("/api/v2/pages/", HTTP_ACCEPT="text/html")
        assert not response["Content-Type"].startswith("text/html")

    def test_a_missing_page_is_a_json_404_not_a_redirect_to_a_language(self, client, home):
        response = client.get("/api/v2/pages/999999/")
        assert response.status_code == 404
        assert response["Content-Type"].startswith("application/json")
        assert response.json() == {"message": "No Page matches the given query."}
