"""Translation workflow records: accuracy sign-off task, freshness of each translation, glossary."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import GroupApprovalTask, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.models import SampleContentMixin


class AccuracySignOffTask(GroupApprovalTask):
    """A second approval, by advice workers, for page types that carry legal facts.

    Attached to every locale's workflow; for page types outside
    ``PORTAL_TRANSLATION_ACCURACY_MODELS`` it approves itself at once, so one workflow per locale
    serves every page type.
    """

    def start(self, workflow_state, user=None):
        from portal.translation.selectors import page_needs_accuracy_sign_off

        if page_needs_accuracy_sign_off(page=workflow_state.content_object):
            return super().start(workflow_state, user=user)
        # Skipped without notifying anyone: the workflow moves straight on to publishing.
        task_state = self.get_task_state_class()(workflow_state=workflow_state)
        task_state.status = task_state.STATUS_SKIPPED
        task_state.revision = workflow_state.content_object.get_latest_revision()
        task_state.task = self
        task_state.finished_at = timezone.now()
        task_state.comment = "Not a page type that needs an accuracy sign-off."
        task_state.save()
        return task_state

    @classmethod
    def get_description(cls):
        return _("Advice workers check the facts of a translated guide before it is published.")

    class Meta:
        verbose_name = _("accuracy sign-off task")
        verbose_name_plural = _("accuracy sign-off tasks")


class TranslationFreshness(models.Model):
    """Whether one wagtail-localize Translation still matches its source.

    Set out of date when the source is published with changed text; made current again when the
    translation, synced since, is published after review.
    """

    translation = models.OneToOneField(
        "wagtail_localize.Translation",
        on_delete=models.CASCADE,
        related_name="freshness",
        help_text=_("The translation (source object and target language) this record is about."),
    )
    out_of_date_since = models.DateTimeField(
        _("out of date since"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("When the source was published with changes; empty when up to date."),
    )
    source_revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The source revision whose publication made this translation out of date."),
    )
    strings_before_change = models.JSONField(
        _("source text before the change"),
        default=dict,
        blank=True,
        help_text=_(
            "The source text this translation was made from (segment path → text), kept when "
            "it falls out of date so translators can see what changed."
        ),
    )
    last_reviewed_at = models.DateTimeField(
        _("last reviewed on"),
        null=True,
        blank=True,
        help_text=_("When a reviewed version of this translation was last published."),
    )
    translators_notified_at = models.DateTimeField(
        _("translators notified on"),
        null=True,
        blank=True,
        help_text=_("When this language's translators were last told that the source changed."),
    )

    class Meta:
        verbose_name = _("translation freshness")
        verbose_name_plural = _("translation freshness")

    def __str__(self):
        state = "out of date" if self.out_of_date_since else "current"
        return f"{self.translation_id}: {state}"

    @property
    def is_out_of_date(self) -> bool:
        return self.out_of_date_since is not None


class GlossaryTerm(SampleContentMixin, TranslatableMixin, index.Indexed, models.Model):
    """A term translators must render consistently, e.g. "section 95 support" or "NRPF".

    The source-language entry holds the English term; each language has its own entry (same
    translation key) with the approved translation, or the English term kept and explained.
    """

    term = models.CharField(
        _("term"),
        max_length=120,
        help_text=_("The term as it should appear in this language (the English term in English)."),
    )
    keep_in_english = models.BooleanField(
        _("keep in English and explain"),
        default=False,
        help_text=_(
            "Tick when readers meet the English term in letters and offices, so it stays in "
            "English and the explanation below says what it means."
        ),
    )
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        max_length=600,
        help_text=_("One or two plain sentences saying what the term means, for readers."),
    )
    notes = models.TextField(
        _("notes for translators"),
        blank=True,
        max_length=1000,
        help_text=_("Advice for translators (never shown to readers): usage, terms to avoid."),
    )

    translatable_fields = [
        TranslatableField("term"),
        TranslatableField("explanation"),
        TranslatableField("notes"),
        SynchronizedField("is_sample_content"),
    ]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.FilterField("locale_id"),
    ]
    panels = [
        FieldPanel("term"),
        FieldPanel("keep_in_english"),
        FieldPanel("explanation"),
        FieldPanel("notes"),
        FieldPanel("is_sample_content"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return self.term


def translator_group_name(language_name: str) -> str:
    return f"Translators — {language_name}"


def reviewer_group_name(language_name: str) -> str:
    return f"Reviewers — {language_name}"


ACCURACY_GROUP_NAME = "Accuracy sign-off"


def accuracy_model_labels() -> list[str]:
    return list(getattr(settings, "PORTAL_TRANSLATION_ACCURACY_MODELS", []))
