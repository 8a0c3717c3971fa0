"""UI-string fallback chains (e.g. Dari → Farsi → English) on top of Django's gettext."""

from django.utils.translation import trans_real

from portal.languages import UI_FALLBACKS


class ChainedTranslation(trans_real.DjangoTranslation):
    """A catalog that falls back to a related language before the source language.

    Django falls straight back to LANGUAGE_CODE; a Dari reader is better served by Farsi.
    """

    def _add_fallback(self, localedirs=None):
        fallback = UI_FALLBACKS.get(self.language())
        if fallback and self.domain == "django":
            self.add_fallback(trans_real.translation(fallback))
            return
        super()._add_fallback(localedirs)


def install_ui_fallbacks() -> None:
    trans_real.DjangoTranslation = ChainedTranslation
    trans_real._translations.clear()
