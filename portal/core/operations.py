"""Writes that set up the site: locales and the home page of every language."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from portal.core.models import HomePage


def locales_sync(*, verbosity: int = 1, stdout=None) -> list[Locale]:
    """Make sure every configured language has a Wagtail Locale; never delete any."""
    locales = []
    for code, _name in settings.LANGUAGES:
        locale, created = Locale.objects.get_or_create(language_code=code)
        if created and verbosity and stdout is not None:
            stdout.write(f"Created locale {code}")
        locales.append(locale)
    return locales


def locales_sync_after_migrate(*, using="default", **kwargs):
    # Runs after every `migrate`, including the test database's, so locales always exist.
    if Locale._meta.db_table not in _table_names(using):
        return
    locales_sync(verbosity=0)


def _table_names(using):
    from django.db import connections

    return connections[using].introspection.table_names()


@transaction.atomic
def home_page_ensure(*, title: str = "Welcome", **fields) -> HomePage:
    """Return the source-language home page, replacing Wagtail's placeholder on first run."""
    locales_sync(verbosity=0)
    source_locale = Locale.get_default()
    root = Page.get_first_root_node()
    if root is None:  # an emptied database (e.g. after a test flush): Wagtail's tree needs a root
        root = Page.add_root(title="Root", slug="root", locale=source_locale)
    # Wagtail's own "Welcome to your new Wagtail site!" page is of no use to anybody.
    placeholders = [page for page in root.get_children() if page.specific_class is Page]
    for placeholder in placeholders:
        placeholder.slug = f"wagtail-placeholder-{placeholder.pk}"
        placeholder.save(update_fields=["slug"], clean=False)
    home = HomePage.objects.filter(locale=source_locale, depth=2).first()
    if home is None:
        home = HomePage(title=title, slug="home", locale=source_locale, **fields)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        site.save()
    for placeholder in placeholders:
        placeholder.delete()
    return home


def page_translate(
    *,
    page: Page,
    locale: Locale,
    strings: dict[str, str] | None = None,
    publish: bool = True,
    user=None,
    source=None,
) -> Page:
    """Translate ``page`` into ``locale`` through wagtail-localize's own path.

    ``strings`` maps source-language text (as wagtail-localize segments it) to its translation.
    Segments with no entry keep the source text: the reader sees it with an "untranslated"
    notice, and the translation editor shows them as still to do.
    Idempotent: running it again updates the same translation. ``source`` is the page's
    up-to-date ``TranslationSource`` when the caller already has it (extracting segments is the
    slow part, so translating into many languages does it once).
    """
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    if source is None:
        source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = source.stringsegment_set.select_related("string", "context") if strings else []
    for segment in segments:
        text = strings.get(segment.string.data)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
    translation.save_target(user=user, publish=publish)
    return page.get_translation(locale)


def page_translate_everywhere(*, page: Page, translations: dict[str, dict[str, str]] | None = None):
    """Give ``page`` a version in every configured locale; ``translations`` maps language → strings.

    Languages without strings get a copy in the source language, so a reader who chose that
    language keeps its interface and is told the text is not translated yet.
    """
    from wagtail_localize.models import TranslationSource

    source, _created = TranslationSource.update_or_create_from_instance(page)
    for locale in locales_sync(verbosity=0):
        if locale.pk == page.locale_id:
            continue
        page_translate(
            page=page,
            locale=locale,
            strings=(translations or {}).get(locale.language_code),
            source=source,
        )


# --- Query planner statistics -----------------------------------------------------------------
STATISTICS_REFRESH_SECONDS = 60 * 60
STATISTICS_REFRESHED_KEY = "database:statistics-refreshed"


def database_statistics_refresh(*, using: str = "default") -> bool:
    """Let SQLite's query planner see how big the tables have grown (``ANALYZE``).

    Without these statistics SQLite guesses, and for the search backend's full-text join it
    guesses wrong: it walks every search index entry and asks the full-text index about each one,
    so a finder text search over 10,000 services took 0.2-1 s instead of a few milliseconds
    (docs/performance.md). ``ANALYZE`` of such a database takes ~25 ms. PostgreSQL keeps its own
    statistics (autovacuum), so nothing is done there. True if statistics were refreshed.
    """
    from django.db import connections

    connection = connections[using]
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return True


def database_statistics_refresh_soon(**_signal_kwargs) -> None:
    """After a publish commits, refresh the statistics if the last refresh was over an hour ago
    (connected to ``page_published``): a growing directory keeps fast searches on its own."""
    from django.core.cache import cache

    def refresh() -> None:
        if cache.add(STATISTICS_REFRESHED_KEY, True, timeout=STATISTICS_REFRESH_SECONDS):
            database_statistics_refresh()

    transaction.on_commit(refresh)
