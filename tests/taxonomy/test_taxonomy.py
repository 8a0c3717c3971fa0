import pytest
from django.utils import translation

from portal.taxonomy import data
from portal.taxonomy.models import District, ImmigrationStatus, Need
from portal.taxonomy.operations import taxonomy_load_defaults


@pytest.mark.django_db
class TaxonomyDefaultsTests:
    def test_shipped_slugs_match_the_url_contract(self):
        taxonomy_load_defaults()
        assert list(ImmigrationStatus.objects.in_order().values_list("slug", flat=True)) == [
            slug for slug, *_ in data.STATUSES
        ]
        assert Need.objects.count() == 12
        assert District.objects.filter(slug="blackburn-with-darwen").exists()

    def test_loading_again_keeps_editors_changes(self):
        taxonomy_load_defaults()
        Need.objects.filter(slug="food").update(label_en="Food and essentials")
        taxonomy_load_defaults()
        assert Need.objects.get(slug="food").label_en == "Food and essentials"

    def test_labels_fall_back_to_english_and_dari_to_farsi(self):
        taxonomy_load_defaults()
        need = Need.objects.get(slug="housing")
        need.label_fa = "مسکن"
        need.label_ar = "السكن"
        need.save()
        need.refresh_from_db()
        with translation.override("ar"):
            assert need.label == "السكن"
        with translation.override("prs"):
            assert need.label == "مسکن"
        with translation.override("ti"):
            assert need.label == "Housing"
