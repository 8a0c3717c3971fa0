import pytest
from django.conf import settings


@pytest.mark.django_db
class RootRedirectTests:
    def test_no_preference_goes_to_english(self, client, home):
        response = client.get("/")
        assert response.status_code == 302
        assert response["Location"] == "/en/"

    def test_accept_language_is_followed(self, client, home):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="uk-UA,uk;q=0.9,en;q=0.5")
        assert response["Location"] == "/uk/"

    def test_unsupported_accept_language_falls_back_to_english(self, client, home):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
        assert response["Location"] == "/en/"

    def test_cookie_wins_over_accept_language(self, client, home):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "prs"
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")
        assert response["Location"] == "/prs/"


@pytest.mark.django_db
class ChooseLanguageTests:
    def test_choice_sets_the_cookie_and_goes_to_the_page(self, client, home):
        response = client.get("/language/ar/", {"next": "/ar/"})
        assert response.status_code == 302
        assert response["Location"] == "/ar/"
        assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
        # and the next visit to "/" remembers it
        assert client.get("/", HTTP_ACCEPT_LANGUAGE="uk")["Location"] == "/ar/"

    def test_off_site_next_is_ignored(self, client, home):
        response = client.get("/language/ar/", {"next": "https://evil.example/"})
        assert response["Location"] == "/ar/"

    def test_unknown_language_is_a_400_not_a_500(self, client, home):
        response = client.get("/language/xx/")
        assert response.status_code == 400
        assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
