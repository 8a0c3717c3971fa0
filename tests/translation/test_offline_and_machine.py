"""PO export → edit → import round-trips; bad files are refused clearly; the machine-translation
policy blocks forbidden languages and its text is recorded as machine text and never published."""

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from portal.core.operations import page_translate
from portal.translation.selectors import translation_for_target

pytestmark = pytest.mark.django_db

DUMMY = {
    "CLASS": "portal.translation.machine.PolicyMachineTranslator",
    "OPTIONS": {"BACKEND": {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}},
}


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def upload(client, translation, content: bytes):
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("page.po", content, "text/x-gettext-translation")},
    )


class PoRoundTripTests:
    def test_download_edit_upload(self, client, people, translated):
        translation = translation_for_target(page=translated["ar"])
        client.force_login(people["translator_ar"])
        response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
        assert response.status_code == 200
        po = polib.pofile(response.content.decode())
        for entry in po:
            if entry.msgid == "Free help":
                entry.msgstr = "مساعدة مجانية"
            if entry.msgid == "Advice is free.":
                entry.msgstr = ""
        po.append(polib.POEntry(msgid="A sentence the page never had", msgstr="جملة", msgctxt="x"))
        response = upload(client, translation, str(po).encode())
        assert response.status_code == 302
        said = " ".join(messages_of(response))
        assert "translations accepted" in said
        assert "left blank" in said
        assert "A sentence the page never had" in said
        assert StringTranslation.objects.filter(
            locale=translation.target_locale, data="مساعدة مجانية"
        ).exists()
        assert not StringTranslation.objects.filter(data="جملة").exists()

    def test_a_broken_file_is_refused_and_changes_nothing(self, client, people, translated):
        translation = translation_for_target(page=translated["ar"])
        before = StringTranslation.objects.count()
        client.force_login(people["translator_ar"])
        response = upload(client, translation, b"\xff\xfe not a po file \x00")
        assert response.status_code == 302
        assert "not a valid PO file" in " ".join(messages_of(response))
        assert StringTranslation.objects.count() == before

    def test_a_file_for_another_language_is_refused(self, client, people, translated):
        arabic = translation_for_target(page=translated["ar"])
        ukrainian = translation_for_target(page=translated["uk"])
        client.force_login(people["admin"])
        po = client.get(reverse("wagtail_localize:download_pofile", args=[ukrainian.pk])).content
        response = upload(client, arabic, po)
        assert "belongs to another page or another language" in " ".join(messages_of(response))

    def test_a_translator_cannot_upload_into_another_language(self, client, people, translated):
        ukrainian = translation_for_target(page=translated["uk"])
        client.force_login(people["translator_ar"])
        response = upload(client, ukrainian, b'msgid ""\nmsgstr ""\n')
        assert response.status_code in (302, 403)
        assert "accepted" not in " ".join(messages_of(response))


class MachineTranslationPolicyTests:
    def translate(self, client, user, translation):
        client.force_login(user)
        return client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]) + "?next=/admin/"
        )

    def test_allowed_language_gets_a_machine_draft_recorded_as_such(
        self, client, people, source_page, locales, settings, publish_on_commit
    ):
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
        target = page_translate(page=source_page, locale=locales["ar"], publish=False)
        translation = translation_for_target(page=target)
        response = self.translate(client, people["translator_ar"], translation)
        assert response.status_code == 302
        machine = StringTranslation.objects.filter(
            locale=locales["ar"], translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
        )
        assert machine.exists()
        assert not Page.objects.get(pk=target.pk).live  # never published without review

    @pytest.mark.parametrize("code", ["ti", "ps", "ckb", "so"])
    def test_low_resource_languages_are_refused(
        self, client, source_page, locales, settings, code, publish_on_commit
    ):
        from django.contrib.auth import get_user_model

        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
        target = page_translate(page=source_page, locale=locales[code], publish=False)
        translation = translation_for_target(page=target)
        admin = get_user_model().objects.create_superuser("mt", "mt@example.org", "pw")
        response = self.translate(client, admin, translation)
        assert response.status_code == 404  # wagtail-localize's answer, not a redirect to /en/
        assert not StringTranslation.objects.filter(
            locale=locales[code], translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
        ).exists()

    def test_the_editor_offers_no_machine_translation_for_a_forbidden_language(
        self, client, source_page, locales, settings, publish_on_commit
    ):
        from django.contrib.auth import get_user_model

        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
        target = page_translate(page=source_page, locale=locales["ti"], publish=False)
        admin = get_user_model().objects.create_superuser("mt", "mt@example.org", "pw")
        client.force_login(admin)
        content = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])).content.decode()
        assert "&quot;machineTranslator&quot;: null" in content
        assert "Machine translation is not used for" in content
