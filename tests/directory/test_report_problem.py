import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.directory.models import ListingProblem


def report_url(service):
    return f"/en/listing-problem/{service.pk}/"


@pytest.mark.django_db
class ReportProblemTests:
    def test_a_valid_report_is_stored_under_the_services_district(self, client, make_service):
        service = make_service("pendle")
        response = client.post(
            report_url(service),
            {"kind": "hours", "details": "They now close at 3pm.", "contact": ""},
        )
        assert response.status_code == 200 and "Thank you" in response.content.decode()
        problem = ListingProblem.objects.get()
        assert problem.service_id == service.pk and problem.district.slug == "pendle"
        assert problem.kind == "hours" and problem.language_code == "en"
        assert not response.cookies

    def test_spam_caught_by_the_honeypot_is_dropped_quietly(self, client, make_service):
        service = make_service()
        response = client.post(
            report_url(service), {"kind": "other", "details": "cheap pills", "website": "x.test"}
        )
        assert response.status_code == 200 and ListingProblem.objects.count() == 0

    def test_bad_input_gets_a_clear_error_and_a_400(self, client, make_service):
        service = make_service()
        response = client.post(report_url(service), {"kind": "nonsense", "details": "x" * 1001})
        html = response.content.decode()
        assert response.status_code == 400
        assert "Choose what is wrong from the list." in html
        assert "Please keep this to 1000 characters or fewer." in html
        assert ListingProblem.objects.count() == 0

    def test_too_many_reports_from_one_connection_are_refused(self, client, make_service):
        service = make_service()
        for _n in range(5):
            client.post(report_url(service), {"kind": "other"})
        response = client.post(report_url(service), {"kind": "other"})
        assert response.status_code == 429 and ListingProblem.objects.count() == 5

    def test_an_unknown_or_unpublished_service_is_a_404(self, client, make_service):
        draft = make_service(live=False)
        assert client.post(report_url(draft), {"kind": "other"}).status_code == 404
        assert client.post("/en/listing-problem/999999/", {"kind": "other"}).status_code == 404
        assert client.get(report_url(draft)).status_code == 405

    @settings(
        max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(
        data=st.dictionaries(
            st.sampled_from(["kind", "details", "contact", "website", "other"]),
            st.text(max_size=1500),
        )
    )
    def test_no_input_causes_a_server_error(self, client, make_service, data):
        from django.core.cache import cache

        cache.clear()  # the rate limit would otherwise answer 429 after a few examples
        service = ServicePageCache.get(make_service)
        response = client.post(report_url(service), data)
        assert response.status_code in (200, 400)


class ServicePageCache:
    """One service for all hypothesis examples of a test (they share the test's database)."""

    service = None

    @classmethod
    def get(cls, make_service):
        from portal.directory.models import ServicePage

        if cls.service is None or not ServicePage.objects.filter(pk=cls.service.pk).exists():
            cls.service = make_service()
        return cls.service
