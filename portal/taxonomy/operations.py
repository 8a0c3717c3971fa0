"""Writes for the shared vocabularies."""

from django.db import transaction

from portal.taxonomy import data
from portal.taxonomy.models import District, ImmigrationStatus, Need, SpokenLanguage


@transaction.atomic
def taxonomy_load_defaults() -> dict[str, int]:
    """Create the shipped statuses, needs, districts and languages; never overwrite edits."""
    for order, (slug, label, explanation) in enumerate(data.STATUSES):
        ImmigrationStatus.objects.get_or_create(
            slug=slug,
            defaults={"label_en": label, "explanation_en": explanation, "sort_order": order},
        )
    for order, (slug, label, description) in enumerate(data.NEEDS):
        Need.objects.get_or_create(
            slug=slug,
            defaults={"label_en": label, "description_en": description, "sort_order": order},
        )
    for order, (slug, name, council) in enumerate(data.DISTRICTS):
        District.objects.get_or_create(
            slug=slug, defaults={"name_en": name, "council_name": council, "sort_order": order}
        )
    for order, (code, name, name_local) in enumerate(data.SPOKEN_LANGUAGES):
        SpokenLanguage.objects.get_or_create(
            code=code,
            defaults={"slug": code, "name_en": name, "name_local": name_local, "sort_order": order},
        )
    return {
        "statuses": ImmigrationStatus.objects.count(),
        "needs": Need.objects.count(),
        "districts": District.objects.count(),
        "spoken_languages": SpokenLanguage.objects.count(),
    }
