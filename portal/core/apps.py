from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from wagtail.models import Locale, PageViewRestriction, Site

        from portal import languages
        from portal.core import i18n, operations, page_cache
        from portal.core.models import PortalSettings

        languages.register_with_django()
        i18n.install_ui_fallbacks()
        # Every configured language gets a Wagtail Locale as soon as the database exists.
        post_migrate.connect(operations.locales_sync_after_migrate, sender=self)
        page_cache.connect_signals()
        from wagtail.signals import page_published

        page_published.connect(
            operations.database_statistics_refresh_soon,
            dispatch_uid="portal-database-statistics",
        )
        # A new privacy setting must reach readers at once, not when the cached copy expires.
        for model in (PortalSettings, Site, Locale, PageViewRestriction):
            page_cache.purge_when_saved(model)
