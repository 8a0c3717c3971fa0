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
    _fill_empty_translations()
    return {
        "statuses": ImmigrationStatus.objects.count(),
        "needs": Need.objects.count(),
        "districts": District.objects.count(),
        "spoken_languages": SpokenLanguage.objects.count(),
    }


def _fill_empty_translations() -> None:
    """Shipped sample translations of status and need labels, only into empty columns."""
    for status in ImmigrationStatus.objects.filter(slug__in=data.STATUS_TRANSLATIONS):
        changed = False
        for lang, (label, explanation) in data.STATUS_TRANSLATIONS[status.slug].items():
            for field, value in ((f"label_{lang}", label), (f"explanation_{lang}", explanation)):
                if hasattr(status, field) and not getattr(status, field):
                    setattr(status, field, value)
                    changed = True
        if changed:
            status.save()
    for need in Need.objects.filter(slug__in=data.NEED_TRANSLATIONS):
        changed = False
        for lang, label in data.NEED_TRANSLATIONS[need.slug].items():
            field = f"label_{lang}"
            if hasattr(need, field) and not getattr(need, field):
                setattr(need, field, label)
                changed = True
        if changed:
            need.save()
