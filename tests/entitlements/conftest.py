import pytest

from portal.entitlements.factories import EntitlementGuidePageFactory, EntitlementIndexPageFactory
from portal.taxonomy.models import Need


@pytest.fixture
def index(home):
    return EntitlementIndexPageFactory(parent=home)


@pytest.fixture
def guides(index):
    """Three guides: GP registration (health), asylum support (money, housing), work (employment)."""
    gp = EntitlementGuidePageFactory(
        parent=index, title="Registering with a GP", slug="gp", summary="Anyone can see a GP."
    )
    support = EntitlementGuidePageFactory(
        parent=index,
        title="Asylum support",
        slug="asylum-support",
        summary="Housing and money while you wait.",
        with_table={
            "asylum-seeker": ("yes", "if you would otherwise be destitute"),
            "refused-asylum-seeker": ("depends", "only if you cannot leave the UK yet"),
            "refugee": ("no", "it stops 56 days after your grant"),
        },
    )
    support.needs.set(Need.objects.filter(slug__in=["money", "housing"]))
    support.save_revision().publish()
    work = EntitlementGuidePageFactory(
        parent=index,
        title="Your right to work",
        slug="work",
        summary="Who can take a job.",
        with_table={
            "asylum-seeker": ("depends", "after 12 months waiting for a decision"),
            "refugee": ("yes", ""),
        },
    )
    work.needs.set(Need.objects.filter(slug="employment"))
    work.save_revision().publish()
    return {"gp": gp, "support": support, "work": work}
