import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page

from portal.core.factories import StandardPageFactory
from portal.core.operations import page_translate
from portal.translation.models import ACCURACY_GROUP_NAME
from portal.translation.operations import translation_groups_setup

BODY = [
    ("heading", {"text": "Your rights", "level": "h2"}),
    ("callout", {"kind": "info", "title": "Free help", "text": "<p>Advice is free.</p>"}),
]


def refused(response) -> bool:
    """Wagtail answers a refused admin request with 403, or a redirect to the dashboard."""
    from django.urls import reverse

    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def make_user(username, *groups, **extra):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw", **extra)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def groups(home, locales):
    return translation_groups_setup()


@pytest.fixture
def people(groups):
    return {
        "translator_ar": make_user("amal", "Translators — Arabic"),
        "reviewer_ar": make_user("bashir", "Reviewers — Arabic"),
        "translator_uk": make_user("olena", "Translators — Ukrainian"),
        "reviewer_uk": make_user("taras", "Reviewers — Ukrainian"),
        "accuracy": make_user("carol", ACCURACY_GROUP_NAME),
        "admin": get_user_model().objects.create_superuser("root", "root@example.org", "pw"),
    }


@pytest.fixture
def source_page(home, publish_on_commit):
    page = StandardPageFactory(
        parent=home,
        slug="housing",
        title="Housing support",
        introduction="Where to live.",
        body=BODY,
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def translated(source_page, locales, django_capture_on_commit_callbacks):
    """The page translated into Arabic and Ukrainian, reviewed and live, as after a first review."""
    pages = {}
    for code, strings in {
        "ar": {
            "Housing support": "دعم السكن",
            "Where to live.": "أين تسكن.",
            "Your rights": "حقوقك",
        },
        "uk": {"Housing support": "Підтримка житла", "Where to live.": "Де жити."},
    }.items():
        with django_capture_on_commit_callbacks(
            execute=True
        ):  # wagtail-localize publishes on commit
            pages[code] = page_translate(page=source_page, locale=locales[code], strings=strings)
    return {code: Page.objects.get(pk=page.pk).specific for code, page in pages.items()}
