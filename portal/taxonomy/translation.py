"""django-modeltranslation registrations: one column per known language for each label.

Columns exist for every language the portal knows (not only the configured ones), so that a
council changing PORTAL_LANGUAGES never needs a new migration.
"""

from modeltranslation.translator import TranslationOptions, register

from portal.taxonomy.models import District, ImmigrationStatus, Need, SpokenLanguage


@register(ImmigrationStatus)
class ImmigrationStatusTranslation(TranslationOptions):
    fields = ("label", "explanation")
    required_languages = ("en",)


@register(Need)
class NeedTranslation(TranslationOptions):
    fields = ("label", "description")
    required_languages = ("en",)


@register(District)
class DistrictTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(SpokenLanguage)
class SpokenLanguageTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)
