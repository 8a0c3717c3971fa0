import pytest

from portal.entitlements import demo, demo_data
from portal.entitlements.models import EntitlementGuidePage, EntitlementRow
from portal.taxonomy import data as taxonomy_data
from portal.taxonomy import demo as taxonomy_demo
from portal.taxonomy.models import ImmigrationStatus, Need


class _Null:
    def write(self, *args, **kwargs):
        pass


def test_demo_guides_cover_every_need_and_every_status():
    assert len(demo_data.GUIDES) >= 12
    needs = {slug for guide in demo_data.GUIDES for slug in guide["needs"] + guide["help_needs"]}
    statuses = {slug for slug, *_ in taxonomy_data.STATUSES}
    assert needs >= {slug for slug, *_ in taxonomy_data.NEEDS}
    for guide in demo_data.GUIDES:
        assert set(guide["rows"]) == statuses, guide["slug"]
        assert guide["sources"], guide["slug"]


@pytest.mark.django_db
class DemoLoaderTests:
    def load(self, capture):
        # The three translated guides only: loading all 14 in 15 languages takes minutes.
        with capture(execute=True):
            demo.load(stdout=_Null(), guides=[demo.SUPPORT, demo.GP, demo.ESOL])

    def test_loads_translated_sample_guides_once(
        self, client, home, django_capture_on_commit_callbacks
    ):
        taxonomy_demo.load(stdout=_Null())
        self.load(django_capture_on_commit_callbacks)
        counts = (EntitlementGuidePage.objects.count(), EntitlementRow.objects.count())
        self.load(django_capture_on_commit_callbacks)
        assert (EntitlementGuidePage.objects.count(), EntitlementRow.objects.count()) == counts
        assert counts[0] == 3 * 15
        assert all(EntitlementGuidePage.objects.values_list("is_sample_content", flat=True))
        gp = EntitlementGuidePage.objects.get(slug="gp-and-healthcare", locale__language_code="en")
        assert gp.entitlement_rows.count() == ImmigrationStatus.objects.count()
        assert list(gp.needs.values_list("slug", flat=True)) == ["health"]
        assert Need.objects.filter(slug="mental-health", pk__in=gp.help_needs.all()).exists()
        for code, title in [
            ("ar", "دروس اللغة الإنجليزية (ESOL)"),
            ("uk", "Уроки англійської мови (ESOL)"),
            ("prs", "صنف‌های زبان انگلیسی (ESOL)"),
        ]:
            content = client.get(f"/{code}/entitlements/english-classes/").content.decode()
            assert title in content
        checker = client.get("/en/entitlements/?status=refugee&need=money").content.decode()
        assert "Asylum support: somewhere to live and money" in checker
        assert 'No</strong> — <span dir="auto">support stops 56 days after your grant' in checker
