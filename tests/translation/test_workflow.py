"""A translation goes live only through its language's review workflow (real Wagtail workflow)."""

import pytest
from django.urls import reverse
from wagtail.models import Page, TaskState

from portal.core.factories import StandardPageFactory
from portal.core.operations import page_translate
from portal.translation.operations import translation_submit_for_review
from portal.translation.selectors import translation_for_target
from tests.translation.conftest import refused

pytestmark = pytest.mark.django_db


def approve(client, user, page):
    """Approve the page's current task through Wagtail's own workflow action view."""
    page = Page.objects.get(pk=page.pk).specific
    task_state = page.current_workflow_state.current_task_state
    client.force_login(user)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )


@pytest.fixture
def draft_translation(home, locales, groups, publish_on_commit):
    """A new page whose Arabic translation has been started but never published."""
    page = StandardPageFactory(parent=home, slug="health", title="Health care", introduction="GP.")
    page.save_revision().publish()
    target = page_translate(
        page=page, locale=locales["ar"], strings={"Health care": "الرعاية الصحية"}, publish=False
    )
    return Page.objects.get(pk=target.pk).specific


class ReviewWorkflowTests:
    def test_a_translation_is_a_draft_until_reviewed(self, draft_translation):
        assert not draft_translation.live

    def test_submit_then_reviewer_approves_then_it_is_live(
        self, client, people, draft_translation, publish_on_commit
    ):
        translation = translation_for_target(page=draft_translation)
        client.force_login(people["translator_ar"])
        response = client.post(
            reverse("portal_translation:submit_for_review", args=[translation.pk])
        )
        assert response.status_code == 302
        page = Page.objects.get(pk=draft_translation.pk)
        assert not page.live
        assert page.current_workflow_task.name == "Review — Arabic"

        # A reviewer of another language cannot approve it
        approve(client, people["reviewer_uk"], page)
        assert not Page.objects.get(pk=page.pk).live

        approve(client, people["reviewer_ar"], page)
        page = Page.objects.get(pk=page.pk)
        assert page.live
        assert page.title == "الرعاية الصحية"
        # Not a guide: the accuracy sign-off was skipped, not waited for
        skipped = TaskState.objects.filter(
            workflow_state__object_id=str(page.pk), task__name="Accuracy sign-off"
        ).get()
        assert skipped.status == TaskState.STATUS_SKIPPED

    def test_guides_also_need_an_accuracy_sign_off(
        self, client, people, draft_translation, settings, publish_on_commit
    ):
        settings.PORTAL_TRANSLATION_ACCURACY_MODELS = [
            "entitlements.EntitlementGuidePage",
            "core.StandardPage",
        ]
        translation = translation_for_target(page=draft_translation)
        translation_submit_for_review(translation=translation, user=people["translator_ar"])
        approve(client, people["reviewer_ar"], draft_translation)
        page = Page.objects.get(pk=draft_translation.pk)
        assert not page.live
        assert page.current_workflow_task.name == "Accuracy sign-off"
        approve(client, people["accuracy"], page)
        assert Page.objects.get(pk=page.pk).live

    def test_translator_of_another_language_cannot_submit(self, client, people, draft_translation):
        translation = translation_for_target(page=draft_translation)
        client.force_login(people["translator_uk"])
        response = client.post(
            reverse("portal_translation:submit_for_review", args=[translation.pk])
        )
        assert refused(response)
        assert Page.objects.get(pk=draft_translation.pk).current_workflow_state is None
