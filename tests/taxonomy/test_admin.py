import pytest
from django.utils import translation

from portal.taxonomy.models import ImmigrationStatus, Need
from portal.taxonomy.operations import taxonomy_load_defaults


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
class TaxonomyAdminTests:
    def test_every_languages_labels_are_on_one_screen_grouped_by_language(self, admin_client):
        taxonomy_load_defaults()
        status = ImmigrationStatus.objects.get(slug="asylum-seeker")
        response = admin_client.get(f"/admin/snippets/taxonomy/immigrationstatus/edit/{status.pk}/")
        assert response.status_code == 200
        content = response.content.decode()
        for code in ("en", "ar", "prs", "uk", "ti"):
            assert f'name="label_{code}"' in content
            assert f'name="explanation_{code}"' in content
        # One group per language, headed by the language's own name.
        assert "العربية" in content and "Українська" in content
        assert content.index('name="label_ar"') < content.index('name="explanation_ar"')
        assert content.index('name="explanation_ar"') < content.index('name="label_prs"')


@pytest.mark.django_db
class StatusExplanationTests:
    def test_statuses_explain_themselves_in_plain_language_in_several_languages(self):
        taxonomy_load_defaults()
        status = ImmigrationStatus.objects.get(slug="asylum-seeker")
        assert status.explanation == "You have claimed asylum and are waiting for a decision."
        with translation.override("uk"):
            assert status.label == "Шукач притулку"
            assert status.explanation.startswith("Ви подали заяву")
        with translation.override("ti"):
            assert status.explanation.startswith("You have claimed asylum")
        assert all(ImmigrationStatus.objects.values_list("explanation_en", flat=True))

    def test_shipped_translations_never_overwrite_editors_text(self):
        taxonomy_load_defaults()
        Need.objects.filter(slug="housing").update(label_ar="مأوى")
        taxonomy_load_defaults()
        assert Need.objects.get(slug="housing").label_ar == "مأوى"
