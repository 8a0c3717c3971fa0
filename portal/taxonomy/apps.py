from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "portal.taxonomy"
    label = "taxonomy"
    verbose_name = _("Taxonomy")

    def ready(self):
        from portal.core.page_cache import purge_when_saved
        from portal.taxonomy.models import District, ImmigrationStatus, Need, SpokenLanguage

        # Their labels appear on public pages.
        for model in (ImmigrationStatus, Need, District, SpokenLanguage):
            purge_when_saved(model)
