"""Reads shared by every public page."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import timezone
from django.utils.http import urlencode
from wagtail.models import Locale, Page

from portal.core.page_cache import GenerationMemo
from portal.languages import KNOWN_LANGUAGES

# Both change only on publish (which purges the page cache): kept until then in this process.
_live_translations = GenerationMemo()
_translation_states = GenerationMemo()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    bidi: bool
    url: str  # where the reader lands: the same page in that language, or its home page
    is_current: bool
    is_translation: bool  # False when the link falls back to that language's home page


def home_sections(*, home: Page) -> list[Page]:
    """The sections listed on a home page: its live children that are shown in menus."""
    return list(home.get_children().live().in_menu().specific().order_by("path"))


def live_translations(*, page: Page, request: HttpRequest | None = None) -> dict[str, Page]:
    """Every live version of ``page`` (itself included), keyed by language code.

    The switcher, the hreflang links and the translation notice all need it: one query per page
    until the next publish, kept on the request and in this process. The pages are shared, so
    callers must not change them.
    """
    memo = getattr(request, "_portal_live_translations", None)
    if memo is None:
        memo = {}
        if request is not None:
            request._portal_live_translations = memo
    if page.pk not in memo:

        def find() -> dict[str, Page]:
            pages = page.get_translations(inclusive=True).live().select_related("locale")
            return {p.locale.language_code: p for p in pages}

        memo[page.pk] = _live_translations.get(page.pk, find)
    return memo[page.pk]


def language_links(
    *, request: HttpRequest, page: Page | None, current_language: str
) -> list[LanguageLink]:
    """Links for the language switcher, one per configured language, in the configured order."""
    translations = live_translations(page=page, request=request) if page is not None else {}
    same_view = _same_view_suffix(request=request, page=page) if page is not None else ""
    links = []
    for code, _name in settings.LANGUAGES:
        lang = KNOWN_LANGUAGES[code]
        if page is not None:
            translated = translations.get(code)
            url = translated.get_url(request) if translated is not None else None
            is_translation = url is not None
            if url is None:
                url = f"/{code}/"
            else:
                url += same_view
        else:
            # Not a Wagtail page (finder, search…): same view in the other language, same filters.
            url = translate_url(request.path, code)
            if request.GET:
                url = f"{url}?{urlencode(request.GET, doseq=True)}"
            is_translation = True
        links.append(
            LanguageLink(
                code=code,
                name_local=lang.name_local,
                bidi=lang.bidi,
                url=url,
                is_current=code == current_language,
                is_translation=is_translation,
            )
        )
    return links


def _same_view_suffix(*, request: HttpRequest, page: Page) -> str:
    """What the reader chose on this page, to keep when they change language: a routable page's
    own sub-path (``print/``, ``service/12/``) and the query string (the finder's filters, the
    entitlement checker's status and need). Their values are slugs, the same in every language."""
    page_url = page.get_url(request) or ""
    suffix = ""
    if page_url.startswith("/") and request.path.startswith(page_url):
        suffix = request.path[len(page_url) :]
    if request.GET:
        suffix += f"?{urlencode(request.GET, doseq=True)}"
    return suffix


def hreflang_alternates(*, request: HttpRequest, page: Page) -> list[tuple[str, str]]:
    """(language code, absolute URL) for every live translation of ``page``."""
    alternates = []
    for code, translated in live_translations(page=page, request=request).items():
        url = translated.get_full_url(request)
        if url:
            alternates.append((code, url))
    return sorted(alternates)


def configured_locales() -> list[Locale]:
    codes = [code for code, _name in settings.LANGUAGES]
    locales = {
        locale.language_code: locale for locale in Locale.objects.filter(language_code__in=codes)
    }
    return [locales[code] for code in codes if code in locales]


@dataclass(frozen=True)
class TranslationState:
    """How far a page's text is translated into the page's own language, and how current it is."""

    source_language: str
    source_url: str | None
    total_segments: int
    translated_segments: int
    # Set by the translation app's freshness records (portal/translation):
    out_of_date_since: datetime | None = None  # the source was published with changes then
    last_updated_on: datetime | None = None  # when this translation was last published
    reviewed_on: datetime | None = None  # when a reviewed version was last published

    @property
    def is_untranslated(self) -> bool:
        return self.translated_segments == 0 and self.total_segments > 0

    @property
    def is_partial(self) -> bool:
        return 0 < self.translated_segments < self.total_segments

    @property
    def is_out_of_date(self) -> bool:
        return self.out_of_date_since is not None

    def is_stale(self, *, days: int | None = None) -> bool:
        """Out of date for longer than ``PORTAL_STALE_GUIDE_DAYS``: guides then show the source
        language's facts instead of the stale ones."""
        if self.out_of_date_since is None:
            return False
        days = settings.PORTAL_STALE_GUIDE_DAYS if days is None else days
        return (timezone.now() - self.out_of_date_since).days >= days


def page_translation_state(
    *, page: Page, request: HttpRequest | None = None
) -> TranslationState | None:
    """None for a source page, or a complete, current translation nobody has reviewed yet;
    otherwise what is missing or out of date, and when it was reviewed.

    Uses wagtail-localize's own records (TranslationSource, Translation.get_progress()) and the
    translation app's freshness record, in one query besides the progress count, until the next
    publish (a cached page shows the same notice until then too).
    """
    host = request.get_host() if request is not None else ""
    return _translation_states.get(
        (page.pk, host), lambda: _page_translation_state_find(page=page, request=request)
    )


def _page_translation_state_find(*, page: Page, request: HttpRequest | None):
    from wagtail_localize.models import Translation

    translation = (
        Translation.objects.filter(
            target_locale_id=page.locale_id,
            source__object_id=page.translation_key,
            source__specific_content_type_id=page.content_type_id,
        )
        .select_related("source__locale", "freshness")
        .first()
    )
    if translation is None:
        return None  # the source page itself, or a page written directly in this language
    freshness = getattr(translation, "freshness", None)
    out_of_date_since = freshness.out_of_date_since if freshness else None
    reviewed_on = freshness.last_reviewed_at if freshness else None
    total, done = translation.get_progress()
    complete = total == 0 or done >= total
    if complete and out_of_date_since is None and reviewed_on is None:
        return None
    source_language = translation.source.locale.language_code
    source_page = live_translations(page=page, request=request).get(source_language)
    return TranslationState(
        source_language=source_language,
        source_url=source_page.get_url(request) if source_page else None,
        total_segments=total,
        translated_segments=done,
        out_of_date_since=out_of_date_since,
        last_updated_on=page.last_published_at,
        reviewed_on=reviewed_on,
    )
