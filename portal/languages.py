"""The languages the portal can publish in.

Django knows most of them; it does not know Dari (prs), Pashto (ps), Tigrinya (ti),
Amharic (am) or Somali (so), so the portal registers those itself (see ``register_with_django``).
This module is imported by settings, so it must not import Django models.
"""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class PortalLanguage:
    code: str
    name: str  # English name, as Django's LANG_INFO has it
    name_local: str  # the language's own name, in its own script
    bidi: bool  # written right to left


KNOWN_LANGUAGES = {
    lang.code: lang
    for lang in [
        PortalLanguage("en", "English", "English", False),
        PortalLanguage("ar", "Arabic", "العربية", True),
        PortalLanguage("prs", "Dari", "دری", True),
        PortalLanguage("fa", "Persian", "فارسی", True),
        PortalLanguage("ps", "Pashto", "پښتو", True),
        PortalLanguage("ckb", "Central Kurdish", "کوردی", True),
        PortalLanguage("ur", "Urdu", "اردو", True),
        PortalLanguage("uk", "Ukrainian", "Українська", False),
        PortalLanguage("ru", "Russian", "Русский", False),
        PortalLanguage("ti", "Tigrinya", "ትግርኛ", False),
        PortalLanguage("am", "Amharic", "አማርኛ", False),
        PortalLanguage("so", "Somali", "Soomaali", False),
        PortalLanguage("sq", "Albanian", "Shqip", False),
        PortalLanguage("fr", "French", "Français", False),
        PortalLanguage("vi", "Vietnamese", "Tiếng Việt", False),
    ]
}

DEFAULT_PORTAL_LANGUAGES = "en,ar,prs,fa,ps,ckb,ur,uk,ru,ti,am,so,sq,fr,vi"

# Where a UI string has no translation yet, try these languages before the source language.
# Dari readers understand Farsi far better than English.
UI_FALLBACKS = {"prs": "fa"}

# Content of these languages must never be machine-translated by default (see translation app):
# machine translation quality for them is too poor for legal and health advice.
LOW_RESOURCE_LANGUAGES = ("ti", "ps", "ckb", "so", "prs", "am")


def parse_portal_languages(value: str | None) -> list[PortalLanguage]:
    """Turn the PORTAL_LANGUAGES setting ("en,ar,...") into languages; the first is the source."""
    codes = [code.strip().lower() for code in (value or DEFAULT_PORTAL_LANGUAGES).split(",")]
    codes = [code for code in codes if code]
    unknown = [code for code in codes if code not in KNOWN_LANGUAGES]
    if unknown:
        raise ImproperlyConfigured(
            f"PORTAL_LANGUAGES names languages the portal does not know: {', '.join(unknown)}. "
            f"Known: {', '.join(KNOWN_LANGUAGES)}. Add new ones to portal/languages.py."
        )
    if len(set(codes)) != len(codes):
        raise ImproperlyConfigured("PORTAL_LANGUAGES lists a language twice.")
    if not codes:
        raise ImproperlyConfigured("PORTAL_LANGUAGES must list at least one language.")
    return [KNOWN_LANGUAGES[code] for code in codes]


def register_with_django() -> None:
    """Teach Django the names and direction of languages it does not ship."""
    from django.conf import locale

    for lang in KNOWN_LANGUAGES.values():
        locale.LANG_INFO.setdefault(
            lang.code,
            {
                "bidi": lang.bidi,
                "code": lang.code,
                "name": lang.name,
                "name_local": lang.name_local,
            },
        )
