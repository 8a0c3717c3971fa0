"""wagtail-localize's translation editor works on the portal's own page types."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from portal.core.factories import StandardPageFactory


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
class TranslationEditorTests:
    @pytest.mark.parametrize("page_kind", ["home", "standard"])
    def test_submit_for_translation_then_open_the_editor(
        self, admin_client, home, locales, page_kind, publish_on_commit
    ):
        page = home
        if page_kind == "standard":
            page = StandardPageFactory(
                parent=home,
                slug="accessibility",
                title="Accessibility statement",
                body=[
                    ("heading", {"text": "How we test", "level": "h2"}),
                    (
                        "callout",
                        {"kind": "info", "title": "Tell us", "text": "<p>Report any problem.</p>"},
                    ),
                    (
                        "accordion",
                        {
                            "title": "Questions",
                            "items": [{"question": "Is it free?", "answer": "<p>Yes.</p>"}],
                        },
                    ),
                ],
            )
            target = locales["ti"]
            response = admin_client.post(
                reverse("wagtail_localize:submit_page_translation", args=[page.id]),
                {"locales": [target.id]},
            )
            assert response.status_code == 302
        target = locales["ti"]
        translated = Page.objects.get(translation_key=page.translation_key, locale=target)
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[translated.id]))
        assert response.status_code == 200
        content = response.content.decode()
        # The translation editor (a React app fed by JSON props) lists the source segments.
        assert 'class="js-translation-editor"' in content
        if page_kind == "standard":
            for text in [
                "Accessibility statement",
                "How we test",
                "Report any problem.",
                "Is it free?",
            ]:
                assert text in content
