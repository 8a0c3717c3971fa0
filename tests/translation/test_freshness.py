"""Publishing a source change marks exactly the right translations out of date; readers and
translators are told; a minor change marks none."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.core.operations import page_translate
from portal.translation.models import TranslationFreshness
from portal.translation.operations import translation_submit_for_review
from portal.translation.selectors import translation_for_target

pytestmark = pytest.mark.django_db


def edit_and_publish(client, user, page, *, title, minor=False):
    """Change the English page's title through the Wagtail editor and publish it."""
    client.force_login(user)
    body = streamfield(
        [
            ("heading", {"text": "Your rights", "level": "h2"}),
            (
                "callout",
                {"kind": "info", "title": "Free help", "text": rich_text("<p>Advice is free.</p>")},
            ),
        ]
    )
    for index, block in enumerate(page.specific.body):
        body[str(index)]["id"] = block.id  # as the editor sends them: blocks keep their ids
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "introduction": page.introduction,
            "body": body,
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if minor:
        url += "?minor_change=1"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Page.objects.get(pk=page.pk)


def out_of_date_languages():
    return sorted(
        TranslationFreshness.objects.filter(out_of_date_since__isnull=False).values_list(
            "translation__target_locale__language_code", flat=True
        )
    )


class OutOfDateTests:
    def test_publishing_a_change_marks_every_translation_of_that_page_and_no_other(
        self, client, people, source_page, translated, home, locales, publish_on_commit
    ):
        other = translated["ar"]  # another page's translations must stay current
        assert out_of_date_languages() == []
        page = edit_and_publish(client, people["admin"], source_page, title="Housing and shelter")
        assert page.title == "Housing and shelter"
        assert out_of_date_languages() == ["ar", "uk"]
        assert other.pk

    def test_publishing_again_without_changing_text_marks_none(
        self, client, people, source_page, translated, publish_on_commit
    ):
        edit_and_publish(client, people["admin"], source_page, title="Housing support")
        assert out_of_date_languages() == []

    def test_a_minor_change_marks_none(
        self, client, people, source_page, translated, publish_on_commit
    ):
        page = edit_and_publish(
            client, people["admin"], source_page, title="Housing suport", minor=True
        )
        assert page.title == "Housing suport"
        assert out_of_date_languages() == []

    def test_translators_of_each_language_are_emailed(
        self, client, people, source_page, translated, django_capture_on_commit_callbacks
    ):
        mail.outbox.clear()
        # e-mails leave once the publication is committed
        with django_capture_on_commit_callbacks(execute=True):
            edit_and_publish(client, people["admin"], source_page, title="Housing and shelter")
        recipients = sorted(address for message in mail.outbox for address in message.to)
        assert recipients == ["amal@example.org", "olena@example.org"]
        assert "Housing support" in mail.outbox[0].body or "Housing" in mail.outbox[0].body

    def test_the_admin_dashboard_lists_them_for_that_language_only(
        self, client, people, source_page, translated, publish_on_commit
    ):
        edit_and_publish(client, people["admin"], source_page, title="Housing and shelter")
        client.force_login(people["translator_ar"])
        content = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "translations-out-of-date" in content
        assert "Arabic" in content
        client.force_login(people["translator_uk"])
        content = client.get(reverse("wagtailadmin_home")).content.decode()
        assert (
            "Ukrainian" in content
            and "Arabic" not in content.split("translations-out-of-date")[1][:3000]
        )

    def test_the_translation_editor_shows_what_changed(
        self, client, people, source_page, translated, publish_on_commit
    ):
        edit_and_publish(client, people["admin"], source_page, title="Housing and shelter")
        client.force_login(people["translator_ar"])
        content = client.get(
            reverse("wagtailadmin_pages:edit", args=[translated["ar"].pk])
        ).content.decode()
        assert "Out of date" in content
        assert '<del lang="en" dir="ltr">Housing support</del>' in content
        assert '<ins lang="en" dir="ltr">Housing and shelter</ins>' in content
        assert 'data-target-dir="rtl"' in content

    def test_sync_review_and_publish_makes_it_current_again(
        self, client, people, source_page, translated, publish_on_commit
    ):
        edit_and_publish(client, people["admin"], source_page, title="Housing and shelter")
        client.force_login(people["translator_ar"])
        translation = translation_for_target(page=translated["ar"])
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
            {"publish_translations": "on"},
        )
        assert response.status_code == 302
        # Syncing never publishes past review: the Arabic page still says the old thing
        assert Page.objects.get(pk=translated["ar"].pk).title == "دعم السكن"
        assert out_of_date_languages() == ["ar", "uk"]
        translation_submit_for_review(translation=translation, user=people["translator_ar"])
        page = Page.objects.get(pk=translated["ar"].pk)
        task_state = page.current_workflow_state.current_task_state
        client.force_login(people["reviewer_ar"])
        client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
            {"comment": ""},
        )
        assert Page.objects.get(pk=page.pk).live
        assert out_of_date_languages() == ["uk"]


class ReaderNoticeTests:
    def test_out_of_date_notice_appears_then_disappears(
        self, client, people, source_page, translated, django_capture_on_commit_callbacks
    ):
        arabic_url = translated["ar"].url
        content = client.get(arabic_url).content.decode()
        assert "has changed since" not in content

        edit_and_publish(client, people["admin"], source_page, title="Housing and shelter")
        client.logout()
        content = client.get(arabic_url).content.decode()
        assert "translation-notice" in content
        assert 'href="/en/housing/"' in content

        # The Arabic team syncs, translates the new title and publishes (after review)
        with django_capture_on_commit_callbacks(execute=True):
            page_translate(
                page=Page.objects.get(pk=source_page.pk).specific,
                locale=translated["ar"].locale,
                strings={
                    "Housing and shelter": "السكن والمأوى",
                    "Where to live.": "أين تسكن.",
                    "Your rights": "حقوقك",
                    "Free help": "مساعدة مجانية",
                    "Advice is free.": "النصيحة مجانية.",
                },
            )
        content = client.get(arabic_url).content.decode()
        assert "translation-notice" not in content
        assert "translation-credit" not in content  # published by an administrator, unreviewed

    def test_a_reviewed_translation_credits_the_team_never_a_name(
        self, client, people, source_page, translated, publish_on_commit
    ):
        translation = translation_for_target(page=translated["ar"])
        translation_submit_for_review(translation=translation, user=people["translator_ar"])
        page = Page.objects.get(pk=translated["ar"].pk)
        task_state = page.current_workflow_state.current_task_state
        client.force_login(people["reviewer_ar"])
        client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
            {"comment": ""},
        )
        client.logout()
        content = client.get(translated["ar"].url).content.decode()
        assert "translation-credit" in content
        for name in ("amal", "bashir", "Amal", "Bashir"):
            assert name not in content


class StaleGuideTests:
    def test_a_translation_out_of_date_too_long_points_guides_at_the_source(
        self, client, people, source_page, translated, settings, publish_on_commit
    ):
        from datetime import timedelta

        from django.template import Context, Template
        from django.utils import timezone

        template = Template(
            "{% load translation_tags %}{% stale_translation_source as source %}"
            "{% if source %}{{ source.title }}{% else %}current{% endif %}"
        )
        page = translated["ar"]
        assert template.render(Context({"page": page})) == "current"
        record, _ = TranslationFreshness.objects.get_or_create(
            translation=translation_for_target(page=page)
        )
        record.out_of_date_since = timezone.now() - timedelta(
            days=settings.PORTAL_STALE_GUIDE_DAYS - 1
        )
        record.save()
        assert template.render(Context({"page": page})) == "current"  # out of date, not stale yet
        record.out_of_date_since = timezone.now() - timedelta(days=settings.PORTAL_STALE_GUIDE_DAYS)
        record.save()
        assert template.render(Context({"page": page})) == "Housing support"
