import pytest

from portal.directory.factories import (
    DistrictIndexPageFactory,
    DistrictPageFactory,
    ServicePageFactory,
)
from portal.taxonomy.models import District
from portal.taxonomy.operations import taxonomy_load_defaults


@pytest.fixture
def districts(home):
    """The districts index with Preston, Pendle and Burnley directories (source language)."""
    taxonomy_load_defaults()
    index = DistrictIndexPageFactory(parent=home)
    pages = {}
    for slug in ("preston", "pendle", "burnley"):
        pages[slug] = DistrictPageFactory(parent=index, district=District.objects.get(slug=slug))
    return pages


@pytest.fixture
def make_service(districts):
    def make(district="preston", **kwargs):
        return ServicePageFactory(parent=districts[district], **kwargs)

    return make
