import pytest

from portal.sanctuary.factories import (
    OutcomesPageFactory,
    PartnershipPageFactory,
    SanctuaryPageFactory,
)
from portal.sanctuary.models import PartnershipMember


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
class SanctuaryAdminTests:
    def test_editors_can_open_every_page_type_in_the_admin(self, admin_client, home):
        sanctuary = SanctuaryPageFactory(parent=home, slug="sanctuary")
        partnership = PartnershipPageFactory(parent=sanctuary)
        PartnershipMember.objects.create(
            page=partnership, locale=partnership.locale, name="Police", organisation_type="police"
        )
        outcomes = OutcomesPageFactory(parent=sanctuary)
        for page in (sanctuary, partnership, outcomes):
            response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200, page
        for model in ("sanctuarypage",):
            response = admin_client.get(f"/admin/pages/add/sanctuary/{model}/{home.pk}/")
            assert response.status_code == 200
        for model in ("partnershippage", "outcomespage"):
            response = admin_client.get(f"/admin/pages/add/sanctuary/{model}/{sanctuary.pk}/")
            assert response.status_code == 200


@pytest.mark.django_db
class CoverageMapAdminTests:
    def test_commissioners_find_the_coverage_map_in_the_admin(self, admin_client):
        response = admin_client.get("/admin/sanctuary/coverage/")
        assert response.status_code == 200
        assert "Coverage map" in response.content.decode()
        assert (
            "/admin/sanctuary/coverage/" in admin_client.get("/admin/").content.decode()
        )  # the menu

    def test_unknown_table_is_a_404(self, admin_client):
        assert admin_client.get("/admin/sanctuary/coverage/nothing.csv").status_code == 404

    def test_readers_cannot_see_it(self, client, db):
        assert client.get("/admin/sanctuary/coverage/").status_code == 302
