from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "portal.directory"
    label = "directory"
    verbose_name = _("Directory")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from portal.taxonomy.models import District, ImmigrationStatus, Need, SpokenLanguage

        # The directory keeps the vocabularies in the cache; an edited term must show at once.
        for model in (District, ImmigrationStatus, Need, SpokenLanguage):
            post_save.connect(_forget_terms, sender=model, dispatch_uid=f"directory-{model}")
            post_delete.connect(_forget_terms, sender=model, dispatch_uid=f"directory-d-{model}")
        from portal.directory.models import Organisation

        post_save.connect(_forget_organisations, sender=Organisation, dispatch_uid="directory-o")
        post_delete.connect(_forget_organisations, sender=Organisation, dispatch_uid="directory-od")


def _forget_terms(**kwargs):
    from portal.directory.selectors import taxonomy_terms_forget

    taxonomy_terms_forget()


def _forget_organisations(**kwargs):
    from portal.directory.selectors import organisations_forget

    organisations_forget()
