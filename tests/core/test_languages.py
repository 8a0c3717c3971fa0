import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation

from portal.languages import DEFAULT_PORTAL_LANGUAGES, parse_portal_languages

RTL = {"ar", "prs", "fa", "ps", "ckb", "ur"}


class PortalLanguagesSettingTests:
    def test_default_languages_in_order_with_english_first(self):
        codes = [code for code, _name in settings.LANGUAGES]
        assert codes == DEFAULT_PORTAL_LANGUAGES.split(",")
        assert settings.LANGUAGE_CODE == "en"

    def test_unknown_language_is_refused_with_a_clear_message(self):
        with pytest.raises(ImproperlyConfigured, match="xx"):
            parse_portal_languages("en,xx")

    def test_repeated_language_is_refused(self):
        with pytest.raises(ImproperlyConfigured, match="twice"):
            parse_portal_languages("en,ar,ar")

    def test_first_language_is_the_source(self):
        assert [lang.code for lang in parse_portal_languages("ar, en")] == ["ar", "en"]


class DjangoKnowsEveryLanguageTests:
    @pytest.mark.parametrize("code", DEFAULT_PORTAL_LANGUAGES.split(","))
    def test_language_info_and_direction(self, code):
        info = translation.get_language_info(code)
        assert info["bidi"] is (code in RTL)
        with translation.override(code):
            assert translation.get_language_bidi() is (code in RTL)

    @pytest.mark.parametrize(
        "code,local_name",
        [("prs", "دری"), ("ps", "پښتو"), ("ti", "ትግርኛ"), ("am", "አማርኛ"), ("so", "Soomaali")],
    )
    def test_languages_django_does_not_ship_are_registered(self, code, local_name):
        assert translation.get_language_info(code)["name_local"] == local_name

    @pytest.mark.parametrize("code", DEFAULT_PORTAL_LANGUAGES.split(","))
    def test_every_language_has_a_compiled_ui_catalog(self, code):
        # Without a catalog Django treats the language as unsupported and redirects away from it.
        assert translation.check_for_language(code)

    @pytest.mark.parametrize("code", DEFAULT_PORTAL_LANGUAGES.split(",")[1:])
    def test_every_ui_string_is_translated(self, code):
        # A string left empty shows English to a reader (or a translator in the admin) who chose
        # another language; a fuzzy one is a guess gettext does not use.
        import polib

        catalog = polib.pofile(
            str(settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po")
        )
        missing = [entry.msgid for entry in catalog.untranslated_entries()]
        fuzzy = [entry.msgid for entry in catalog.fuzzy_entries()]
        assert (missing, fuzzy) == ([], []), f"{code}: translate these in its .po file"


class UIFallbackTests:
    def test_dari_falls_back_to_farsi_before_english(self):
        # Django ships this string in Farsi but not in Dari: a Dari reader gets the Farsi one.
        message = "This field is required."
        with translation.override("fa"):
            farsi = translation.gettext(message)
        assert farsi != message
        with translation.override("prs"):
            assert translation.gettext(message) == farsi

    def test_other_languages_fall_back_to_english(self):
        with translation.override("ti"):
            assert translation.gettext("A string nobody translated") == "A string nobody translated"
