"""Security headers on every public page type, the feedback views, and the Wagtail admin."""

import pytest
from django.http import HttpResponse
from django.urls import path

from portal.security.framing import allow_widget_framing
from tests.security.pages import audit, is_same_origin, page_of_every_type
from tests.test_page_types import portal_page_models

ONE_YEAR = 60 * 60 * 24 * 365
UNUSED_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb", "interest-cohort")
STRICT_REFERRER_POLICIES = {"no-referrer", "same-origin", "strict-origin"}


def csp_directives(response, header="Content-Security-Policy") -> dict[str, list[str]]:
    assert header in response, f"no {header} header"
    directives = {}
    for part in response[header].split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def assert_strict_public_headers(response, *, framed_content=True):
    csp = csp_directives(response)
    for directive in ("default-src", "script-src", "style-src"):
        assert directive in csp, directive
        assert "'unsafe-inline'" not in csp[directive], directive
        assert "'unsafe-eval'" not in csp[directive], directive
        assert "*" not in csp[directive] and "https:" not in csp[directive], directive
    assert csp["default-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    if framed_content:  # a redirect has no content to frame
        assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] in STRICT_REFERRER_POLICIES
    hsts = dict(
        item.strip().partition("=")[::2]
        for item in response["Strict-Transport-Security"].split(";")
    )
    assert int(hsts["max-age"]) >= ONE_YEAR
    permissions = response["Permissions-Policy"]
    for feature in UNUSED_FEATURES:
        assert f"{feature}=()" in permissions, feature


def assert_markup_keeps_to_the_policy(html):
    found = audit(html)
    assert found.style_attributes == []
    assert found.style_blocks == 0
    assert found.inline_scripts == []
    assert found.event_handlers == []
    assert all(is_same_origin(url) for url in found.resources), found.resources


@pytest.mark.django_db
class PublicHeaderTests:
    @pytest.mark.parametrize("model", portal_page_models(), ids=lambda m: m._meta.label)
    def test_every_page_type_sends_strict_headers_and_keeps_to_them(self, client, home, model):
        url = page_of_every_type(home)[model._meta.label]
        response = client.get(url, secure=True)
        assert response.status_code == 200, url
        assert_strict_public_headers(response)
        assert_markup_keeps_to_the_policy(response.content.decode())

    @pytest.mark.parametrize("language", ["ar", "uk", "prs"])
    def test_translated_pages_send_the_same_headers(self, client, home, language):
        response = client.get(f"/{language}/", secure=True)
        assert response.status_code == 200
        assert_strict_public_headers(response)
        assert_markup_keeps_to_the_policy(response.content.decode())

    def test_feedback_answers_and_errors_send_strict_headers(self, client, home):
        for data in ({"page": home.pk, "helpful": "yes"}, {"page": home.pk, "helpful": "maybe"}):
            response = client.post("/en/feedback/helpful/", data, secure=True)
            assert response.status_code in (200, 400)
            assert_strict_public_headers(response)
            assert_markup_keeps_to_the_policy(response.content.decode())

    def test_not_found_page_and_language_redirect_send_strict_headers(self, client, home):
        missing = client.get("/en/no-such-page/", secure=True)
        assert missing.status_code == 404
        assert_strict_public_headers(missing)
        assert_markup_keeps_to_the_policy(missing.content.decode())
        redirect = client.get("/", secure=True)
        assert redirect.status_code == 302
        assert_strict_public_headers(redirect, framed_content=False)

    def test_editor_userbar_on_public_pages_keeps_to_the_public_policy(
        self, client, home, django_user_model
    ):
        editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
        client.force_login(editor)
        response = client.get(home.url, secure=True)
        html = response.content.decode()
        assert "wagtail-userbar" in html
        assert_strict_public_headers(response)
        found = audit(html)
        assert found.inline_scripts == [] and found.style_blocks == 0
        assert all(is_same_origin(url) for url in found.resources), found.resources


def framed_view(request):
    return HttpResponse("<p>finder</p>")


urlpatterns = [
    path("embed/", allow_widget_framing(framed_view)),
    path("plain/", framed_view),
]


class WidgetFramingTests:
    @pytest.fixture(autouse=True)
    def _urls(self, settings):
        settings.ROOT_URLCONF = __name__
        self.settings = settings

    def test_decorated_view_may_be_framed_by_partner_origins_only(self, client):
        self.settings.WIDGET_ALLOWED_ORIGINS = [
            "https://www.example-charity.org.uk",
            "https://nhs.example/",
        ]
        response = client.get("/embed/")
        csp = csp_directives(response)
        assert csp["frame-ancestors"] == [
            "https://www.example-charity.org.uk",
            "https://nhs.example",
        ]
        assert "X-Frame-Options" not in response
        assert "'unsafe-inline'" not in csp["script-src"]  # the rest of the policy is unchanged

    def test_without_partners_nobody_may_frame_it(self, client):
        self.settings.WIDGET_ALLOWED_ORIGINS = []
        assert csp_directives(client.get("/embed/"))["frame-ancestors"] == ["'none'"]

    def test_other_views_stay_unframeable(self, client):
        self.settings.WIDGET_ALLOWED_ORIGINS = ["https://www.example-charity.org.uk"]
        response = client.get("/plain/")
        assert csp_directives(response)["frame-ancestors"] == ["'none'"]
        assert response["X-Frame-Options"] == "DENY"

    def test_a_mistyped_origin_is_a_clear_configuration_error(self, client):
        from django.core.exceptions import ImproperlyConfigured

        self.settings.WIDGET_ALLOWED_ORIGINS = ["https://example.org/path", "example.org"]
        with pytest.raises(ImproperlyConfigured, match="not an origin"):
            client.get("/embed/")


@pytest.mark.django_db
class AdminPolicyTests:
    def test_admin_loads_with_its_own_relaxed_policy(self, client, home, django_user_model):
        from portal.taxonomy.models import Need

        django_user_model.objects.create_superuser("admin", "a@example.org", "correct horse")
        response = client.post(
            "/admin/login/", {"username": "admin", "password": "correct horse"}, secure=True
        )
        assert response.status_code == 302
        for url in (
            f"/admin/pages/{home.pk}/edit/",
            Need.snippet_viewset.get_url_name("list"),
        ):
            if not url.startswith("/"):
                from django.urls import reverse

                url = reverse(url)
            response = client.get(url, secure=True)
            assert response.status_code == 200, url
            csp = csp_directives(response)
            assert "'unsafe-inline'" in csp["script-src"]
            assert "'unsafe-inline'" in csp["style-src"]
            assert csp["frame-ancestors"] == ["'self'"]
            assert "'unsafe-eval'" not in csp["script-src"]
            assert response["X-Content-Type-Options"] == "nosniff"
            assert "camera=()" in response["Permissions-Policy"]

    def test_admin_login_page_uses_the_admin_policy(self, client):
        response = client.get("/admin/login/")
        assert response.status_code == 200
        assert "'unsafe-inline'" in csp_directives(response)["style-src"]
