import pytest
from django.apps import apps
from django.core.management import call_command


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        # Logs and revisions of the first run are not content; everything else must not change.
        if model._meta.app_label not in {"sessions", "admin"}
    }


@pytest.mark.django_db(transaction=False)
class LoadDemoTests:
    # One test, because loading the whole demo county is the slowest thing the suite does.
    def test_running_twice_changes_nothing_and_sample_pages_are_flagged_in_the_admin_only(
        self, client
    ):
        from portal.core.models import StandardPage

        call_command("load_demo", stdout=_Null())
        first = row_counts()
        call_command("load_demo", stdout=_Null())
        second = row_counts()
        changed = {
            label: (first[label], second[label]) for label in first if first[label] != second[label]
        }
        assert changed == {}
        assert first["core.HomePage"] == len(_languages())
        assert first["taxonomy.District"] == 14

        page = StandardPage.objects.get(slug="privacy", locale__language_code="en")
        assert page.is_sample_content
        assert "[sample]" in page.get_admin_display_title()
        public = client.get("/en/privacy/").content.decode()
        assert "sample" not in public.lower()


def _languages():
    from django.conf import settings

    return settings.LANGUAGES


class _Null:
    def write(self, *args, **kwargs):
        pass
