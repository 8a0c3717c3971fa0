import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def publish_on_commit(django_capture_on_commit_callbacks):
    """Run on-commit callbacks at once: wagtail-localize publishes translations on commit, and a
    test's transaction never commits."""
    with django_capture_on_commit_callbacks(execute=True):
        yield


def build_site():
    """The source-language home page, as the site root, with a version in every locale.

    Arabic and Ukrainian have a translated title; every other language is an untranslated copy.
    """
    from portal.core.models import PortalSettings
    from portal.core.operations import home_page_ensure, page_translate_everywhere

    PortalSettings.load()  # the footer's numbers, as a real site has them from its first visit
    page = home_page_ensure(title="Welcome", introduction="Information for refugees.")
    page_translate_everywhere(
        page=page,
        translations={"ar": {"Welcome": "أهلاً وسهلاً"}, "uk": {"Welcome": "Ласкаво просимо"}},
    )
    return page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # Built once per test database (per xdist worker); each test's transaction rolls back to it.
    with django_db_blocker.unblock():
        build_site()


@pytest.fixture
def home(db, django_capture_on_commit_callbacks):
    from wagtail.models import Locale

    from portal.core.models import HomePage

    page = HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
    if page is None:  # a transactional test flushed the database
        with django_capture_on_commit_callbacks(execute=True):
            page = build_site()
    return page


@pytest.fixture
def locales(db):
    from portal.core.operations import locales_sync

    return {locale.language_code: locale for locale in locales_sync(verbosity=0)}
