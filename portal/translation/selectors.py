"""Reads for the translation workflow: who translates what, how current each translation is."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page

from portal.languages import KNOWN_LANGUAGES
from portal.translation.models import (
    TranslationFreshness,
    accuracy_model_labels,
    reviewer_group_name,
    translator_group_name,
)


def source_language_code() -> str:
    return settings.LANGUAGES[0][0]


def target_language_codes() -> list[str]:
    """Every configured language except the source language, in the configured order."""
    return [code for code, _name in settings.LANGUAGES[1:]]


def language_name(code: str) -> str:
    return KNOWN_LANGUAGES[code].name


def accuracy_models() -> list[type]:
    """The configured page models that need an accuracy sign-off; labels with no model are
    skipped, so the setting may name a model another app has not shipped yet."""
    models = []
    for label in accuracy_model_labels():
        try:
            models.append(apps.get_model(label))
        except (LookupError, ValueError):
            continue
    return models


def page_needs_accuracy_sign_off(*, page) -> bool:
    specific_class = getattr(page, "specific_class", None) or type(page)
    return any(issubclass(specific_class, model) for model in accuracy_models())


def locale_home(*, locale: Locale) -> Page | None:
    """The top page of a locale's tree (its home page), where its permissions are attached."""
    return Page.objects.filter(depth=2, locale=locale).order_by("path").first()


def user_language_codes(*, user, roles: tuple[str, ...] = ("translator", "reviewer")) -> list[str]:
    """The languages a user translates or reviews, from their group memberships."""
    names = set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
    codes = []
    for code in target_language_codes():
        wanted = set()
        if "translator" in roles:
            wanted.add(translator_group_name(language_name(code)))
        if "reviewer" in roles:
            wanted.add(reviewer_group_name(language_name(code)))
        if names & wanted:
            codes.append(code)
    return codes


def user_may_edit_locale(*, user, locale: Locale) -> bool:
    """Whether a user may change content (snippets) in ``locale``.

    Superusers and people outside every translator/reviewer group (source-language editors)
    are governed by their ordinary permissions; a translator or reviewer only in their languages,
    never in the source language.
    """
    if user.is_superuser:
        return True
    codes = user_language_codes(user=user)
    if not codes:
        return True
    return locale.language_code in codes


def translators_of(*, language_code: str):
    """Active users in the language's translator group, with an e-mail address."""
    group = Group.objects.filter(name=translator_group_name(language_name(language_code))).first()
    if group is None:
        return []
    return list(group.user_set.filter(is_active=True).exclude(email=""))


def page_translations(*, page: Page):
    """wagtail-localize Translations whose source is ``page`` (in its own locale)."""
    from wagtail_localize.models import Translation

    return Translation.objects.filter(
        source__object_id=page.translation_key,
        source__locale_id=page.locale_id,
        source__specific_content_type_id=page.content_type_id,
    ).select_related("source", "target_locale")


def translation_for_target(*, page: Page):
    """The wagtail-localize Translation that produced ``page`` (a translated page), or None."""
    from wagtail_localize.models import Translation

    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
        )
        .exclude(source__locale_id=page.locale_id)
        .select_related("source__locale", "target_locale")
        .first()
    )


def source_strings_now(*, instance) -> dict[str, str]:
    """Path → text of every translatable segment of ``instance`` as it is now."""
    from wagtail_localize.segments.extract import extract_segments
    from wagtail_localize.segments.types import StringSegmentValue

    return {
        segment.path: segment.string.data
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    }


def source_strings_at_sync(*, source) -> dict[str, str]:
    """Path → text of every segment as the translation source last captured it (last sync)."""
    return {
        segment.context.path: segment.string.data
        for segment in source.stringsegment_set.select_related("string", "context")
    }


@dataclass(frozen=True)
class SourceChange:
    path: str
    before: str | None  # None: added since the last sync
    after: str | None  # None: removed since the last sync

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        if self.after is None:
            return "removed"
        return "changed"


def source_changes_since_sync(*, source, instance=None, before=None) -> list[SourceChange]:
    """What changed in the live source since ``source`` (a TranslationSource) was last synced,
    or since ``before`` (path → text, what the translation was made from) when given."""
    if instance is None:
        instance = source.get_source_instance()
        if isinstance(instance, Page):
            live = instance.specific
            revision = live.live_revision
            instance = revision.as_object() if revision else live
    if not before:
        before = source_strings_at_sync(source=source)
    return strings_diff(before=before, after=source_strings_now(instance=instance))


def strings_diff(*, before: dict[str, str], after: dict[str, str]) -> list[SourceChange]:
    """Text-level differences; a block that only moved or got a new id is no change."""
    before_texts, after_texts = set(before.values()), set(after.values())
    changes = []
    reported = set()
    for path, text in after.items():
        old = before.get(path)
        if old is not None and old != text and text not in before_texts and old not in after_texts:
            changes.append(SourceChange(path=path, before=old, after=text))
            reported.update({old, text})
    for path, text in after.items():
        if text not in before_texts and text not in reported:
            changes.append(SourceChange(path=path, before=None, after=text))
            reported.add(text)
    for path, text in before.items():
        if text not in after_texts and text not in reported:
            changes.append(SourceChange(path=path, before=text, after=None))
            reported.add(text)
    return changes


def freshness_for(*, translation) -> TranslationFreshness | None:
    return TranslationFreshness.objects.filter(translation=translation).first()


def translation_changes(*, translation) -> list[SourceChange]:
    """For the translation editor: what changed in the source since this translation was made."""
    record = freshness_for(translation=translation)
    before = record.strings_before_change if record and record.is_out_of_date else None
    return source_changes_since_sync(source=translation.source, before=before)


@dataclass(frozen=True)
class ReaderFreshness:
    """What a reader of a translated page is told about how current it is."""

    last_updated_on: datetime | None
    out_of_date_since: datetime | None
    reviewed_on: datetime | None
    language_code: str

    @property
    def is_out_of_date(self) -> bool:
        return self.out_of_date_since is not None

    def is_stale(self, *, days: int | None = None) -> bool:
        """Out of date for longer than ``PORTAL_STALE_GUIDE_DAYS``."""
        if self.out_of_date_since is None:
            return False
        days = settings.PORTAL_STALE_GUIDE_DAYS if days is None else days
        return (timezone.now() - self.out_of_date_since).days >= days


def reader_freshness(*, page: Page) -> ReaderFreshness | None:
    """Freshness of a translated page for its readers; None for a source page."""
    record = (
        TranslationFreshness.objects.filter(
            translation__source__object_id=page.translation_key,
            translation__target_locale_id=page.locale_id,
        )
        .exclude(translation__source__locale_id=page.locale_id)
        .first()
    )
    if record is None:
        return None
    return ReaderFreshness(
        last_updated_on=page.last_published_at,
        out_of_date_since=record.out_of_date_since,
        reviewed_on=record.last_reviewed_at,
        language_code=page.locale.language_code,
    )


# --- Glossary ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GlossaryEntry:
    source_term: str
    term: str
    keep_in_english: bool
    explanation: str
    notes: str = ""
    translated: bool = True


def glossary_entries(*, locale: Locale) -> list[GlossaryEntry]:
    """Every glossary term in ``locale``'s language; terms not translated yet show the English."""
    from portal.translation.models import GlossaryTerm

    source_locale = Locale.objects.filter(language_code=source_language_code()).first()
    sources = {
        term.translation_key: term for term in GlossaryTerm.objects.filter(locale=source_locale)
    }
    local = {term.translation_key: term for term in GlossaryTerm.objects.filter(locale=locale)}
    entries = []
    for key, source in sources.items():
        item = local.get(key)
        if item is None or locale == source_locale:
            item = source
        entries.append(
            GlossaryEntry(
                source_term=source.term,
                term=source.term if item.keep_in_english else item.term,
                keep_in_english=item.keep_in_english,
                explanation=item.explanation,
                notes=item.notes,
                translated=item is not source or locale == source_locale,
            )
        )
    return sorted(entries, key=lambda entry: entry.term.casefold())


def glossary_terms_in_text(*, texts, locale: Locale) -> list[GlossaryEntry]:
    """Glossary entries (in ``locale``) whose English term occurs in any of ``texts``."""
    haystack = " ".join(texts).casefold()
    return [
        entry
        for entry in glossary_entries(locale=locale)
        if entry.source_term.casefold() in haystack
    ]


# --- Dashboard -----------------------------------------------------------------------------------
STATUS_UP_TO_DATE = "up_to_date"
STATUS_OUT_OF_DATE = "out_of_date"
STATUS_IN_REVIEW = "in_review"
STATUS_DRAFT = "draft"
STATUS_MISSING = "missing"
STATUS_MACHINE_DRAFT = "machine_draft"
STATUSES = (
    STATUS_UP_TO_DATE,
    STATUS_OUT_OF_DATE,
    STATUS_IN_REVIEW,
    STATUS_DRAFT,
    STATUS_MACHINE_DRAFT,
    STATUS_MISSING,
)


@dataclass
class DashboardCell:
    language_code: str
    status: str
    page_id: int | None  # the translated page, if there is one
    translation_id: int | None


@dataclass
class DashboardRow:
    page: Page
    is_guide: bool
    cells: list[DashboardCell] = field(default_factory=list)


@dataclass
class Dashboard:
    languages: list[str]
    rows: list[DashboardRow]
    counts: dict[str, dict[str, int]]  # language → status → count
    sections: list[Page]


def translation_dashboard(
    *, section_id: int | None = None, language_codes: list[str] | None = None
) -> Dashboard:
    """Source pages × target languages, each cell a status; guides (accuracy models) first.

    A fixed number of queries whatever the number of pages.
    """
    from wagtail.models import WorkflowState
    from wagtail_localize.models import StringTranslation, Translation

    source_locale = Locale.objects.get(language_code=source_language_code())
    languages = [
        code for code in target_language_codes() if not language_codes or code in language_codes
    ]
    home = locale_home(locale=source_locale)
    sections = list(home.get_children().order_by("path")) if home else []
    pages = Page.objects.filter(locale=source_locale, depth__gte=2)
    if section_id:
        section = Page.objects.filter(pk=section_id).first()
        pages = pages.descendant_of(section, inclusive=True) if section else pages.none()
    pages = list(pages.order_by("path").select_related("content_type"))
    keys = [page.translation_key for page in pages]
    translated = {
        (page.translation_key, page.locale.language_code): page
        for page in Page.objects.filter(translation_key__in=keys)
        .exclude(locale=source_locale)
        .select_related("locale")
    }
    translations = {
        (t.source.object_id, t.target_locale.language_code): t
        for t in Translation.objects.filter(
            source__object_id__in=keys, enabled=True
        ).select_related("source", "target_locale")
    }
    stale = set(
        TranslationFreshness.objects.filter(
            translation__in=[t.pk for t in translations.values()], out_of_date_since__isnull=False
        ).values_list("translation_id", flat=True)
    )
    in_review = set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type__app_label="wagtailcore",
            base_content_type__model="page",
            object_id__in=[str(page.pk) for page in translated.values()],
        ).values_list("object_id", flat=True)
    )
    machine = set(
        StringTranslation.objects.filter(
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            context__object_id__in=keys,
        ).values_list("context__object_id", "locale__language_code")
    )
    guide_models = accuracy_models()
    rows = []
    counts = {code: dict.fromkeys(STATUSES, 0) for code in languages}
    for page in pages:
        is_guide = any(issubclass(page.specific_class or Page, model) for model in guide_models)
        row = DashboardRow(page=page, is_guide=is_guide)
        for code in languages:
            target = translated.get((page.translation_key, code))
            translation = translations.get((page.translation_key, code))
            if target is None:
                status = STATUS_MISSING
            elif str(target.pk) in in_review:
                status = STATUS_IN_REVIEW
            elif translation is not None and translation.pk in stale:
                status = STATUS_OUT_OF_DATE
            elif (page.translation_key, code) in machine and not target.live:
                status = STATUS_MACHINE_DRAFT
            elif not target.live or target.has_unpublished_changes:
                status = STATUS_DRAFT
            else:
                status = STATUS_UP_TO_DATE
            counts[code][status] += 1
            row.cells.append(
                DashboardCell(
                    language_code=code,
                    status=status,
                    page_id=target.pk if target else None,
                    translation_id=translation.pk if translation else None,
                )
            )
        rows.append(row)
    rows.sort(key=lambda row: not row.is_guide)  # stable: guides first, tree order kept
    return Dashboard(languages=languages, rows=rows, counts=counts, sections=sections)


def out_of_date_for_user(*, user, limit: int = 20) -> list[TranslationFreshness]:
    """Out-of-date translations in the languages a user translates or reviews (admin panel)."""
    codes = user_language_codes(user=user)
    if not codes and not user.is_superuser:
        return []
    records = TranslationFreshness.objects.filter(out_of_date_since__isnull=False)
    if codes:
        records = records.filter(translation__target_locale__language_code__in=codes)
    return list(
        records.select_related("translation__source", "translation__target_locale").order_by(
            "-out_of_date_since"
        )[:limit]
    )


def status_labels() -> dict[str, str]:
    from django.utils.translation import gettext as _

    return {
        STATUS_UP_TO_DATE: _("up to date"),
        STATUS_OUT_OF_DATE: _("out of date"),
        STATUS_IN_REVIEW: _("in review"),
        STATUS_DRAFT: _("draft"),
        STATUS_MACHINE_DRAFT: _("machine draft"),
        STATUS_MISSING: _("missing"),
    }
