"""setup_translation_groups: groups, permissions on each locale's tree, and review workflows."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, Workflow

from portal.translation.models import GlossaryTerm
from tests.translation.conftest import refused

pytestmark = pytest.mark.django_db


class SetupTranslationGroupsTests:
    def test_every_configured_language_gets_both_groups_and_a_workflow(self, home, locales):
        call_command("setup_translation_groups", stdout=None)
        for name in ["Arabic", "Dari", "Tigrinya", "Ukrainian", "Vietnamese"]:
            assert Group.objects.filter(name=f"Translators — {name}").exists()
            assert Group.objects.filter(name=f"Reviewers — {name}").exists()
        assert not Group.objects.filter(name="Translators — English").exists()
        arabic_home = Page.objects.get(depth=2, locale=locales["ar"])
        workflow = arabic_home.get_workflow()
        assert workflow.name == "Translation review — Arabic"
        tasks = [task.name for task in workflow.tasks]
        assert tasks == ["Review — Arabic", "Accuracy sign-off"]

    def test_running_it_twice_changes_nothing(self, home, locales):
        call_command("setup_translation_groups")
        counts = (Group.objects.count(), Workflow.objects.count())
        permissions = sorted(
            Group.objects.get(name="Reviewers — Arabic").page_permissions.values_list(
                "permission__codename", flat=True
            )
        )
        call_command("setup_translation_groups")
        assert (Group.objects.count(), Workflow.objects.count()) == counts
        assert (
            sorted(
                Group.objects.get(name="Reviewers — Arabic").page_permissions.values_list(
                    "permission__codename", flat=True
                )
            )
            == permissions
        )
        assert "publish_page" not in permissions


class TranslatorPermissionTests:
    def test_translator_edits_own_language_pages_only(self, client, people, translated):
        client.force_login(people["translator_ar"])
        edit = "wagtailadmin_pages:edit"
        assert client.get(reverse(edit, args=[translated["ar"].pk])).status_code == 200
        assert refused(client.get(reverse(edit, args=[translated["uk"].pk])))
        english = translated["ar"].get_translation(translated["ar"].locale.get_default())
        assert refused(client.get(reverse(edit, args=[english.pk])))  # nor the English source

    def test_translator_cannot_publish_a_translation_directly(self, client, people, translated):
        live_revision = translated["ar"].live_revision_id
        client.force_login(people["translator_ar"])
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[translated["ar"].pk]), {"action": "publish"}
        )
        # Wagtail answers a refused admin action with a redirect to the dashboard
        assert refused(response)
        translated["ar"].refresh_from_db()
        assert translated["ar"].live_revision_id == live_revision

    def test_english_editor_without_language_rights_cannot_publish_a_translation(
        self, client, people, translated
    ):
        from django.contrib.auth.models import Permission
        from wagtail.models import GroupPagePermission

        editors = Group.objects.create(name="Editors — English")
        editors.permissions.add(Permission.objects.get(codename="access_admin"))
        english_home = Page.objects.get(depth=2, locale__language_code="en")
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=editors,
                page=english_home,
                permission=Permission.objects.get(codename=codename),
            )
        editor = people["admin"].__class__.objects.create_user("eddie", "e@example.org", "pw")
        editor.groups.add(editors)
        client.force_login(editor)
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[translated["ar"].pk]), {"action": "publish"}
        )
        assert refused(response)
        assert not translated["ar"].permissions_for_user(editor).can_publish()

    def test_translator_changes_glossary_terms_in_own_language_only(self, client, people, locales):
        english = GlossaryTerm.objects.create(term="NRPF", locale=locales["en"])
        arabic = english.copy_for_translation(locales["ar"])
        arabic.save()
        ukrainian = english.copy_for_translation(locales["uk"])
        ukrainian.save()
        client.force_login(people["translator_ar"])
        edit = "wagtailsnippets_portal_translation_glossaryterm:edit"
        assert client.get(reverse(edit, args=[arabic.pk])).status_code == 200
        assert refused(client.get(reverse(edit, args=[ukrainian.pk])))
        assert refused(client.get(reverse(edit, args=[english.pk])))
        response = client.post(
            reverse(edit, args=[ukrainian.pk]),
            {"term": "hacked", "explanation": "", "notes": ""},
        )
        assert refused(response)
        ukrainian.refresh_from_db()
        assert ukrainian.term == "NRPF"
        response = client.post(
            reverse(edit, args=[arabic.pk]),
            {"term": "بدون حق اللجوء للأموال العامة", "explanation": "", "notes": ""},
        )
        assert response.status_code == 302
        arabic.refresh_from_db()
        assert arabic.term == "بدون حق اللجوء للأموال العامة"


class AdminLanguageTests:
    def test_a_translator_works_in_a_farsi_admin_written_right_to_left(self, client, people):
        from wagtail.users.models import UserProfile

        translator = people["translator_ar"]
        profile = UserProfile.get_for_user(translator)
        profile.preferred_language = "fa"
        profile.save()
        client.force_login(translator)
        content = client.get(reverse("wagtailadmin_home")).content.decode()
        assert 'lang="fa"' in content
        assert 'dir="rtl"' in content

    def test_farsi_and_arabic_are_offered_but_not_languages_wagtail_lacks(self, settings):
        codes = [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES]
        assert {"en", "ar", "fa", "uk"} <= set(codes)
        assert "ti" not in codes and "prs" not in codes
