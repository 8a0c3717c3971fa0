from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "portal.directory"
    label = "directory"
    verbose_name = _("Directory")

    def ready(self):
        from portal.core.page_cache import purge_when_saved
        from portal.directory.models import Organisation

        # Service pages and the finder's cards show organisations' names and links.
        purge_when_saved(Organisation)
