"""Reads of the shared vocabularies (statuses, needs, districts, spoken languages)."""

from __future__ import annotations

from dataclasses import dataclass

from portal.core.page_cache import GenerationMemo
from portal.taxonomy.models import District, ImmigrationStatus, Need, SpokenLanguage


@dataclass
class TaxonomyTerms:
    """Every taxonomy term by id, in the editors' order. Labels follow the active language."""

    needs: dict[int, Need]
    statuses: dict[int, ImmigrationStatus]
    languages: dict[int, SpokenLanguage]
    districts: dict[int, District]


_taxonomy_terms = GenerationMemo(max_entries=1)


def taxonomy_terms() -> TaxonomyTerms:
    """The shared vocabularies: dozens of terms, read several times on every directory page,
    guide and finder request.

    Kept in this process until the next purge of the page cache, which saving or deleting a term
    starts (taxonomy/apps.py): not in the shared cache, where each read meant unpickling them all.
    Labels are read in the reader's language when shown (modeltranslation), so one copy serves
    every language.
    """

    def find() -> TaxonomyTerms:
        return TaxonomyTerms(
            needs={t.pk: t for t in Need.objects.in_order()},
            statuses={t.pk: t for t in ImmigrationStatus.objects.in_order()},
            languages={t.pk: t for t in SpokenLanguage.objects.in_order()},
            districts={t.pk: t for t in District.objects.in_order()},
        )

    return _taxonomy_terms.get("terms", find)
