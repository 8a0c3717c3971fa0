"""Public forms never fail on what they are sent, and say so in the reader's language."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.core.forms import client_fingerprint

URL = "/{}/feedback/helpful/"
FIELD_NAMES = st.one_of(
    st.sampled_from(["page", "helpful", "comment", "website", "csrfmiddlewaretoken"]),
    st.text(min_size=1, max_size=30),
)
VALUES = st.one_of(
    st.text(max_size=2000),
    st.lists(st.text(max_size=50), max_size=3),
    st.integers().map(str),
    st.sampled_from(["yes", "no", "", "\x00", "1" * 30, "-1"]),
)


@pytest.mark.django_db
class PublicFormFuzzTests:
    def test_any_fields_with_any_values_get_an_answer_never_a_failure(self, client, home):
        from django.core.cache import cache

        @settings(
            max_examples=60,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        )
        @given(
            language=st.sampled_from(["en", "ar", "prs", "xx"]),
            data=st.dictionaries(FIELD_NAMES, VALUES, max_size=6),
        )
        def post(language, data):
            cache.clear()  # keep the rate limit out of the way
            response = client.post(URL.format(language), data)
            assert response.status_code in (200, 302, 400, 404), data  # 302: unknown language

        post()

    def test_a_form_sent_without_any_cookie_works(self, client, home):
        # The decision (docs/security.md): no CSRF cookie on public pages. The form changes no
        # account and nothing private, so the honeypot and rate limit protect it instead.
        client.cookies.clear()
        from django.test import Client

        strict = Client(enforce_csrf_checks=True)
        response = strict.post(URL.format("en"), {"page": home.pk, "helpful": "yes"})
        assert response.status_code == 200
        assert not response.cookies

    def test_the_admin_login_still_needs_its_csrf_token(self, home):
        from django.test import Client

        strict = Client(enforce_csrf_checks=True)
        response = strict.post("/admin/login/", {"username": "a", "password": "b"})
        assert response.status_code == 403

    def test_rate_limit_counts_each_visitor_behind_the_proxy_separately(self, rf, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        one = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.1")
        two = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.2")
        forged = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.1")
        assert client_fingerprint(one) != client_fingerprint(two)
        assert client_fingerprint(forged) == client_fingerprint(
            one
        )  # the client's own part is ignored
        assert "192.0.2.1" not in client_fingerprint(one)  # only a salted hash is kept
