from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "portal.translation"
    label = "portal_translation"
    verbose_name = _("Translation")

    def ready(self):
        from portal.core.page_cache import purge_when_saved
        from portal.translation import signals
        from portal.translation.models import TranslationFreshness

        signals.connect()
        purge_when_saved(TranslationFreshness)  # readers' "out of date" notices read it
