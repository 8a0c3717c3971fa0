import datetime

import pytest

from portal.entitlements.factories import EntitlementGuidePageFactory
from portal.entitlements.selectors import guides_overdue_for_review


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def dated_guides(index, locales, django_capture_on_commit_callbacks):
    from portal.core.operations import page_translate

    today = datetime.date.today()
    overdue = EntitlementGuidePageFactory(
        parent=index, title="Overdue guide", next_review_due=today - datetime.timedelta(days=3)
    )
    EntitlementGuidePageFactory(parent=index, title="Due today", next_review_due=today)
    EntitlementGuidePageFactory(
        parent=index, title="Current guide", next_review_due=today + datetime.timedelta(days=30)
    )
    EntitlementGuidePageFactory(parent=index, title="Never reviewed", next_review_due=None)
    with django_capture_on_commit_callbacks(execute=True):
        page_translate(page=index, locale=locales["ar"])
        page_translate(page=overdue, locale=locales["ar"])  # shares the overdue date
    return overdue


@pytest.mark.django_db
class OverdueReviewTests:
    def test_selector_lists_exactly_the_overdue_guides_once(self, dated_guides):
        assert [g.title for g in guides_overdue_for_review()] == ["Overdue guide"]

    def test_report_lists_exactly_the_overdue_guides(self, admin_client, dated_guides):
        response = admin_client.get("/admin/reports/guides-overdue/")
        assert response.status_code == 200
        content = response.content.decode()
        assert "Overdue guide" in content
        for title in ("Due today", "Current guide", "Never reviewed"):
            assert title not in content

    def test_dashboard_panel_and_reports_menu(self, admin_client, dated_guides):
        content = admin_client.get("/admin/").content.decode()
        assert 'id="overdue-guides' in content
        assert "Overdue guide" in content
        assert "/admin/reports/guides-overdue/" in content

    def test_no_panel_when_nothing_is_overdue(self, admin_client, index):
        EntitlementGuidePageFactory(parent=index, title="Current guide")
        assert 'id="overdue-guides' not in admin_client.get("/admin/").content.decode()

    def test_editors_can_open_both_page_types(self, admin_client, home, index, guides):
        for page in (index, guides["gp"]):
            assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
        assert (
            admin_client.get(
                f"/admin/pages/add/entitlements/entitlementguidepage/{index.pk}/"
            ).status_code
            == 200
        )

    def test_guides_are_marked_as_sample_content_in_the_admin(self, index):
        guide = EntitlementGuidePageFactory(parent=index, title="GP", is_sample_content=True)
        assert guide.get_admin_display_title() == "GP [sample]"
