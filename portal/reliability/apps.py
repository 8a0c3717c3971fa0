from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReliabilityConfig(AppConfig):
    """Keeping editors' work and the site safe: the page trash, backups, and faults."""

    name = "portal.reliability"
    label = "reliability"
    verbose_name = _("Reliability")
