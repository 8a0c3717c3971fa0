"""SQLite's planner statistics are refreshed after bulk changes and publishing, so the search
backend's full-text join starts from the full-text index (docs/performance.md, finder)."""

import pytest
from django.core.cache import cache
from django.db import connection

from portal.core.factories import StandardPageFactory
from portal.core.operations import STATISTICS_REFRESHED_KEY, database_statistics_refresh

pytestmark = pytest.mark.django_db


def search_index_statistics() -> list:
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if not cursor.fetchall():
            return []
        cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'wagtailsearch_indexentry'")
        return cursor.fetchall()


@pytest.fixture(autouse=True)
def sqlite_only():
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL keeps its own statistics (autovacuum); nothing is done there")


def test_refresh_gives_the_planner_the_size_of_the_search_index(home):
    StandardPageFactory.create_batch(3, parent=home)
    assert database_statistics_refresh() is True
    [(stat,)] = search_index_statistics()[:1]
    assert int(stat.split()[0]) >= 3  # rows in the search index


def test_publishing_refreshes_them_at_most_once_an_hour(home, django_capture_on_commit_callbacks):
    cache.delete(STATISTICS_REFRESHED_KEY)
    page = StandardPageFactory(parent=home)
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS sqlite_stat1")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert search_index_statistics()

    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM sqlite_stat1")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert not search_index_statistics()  # refreshed less than an hour ago: left alone
