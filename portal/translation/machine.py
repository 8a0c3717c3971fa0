"""The portal's machine-translation policy, wrapped around wagtail-localize's translators."""

from django.conf import settings
from django.utils.module_loading import import_string
from wagtail_localize.machine_translators.base import BaseMachineTranslator


def machine_translation_allowed(*, language_code: str) -> bool:
    """Whether text in this language may be drafted by machine (never published unreviewed)."""
    return language_code in getattr(settings, "PORTAL_MACHINE_TRANSLATION_LANGUAGES", [])


class PolicyMachineTranslator(BaseMachineTranslator):
    """Delegates to the configured translator (``OPTIONS["BACKEND"]``) for the languages the
    policy allows, and refuses the others; wagtail-localize then offers no machine translation
    in the editor and its machine-translate view answers 404. Its text is recorded as machine
    translation (StringTranslation.translation_type) by wagtail-localize itself."""

    def __init__(self, options):
        super().__init__(options)
        backend = options.get("BACKEND")
        self.backend = (
            import_string(backend["CLASS"])(backend.get("OPTIONS", {})) if backend else None
        )
        self.display_name = getattr(self.backend, "display_name", "Machine translation")

    def can_translate(self, source_locale, target_locale):
        return (
            self.backend is not None
            and machine_translation_allowed(language_code=target_locale.language_code)
            and self.backend.can_translate(source_locale, target_locale)
        )

    def translate(self, source_locale, target_locale, strings):
        if not self.can_translate(source_locale, target_locale):
            raise PermissionError(f"Machine translation into {target_locale} is not allowed.")
        return self.backend.translate(source_locale, target_locale, strings)
