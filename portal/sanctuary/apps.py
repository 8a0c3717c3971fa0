from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SanctuaryConfig(AppConfig):
    name = "portal.sanctuary"
    label = "sanctuary"
    verbose_name = _("Sanctuary")
