import datetime

import pytest
from django.contrib.auth import get_user_model

from portal.directory.models import ListingProblem


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
class ProblemQueueTests:
    def test_reports_are_listed_per_district_and_can_be_marked_resolved(
        self, admin_client, make_service
    ):
        preston = make_service("preston", title="Preston food bank")
        pendle = make_service("pendle", title="Pendle ESOL")
        for service in (preston, pendle):
            ListingProblem.objects.create(
                service=service,
                district=service.get_parent().specific.district,
                kind="hours",
                contact="me@example.org",
                language_code="en",
            )
        district_id = preston.get_parent().specific.district_id
        html = admin_client.get(
            "/admin/directory/problems/", {"district": district_id}
        ).content.decode()
        assert "Preston food bank" in html and "Pendle ESOL" not in html
        problem = ListingProblem.objects.get(service=preston)
        assert (
            admin_client.get(f"/admin/directory/problems/{problem.pk}/resolve/").status_code == 200
        )
        admin_client.post(f"/admin/directory/problems/{problem.pk}/resolve/")
        problem.refresh_from_db()
        assert problem.is_resolved and problem.contact == ""
        html = admin_client.get(
            "/admin/directory/problems/", {"resolved": "false"}
        ).content.decode()
        assert "Preston food bank" not in html and "Pendle ESOL" in html

    def test_people_without_permission_cannot_see_the_queue(self, client, make_service):
        user = get_user_model().objects.create_user("nobody", password="pw")
        client.force_login(user)
        assert client.get("/admin/directory/problems/").status_code in (302, 403)


@pytest.mark.django_db
class UnverifiedReportTests:
    def test_overdue_listings_are_flagged_per_district_and_can_be_marked_checked(
        self, admin_client, make_service, settings
    ):
        settings.DIRECTORY_FLAG_UNVERIFIED_MONTHS = 6
        old = datetime.date.today() - datetime.timedelta(days=200)
        stale = make_service("preston", title="Stale clinic", verified_on=old)
        stale.save_revision().publish()
        make_service("preston", title="Fresh clinic")
        make_service("pendle", title="Pendle stale", verified_on=old)
        district_id = stale.get_parent().specific.district_id
        html = admin_client.get(
            "/admin/directory/unverified/", {"district": district_id}
        ).content.decode()
        assert "Stale clinic" in html and "Overdue for a check" in html
        assert "Fresh clinic" not in html and "Pendle stale" not in html
        admin_client.post(
            f"/admin/directory/services/{stale.pk}/verify/", {"verified_by": "Preston team"}
        )
        stale.refresh_from_db()
        assert stale.verified_on == datetime.date.today() and stale.verified_by == "Preston team"
        assert stale.latest_revision.as_object().verified_on == datetime.date.today()

    def test_the_periods_come_from_settings(self, admin_client, make_service, settings):
        settings.DIRECTORY_FLAG_UNVERIFIED_MONTHS = 1
        make_service(
            title="Checked last quarter",
            verified_on=datetime.date.today() - datetime.timedelta(days=45),
        )
        html = admin_client.get("/admin/directory/unverified/").content.decode()
        assert "Checked last quarter" in html


@pytest.mark.django_db
class ImportViewTests:
    def test_upload_reports_bad_rows_and_writes_nothing(self, admin_client, districts):
        from django.core.files.uploadedfile import SimpleUploadedFile

        from tests.directory.test_csv import GOOD, csv_file

        upload = SimpleUploadedFile(
            "s.csv", csv_file({**GOOD, "needs": "flying"}).getvalue(), content_type="text/csv"
        )
        response = admin_client.post("/admin/directory/import/", {"file": upload})
        assert response.status_code == 400
        assert "Line 2: &#x27;flying&#x27; in &#x27;needs&#x27; is not a known need" in (
            response.content.decode()
        )

    def test_upload_imports_and_export_downloads(self, admin_client, districts):
        from django.core.files.uploadedfile import SimpleUploadedFile

        from tests.directory.test_csv import GOOD, csv_file

        upload = SimpleUploadedFile("s.csv", csv_file(GOOD).getvalue(), content_type="text/csv")
        response = admin_client.post("/admin/directory/import/", {"file": upload})
        assert response.status_code == 200
        export = admin_client.get("/admin/directory/export.csv")
        assert (
            b"preston-food-bank" in b"".join(export.streaming_content)
            if export.streaming
            else (b"preston-food-bank" in export.content)
        )

    def test_the_organisation_snippet_listing_opens(self, admin_client, make_service):
        make_service()
        assert admin_client.get("/admin/snippets/directory/organisation/").status_code == 200
