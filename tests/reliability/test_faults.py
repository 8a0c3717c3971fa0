"""Faults a reader must not see as a crash: the database briefly unreachable, Redis going away.

No fakes: the database outage is a portal process pointed at a server that refuses connections;
the cache outage is an address nothing listens on, and a real redis-server that is stopped and
started again (skipped where Debian's redis-server is not installed: scripts/system-deps.sh).
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache, caches

from portal.reliability.cache import FaultTolerantRedisCache

ROOT = Path(settings.BASE_DIR)

FETCH = """
import json, sys
import django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
results = []
for method, path, language in json.loads(sys.argv[1]):
    headers = {"HTTP_ACCEPT_LANGUAGE": language} if language else {}
    response = getattr(client, method)(path, **headers)
    results.append({
        "status": response.status_code,
        "retry_after": response.get("Retry-After"),
        "csp": response.get("Content-Security-Policy", ""),
        "body": response.content.decode(),
    })
json.dump(results, sys.stdout)
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch_with_database(database_url: str, requests: list) -> list[dict]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    env["DATABASE_URL"] = database_url
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", FETCH, json.dumps(requests)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


class DatabaseOutageTests:
    def test_readers_get_a_friendly_503_in_their_language(self):
        # A PostgreSQL address where nothing listens: every query fails as during a restart.
        refused = f"postgres://portal@127.0.0.1:{free_port()}/portal"
        arabic, ukrainian, english_post = fetch_with_database(
            refused,
            [["get", "/ar/", None], ["get", "/", "uk"], ["post", "/en/", None]],
        )
        for response in (arabic, ukrainian, english_post):
            assert response["status"] == 503
            assert response["retry_after"] == "30"
            assert "default-src 'self'" in response["csp"]  # still under the strict policy
            assert "Traceback" not in response["body"]
            assert "OperationalError" not in response["body"]
            assert "psycopg" not in response["body"]
            assert 'href="tel:999"' in response["body"]
        assert '<html lang="ar" dir="rtl">' in arabic["body"]
        assert '<html lang="uk" dir="ltr">' in ukrainian["body"]
        assert '<html lang="en" dir="ltr">' in english_post["body"]
        assert "This site is busy for a moment" in english_post["body"]
        assert "This site is busy for a moment" not in arabic["body"]  # translated

    def test_a_missing_sqlite_file_is_a_503_too(self, tmp_path):
        missing = f"sqlite:///{tmp_path / 'no-such-folder' / 'db.sqlite3'}"
        (response,) = fetch_with_database(missing, [["get", "/en/", None]])
        assert response["status"] == 503


def unreachable_cache(**options) -> FaultTolerantRedisCache:
    return FaultTolerantRedisCache(
        f"redis://127.0.0.1:{free_port()}/0",
        {"OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2, **options}},
    )


class UnreachableCacheTests:
    def test_every_call_answers_as_an_empty_cache(self):
        backend = unreachable_cache()
        assert backend.get("key", "default") == "default"
        assert backend.add("key", 1) is False
        assert backend.set("key", 1) is None
        assert backend.get_many(["a", "b"]) == {}
        assert backend.has_key("key") is False
        assert backend.delete("key") is False
        assert backend.touch("key") is False
        assert backend.set_many({"a": 1}) == ["a"]
        backend.delete_many(["a"])
        backend.clear()
        with pytest.raises(ValueError):
            backend.incr("key")


@pytest.fixture
def site_cache(settings, request):
    """Point the site's cache at ``request.param`` (a LOCATION) with pages cached."""

    def use(location, **options):
        settings.CACHES = {
            "default": {
                "BACKEND": "portal.reliability.cache.FaultTolerantRedisCache",
                "LOCATION": location,
                "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2, **options},
            }
        }
        settings.PAGE_CACHE_SECONDS = 600
        return caches["default"]

    yield use
    caches["default"].close()


@pytest.fixture(autouse=True)
def _clear_cache():
    """Overrides tests/conftest.py's: clearing a cache that is down is what is under test."""
    yield


@pytest.mark.django_db
class SiteWithoutCacheTests:
    def test_pages_and_forms_work_while_redis_is_unreachable(self, site_cache, home, client):
        site_cache(f"redis://127.0.0.1:{free_port()}/0")
        assert client.get("/en/").status_code == 200
        assert client.get("/ar/").status_code == 200
        assert client.get("/en/").status_code == 200  # nothing cached, nothing broken


@pytest.fixture
def redis_server(tmp_path):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (scripts/system-deps.sh installs it)")
    port = free_port()

    def start():
        process = subprocess.Popen(  # noqa: S603
            [
                binary,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(tmp_path),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _attempt in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                return process
            except OSError:
                time.sleep(0.05)
        process.kill()
        pytest.fail("redis-server did not start")

    server = {"process": start(), "url": f"redis://127.0.0.1:{port}/0"}

    def stop():
        server["process"].terminate()
        server["process"].wait(timeout=10)

    def restart():
        server["process"] = start()

    server["stop"], server["restart"] = stop, restart
    yield server
    if server["process"].poll() is None:
        stop()


@pytest.mark.django_db
class RealRedisTests:
    def test_the_site_survives_redis_stopping_and_uses_it_again_when_it_returns(
        self, redis_server, site_cache, home, client
    ):
        site_cache(redis_server["url"], retry_after_seconds=0)
        assert client.get("/en/").status_code == 200
        assert client.get("/en/")["X-Page-Cache"] == "hit"  # served from Redis

        redis_server["stop"]()
        assert cache.get("anything") is None
        response = client.get("/en/")
        assert response.status_code == 200
        assert response.get("X-Page-Cache") != "hit"

        redis_server["restart"]()
        assert client.get("/en/").status_code == 200
        assert client.get("/en/")["X-Page-Cache"] == "hit"
