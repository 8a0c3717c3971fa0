"""Writes for the translation workflow: groups and workflows, review, freshness, PO import."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils import translation as django_translation
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from portal.translation import selectors
from portal.translation.models import (
    ACCURACY_GROUP_NAME,
    AccuracySignOffTask,
    TranslationFreshness,
    reviewer_group_name,
    translator_group_name,
)

logger = logging.getLogger(__name__)

TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page")
# Reviewers approve through the workflow; nobody but an administrator publishes a translation
# directly, so none of these groups has "publish_page".
REVIEWER_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page", "unlock_page")
SNIPPET_ACTIONS = ("add", "change", "view")


def _permission(codename: str, app_label: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _custom_permission(app_label: str, model: str, codename: str, name: str) -> Permission:
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def _translatable_snippet_models() -> list[type]:
    from wagtail.models import TranslatableMixin

    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _grant_snippet_permissions(group: Group) -> None:
    # Model-level rights; which locale's entries may be changed is decided per object by the
    # snippet permission policy (portal.translation.permissions).
    for model in _translatable_snippet_models():
        content_type = ContentType.objects.get_for_model(model)
        for action in SNIPPET_ACTIONS:
            codename = f"{action}_{model._meta.model_name}"
            permission = Permission.objects.filter(content_type=content_type, codename=codename)
            group.permissions.add(*permission)


def _grant_page_permissions(group: Group, page: Page, codenames) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission(codename, "wagtailcore")
        )


@dataclass
class GroupsReport:
    groups: list[str] = field(default_factory=list)
    workflows: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@transaction.atomic
def translation_groups_setup() -> GroupsReport:
    """Create or update, for every configured target language, its translator and reviewer
    groups, their page permissions on that locale's home page, and its review workflow.

    Idempotent: running it again adds what is missing and changes nothing else.
    """
    report = GroupsReport()
    # Both are created by data migrations (of wagtailadmin and wagtail-localize), which a
    # database flush (transactional tests) does not replay: make sure they exist.
    access_admin = _custom_permission(
        "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"
    )
    # Lets translators "sync" a page with its changed source (never publishing: see views.py).
    sync = _custom_permission(
        "wagtail_localize", "translation", "submit_translation", "Can submit translations"
    )
    accuracy_group, _created = Group.objects.get_or_create(name=ACCURACY_GROUP_NAME)
    accuracy_group.permissions.add(access_admin)
    report.groups.append(accuracy_group.name)
    accuracy_task = _accuracy_task(accuracy_group)
    for code in selectors.target_language_codes():
        name = selectors.language_name(code)
        translators, _created = Group.objects.get_or_create(name=translator_group_name(name))
        reviewers, _created = Group.objects.get_or_create(name=reviewer_group_name(name))
        for group in (translators, reviewers):
            group.permissions.add(access_admin, sync)
            _grant_snippet_permissions(group)
            report.groups.append(group.name)
        locale = Locale.objects.filter(language_code=code).first()
        home = selectors.locale_home(locale=locale) if locale else None
        if home is None:
            report.warnings.append(
                f"No home page in {name} ({code}) yet: translate the home page, then run this "
                "command again to give its groups their page permissions and workflow."
            )
            continue
        _grant_page_permissions(translators, home, TRANSLATOR_PAGE_PERMISSIONS)
        _grant_page_permissions(reviewers, home, REVIEWER_PAGE_PERMISSIONS)
        workflow = _language_workflow(name, reviewers, accuracy_task)
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
        report.workflows.append(workflow.name)
    return report


def _accuracy_task(group: Group) -> AccuracySignOffTask:
    task = AccuracySignOffTask.objects.filter(name="Accuracy sign-off").first()
    if task is None:
        task = AccuracySignOffTask.objects.create(name="Accuracy sign-off")
    task.groups.add(group)
    return task


def _language_workflow(name: str, reviewers: Group, accuracy_task) -> Workflow:
    workflow, _created = Workflow.objects.get_or_create(name=f"Translation review — {name}")
    review = GroupApprovalTask.objects.filter(name=f"Review — {name}").first()
    if review is None:
        review = GroupApprovalTask.objects.create(name=f"Review — {name}")
    review.groups.add(reviewers)
    for order, task in enumerate([review, accuracy_task]):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    return workflow


# --- Review ----------------------------------------------------------------------------------------
class ReviewError(Exception):
    """Why a translation could not be sent for review, in words for its translator."""


def translation_submit_for_review(*, translation, user):
    """Save the translation as a draft of its page and start (or resume) the locale's workflow.

    The page goes live only when the workflow's last task is approved.
    """
    target = translation.get_target_instance()
    if not isinstance(target, Page):
        raise ReviewError("Only pages go through review.")
    if not target.permissions_for_user(user).can_edit():
        raise ReviewError("You cannot edit this page.")
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=target.pk).specific
    state = page.current_workflow_state
    if state is not None:
        if state.status == state.STATUS_NEEDS_CHANGES:
            state.resume(user)
        return state
    workflow = page.get_workflow()
    if workflow is None:
        raise ReviewError("No review workflow is attached to this language.")
    return workflow.start(page, user)


# --- Freshness -------------------------------------------------------------------------------------
def source_published(
    *, page: Page, revision=None, minor: bool = False
) -> list[TranslationFreshness]:
    """Mark out of date every translation of ``page`` whose source text now differs from what
    it was translated from. A minor change (typo fix) marks none. Returns the records marked."""
    if minor:
        return []
    marked = []
    now = timezone.now()
    instance = revision.as_object() if revision is not None else page
    current = selectors.source_strings_now(instance=instance)
    snapshots = {}
    for translation in selectors.page_translations(page=page).filter(enabled=True):
        source = translation.source
        if source.pk not in snapshots:
            snapshots[source.pk] = selectors.source_strings_at_sync(source=source)
        if not selectors.strings_diff(before=snapshots[source.pk], after=current):
            continue  # published again with the same text: nothing for translators to do
        record, _created = TranslationFreshness.objects.get_or_create(translation=translation)
        if record.out_of_date_since is None:
            record.out_of_date_since = now
            record.strings_before_change = snapshots[source.pk]
        record.source_revision = revision
        record.save()
        marked.append(record)
    if marked:
        transaction.on_commit(lambda: translators_notify(records=marked))
    return marked


def translation_published(*, page: Page, reviewed: bool = False) -> TranslationFreshness | None:
    """A translated page went live: it is current if synced since it went stale. ``reviewed``
    when its review workflow published it (readers are then told when it was reviewed)."""
    translation = selectors.translation_for_target(page=page)
    if translation is None:
        return None
    record, _created = TranslationFreshness.objects.get_or_create(translation=translation)
    if reviewed:
        record.last_reviewed_at = timezone.now()
    if record.out_of_date_since and translation.source.last_updated_at >= record.out_of_date_since:
        record.out_of_date_since = None
        record.source_revision = None
        record.strings_before_change = {}
    record.save()
    return record


def translators_notify(*, records: list[TranslationFreshness]) -> int:
    """E-mail each language's translators about the translations that fell out of date.

    The e-mail is written in the translator's language where the portal has it. Returns the
    number of messages sent.
    """
    by_language: dict[str, list[TranslationFreshness]] = {}
    for record in records:
        by_language.setdefault(record.translation.target_locale.language_code, []).append(record)
    sent = 0
    for code, items in by_language.items():
        recipients = [user.email for user in selectors.translators_of(language_code=code)]
        if not recipients:
            continue
        with django_translation.override(code):
            context = {
                "items": [
                    {"title": item.translation.source.object_repr, "record": item} for item in items
                ],
                "language_name": selectors.language_name(code),
                "dashboard_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("portal_translation:dashboard"),
            }
            subject = render_to_string("translation/email/out_of_date_subject.txt", context)
            body = render_to_string("translation/email/out_of_date.txt", context)
        send_mail(" ".join(subject.split()), body, None, recipients)
        now = timezone.now()
        TranslationFreshness.objects.filter(pk__in=[item.pk for item in items]).update(
            translators_notified_at=now
        )
        sent += 1
    return sent


# --- PO files --------------------------------------------------------------------------------------
@dataclass
class PoImportReport:
    accepted: int = 0
    blank: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (text, reason)
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def translation_import_po(*, translation, content: bytes, user) -> PoImportReport:
    """Import a translator's PO file through wagtail-localize, and say what was taken or not."""
    import polib

    report = PoImportReport()
    try:
        text = content.decode("utf-8")
        po = polib.pofile(text)
    except (OSError, UnicodeDecodeError, ValueError):
        report.error = "not_po"
        return report
    if not len(po) and not po.metadata:
        report.error = "not_po"
        return report
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        report.error = "other_translation"
        return report
    warnings = translation.import_po(po, user=user, tool_name="PO File")
    warned = {warning.index for warning in warnings}
    for warning in warnings:
        reason = type(warning).__name__
        report.rejected.append((getattr(warning, "msgid", "") or po[warning.index].msgid, reason))
    for index, entry in enumerate(po):
        if index in warned:
            continue
        if not entry.msgstr:
            report.blank += 1
        else:
            report.accepted += 1
    return report
