from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from wagtail.models import Locale, Site

        from portal import languages
        from portal.core import i18n, operations, page_cache
        from portal.core.models import PortalSettings

        languages.register_with_django()
        i18n.install_ui_fallbacks()
        # Every configured language gets a Wagtail Locale as soon as the database exists.
        post_migrate.connect(operations.locales_sync_after_migrate, sender=self)
        page_cache.connect_signals()
        for model in (PortalSettings, Site, Locale):
            page_cache.purge_when_saved(model)
