import pytest

from portal.core.operations import page_translate
from portal.sanctuary.factories import (
    OutcomesPageFactory,
    SanctuaryPageFactory,
    aims_value,
    indicator_value,
)


@pytest.mark.django_db
class OutcomesTranslationTests:
    def test_translators_translate_words_and_measurements_follow_the_source(
        self, client, home, locales, django_capture_on_commit_callbacks
    ):
        sanctuary = SanctuaryPageFactory(parent=home, slug="sanctuary")
        with django_capture_on_commit_callbacks(
            execute=True
        ):  # wagtail-localize publishes on commit
            page_translate(page=sanctuary, locale=locales["ar"])
        page = OutcomesPageFactory(
            parent=sanctuary,
            slug="outcomes",
            title="Outcomes",
            aims=aims_value(indicator_value(title="Adults in English classes", values=["41"])),
        )
        strings = {"Outcomes": "النتائج", "Adults in English classes": "بالغون في دروس الإنجليزية"}
        with django_capture_on_commit_callbacks(execute=True):
            page_translate(page=page, locale=locales["ar"], strings=strings)
        content = client.get("/ar/sanctuary/outcomes/").content.decode()
        assert '<title id="indicator-1-title">بالغون في دروس الإنجليزية</title>' in content
        assert ": 41 people</title>" in content

        # An editor adds this month's figure to the English page only; the sync carries it over.
        page.aims = aims_value(
            indicator_value(title="Adults in English classes", values=["41", "58"])
        )
        page.save_revision().publish()
        with django_capture_on_commit_callbacks(execute=True):
            page_translate(page=page, locale=locales["ar"], strings=strings)
        content = client.get("/ar/sanctuary/outcomes/").content.decode()
        assert ": 58 people</title>" in content
        assert "بالغون في دروس الإنجليزية" in content
