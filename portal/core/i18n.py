"""UI-string fallback chains (e.g. Dari → Farsi → English) on top of Django's gettext, and the
language middleware."""

from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_vary_headers
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


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except that a 404 outside ``/<lang>/`` stays a 404 under ``UNLOCALISED_PATHS``.

    Django redirects a 404 outside the language prefixes to ``/<lang>/<same path>`` when that
    path could exist, and Wagtail's catch-all says every path could: an API client asking for a
    missing ``/api/…`` resource got a redirect to an HTML page instead of its JSON 404.
    """

    UNLOCALISED_PATHS = ("/api/", "/admin/", "/documents/", "/language/")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.UNLOCALISED_PATHS):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
