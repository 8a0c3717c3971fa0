"""Pages shared by the search and API tests (imported by their conftest.py files)."""

import pytest

from portal.core.factories import StandardPageFactory
from portal.core.operations import page_translate


@pytest.fixture
def housing(home, locales, django_capture_on_commit_callbacks):
    """An English guide with an Arabic translation, as wagtail-localize makes it."""
    page = StandardPageFactory(
        parent=home,
        title="Finding somewhere to live",
        slug="housing",
        introduction="How to apply for council housing and what to do if you are homeless.",
        body=[("paragraph", "<p>The council must help you if you have nowhere to sleep.</p>")],
    )
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        _translate(page, locales["ar"])
    return page


def _translate(page, locale):
    page_translate(
        page=page,
        locale=locale,
        strings={
            "Finding somewhere to live": "العثور على مكان للعيش",
            "How to apply for council housing and what to do if you are homeless.": (
                "كيف تتقدم بطلب للحصول على سكن من المجلس وماذا تفعل إذا كنت بلا مأوى."
            ),
        },
    )


@pytest.fixture
def doctor(home):
    """An English page with no translation at all."""
    return StandardPageFactory(
        parent=home,
        title="Registering with a doctor",
        slug="doctor",
        introduction="Everyone can register with a GP surgery for free, whatever their status.",
        body=[("paragraph", "<p>You do not need proof of address or immigration status.</p>")],
    )
