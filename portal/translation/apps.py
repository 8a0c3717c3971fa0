from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "portal.translation"
    label = "portal_translation"
    verbose_name = _("Translation")

    def ready(self):
        from portal.translation import signals

        signals.connect()
