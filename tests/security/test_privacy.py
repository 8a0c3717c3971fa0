"""What a reader's visit leaves behind: no cookies but their language, no request to another
site, and no search terms in the access log."""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from portal.core.logging import ACCESS_LOG_FORMAT
from tests.security.pages import audit, is_same_origin, page_of_every_type
from tests.test_page_types import portal_page_models


@pytest.mark.django_db
class CookieTests:
    @pytest.mark.parametrize("model", portal_page_models(), ids=lambda m: m._meta.label)
    def test_reading_any_page_type_sets_no_cookie(self, client, home, model):
        url = page_of_every_type(home)[model._meta.label]
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies, list(response.cookies)
        assert "Set-Cookie" not in response

    def test_the_language_redirect_and_feedback_set_no_cookie(self, client, home):
        assert not client.get("/", HTTP_ACCEPT_LANGUAGE="ar").cookies
        assert not client.post("/en/feedback/helpful/", {"page": home.pk, "helpful": "no"}).cookies
        assert not client.get("/en/no-such-page/").cookies

    def test_choosing_a_language_sets_only_the_language_cookie(self, client, home):
        response = client.get("/language/ar/?next=/ar/")
        assert set(response.cookies) == {django_settings.LANGUAGE_COOKIE_NAME}
        cookie = response.cookies[django_settings.LANGUAGE_COOKIE_NAME]
        assert cookie.value == "ar" and cookie["httponly"] and cookie["samesite"] == "Lax"


@pytest.mark.django_db
class ThirdPartyRequestTests:
    @pytest.mark.parametrize("model", portal_page_models(), ids=lambda m: m._meta.label)
    def test_no_page_type_loads_anything_from_another_site(self, client, home, model):
        url = page_of_every_type(home)[model._meta.label]
        html = client.get(url).content.decode()
        found = audit(html)
        assert found.resources, "the parser found no resources at all: is it broken?"
        offsite = [resource for resource in found.resources if not is_same_origin(resource)]
        assert offsite == []

    def test_links_to_other_sites_in_content_are_fine(self, client, home):
        # The quick exit goes to another site: a link, not a resource, so it is allowed.
        html = client.get(home.url).content.decode()
        assert 'href="https://www.bbc.co.uk/weather"' in html
        assert all(is_same_origin(url) for url in audit(html).resources)

    def test_the_audit_spots_off_site_resources(self):
        html = (
            '<link rel="stylesheet" href="https://fonts.example/css">'
            '<script src="//cdn.example/x.js"></script><img srcset="/a.png 1x, https://t.example/p 2x">'
            '<iframe src="https://maps.example/embed"></iframe><a href="https://ok.example/">ok</a>'
        )
        offsite = [url for url in audit(html).resources if not is_same_origin(url)]
        assert offsite == [
            "https://fonts.example/css",
            "//cdn.example/x.js",
            "https://t.example/p",
            "https://maps.example/embed",
        ]

    def test_stylesheets_import_nothing_from_other_sites(self):
        roots = [
            Path(django_settings.BASE_DIR) / "static",
            Path(django_settings.BASE_DIR) / "portal",
        ]
        for root in roots:
            for css in root.rglob("*.css"):
                text = css.read_text()
                for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", text) + re.findall(
                    r"@import\s+['\"]([^'\"]+)", text
                ):
                    assert is_same_origin(url) or url.startswith("data:"), f"{css}: {url}"


class AccessLogTests:
    ATOMS = {
        "t": "[23/Nov/2026:17:00:00 +0000]",
        "m": "GET",
        "U": "/ar/find/",
        "q": "q=asylum+support&status=refused-asylum-seeker",
        "r": "GET /ar/find/?q=asylum+support&status=refused-asylum-seeker HTTP/1.1",
        "H": "HTTP/1.1",
        "s": "200",
        "B": "5120",
        "D": "41000",
        "f": "https://portal.example/ar/search/?q=eviction",
        "h": "192.0.2.44",
        "a": "Mozilla/5.0 (Linux; Android 10)",
    }

    def test_gunicorn_access_log_format_keeps_no_query_address_or_referrer(self):
        line = ACCESS_LOG_FORMAT % self.ATOMS
        assert line == '[23/Nov/2026:17:00:00 +0000] "GET /ar/find/ HTTP/1.1" 200 5120 41000us'
        for secret in ("asylum", "refused", "eviction", "192.0.2.44", "Android"):
            assert secret not in line

    def test_format_uses_no_atom_that_carries_them(self):
        atoms = set(re.findall(r"%\((\w+)\)s", ACCESS_LOG_FORMAT))
        assert not atoms & {"r", "q", "f", "h", "a", "u"}
        assert "{" not in ACCESS_LOG_FORMAT  # no headers or environ variables either


@pytest.mark.django_db
class PrivacyNoticeTests:
    def test_demo_privacy_notice_says_what_is_stored_in_every_language(
        self, client, home, django_capture_on_commit_callbacks
    ):
        from portal.core import demo, demo_privacy

        with django_capture_on_commit_callbacks(execute=True):  # translations publish on commit
            assert demo.standard_page_ensure(
                home=home,
                slug="privacy",
                title=demo_privacy.TITLE,
                introduction=demo_privacy.INTRODUCTION,
                body=demo_privacy.BODY,
            )
        english = client.get("/en/privacy/").content.decode()
        for sentence in (demo_privacy.NO_RECORD, demo_privacy.COOKIE, "12 months"):
            assert sentence in english
        for language, _name in django_settings.LANGUAGES[1:]:
            response = client.get(f"/{language}/privacy/")
            assert response.status_code == 200, language
            content = response.content.decode()
            translated = demo_privacy.TRANSLATIONS[language]
            for key in (demo_privacy.NO_RECORD, demo_privacy.COOKIE, demo_privacy.ADDRESS):
                assert translated[key] in content, (language, key)
            assert demo_privacy.NO_RECORD not in content, language
            assert 'class="notice translation-notice"' not in content, language

    def test_every_configured_language_has_a_translation(self):
        from portal.core import demo_privacy

        languages = {code for code, _name in django_settings.LANGUAGES[1:]}
        assert languages <= set(demo_privacy.TRANSLATIONS)
