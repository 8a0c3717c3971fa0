"""`manage.py backup` then `manage.py restore` into a second, empty database reproduces the site.

The restore runs in a separate process against its own database (a temporary SQLite file, or a
new database on the same PostgreSQL server when the suite runs on PostgreSQL) and its own media
folder, exactly as a council would restore onto a new server.
"""

import io
import json
import os
import re
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
import wagtail_factories
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import Page

from portal.core.factories import StandardPageFactory

ROOT = Path(settings.BASE_DIR)
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')

# Run inside the restored portal: every live page in every language, fetched as a reader would.
RENDER_EVERY_PAGE = """
import json, re, sys
import django
django.setup()
from django.test import Client
from wagtail.models import Page
client = Client()
pages = {}
for page in Page.objects.live().filter(depth__gt=1).order_by("path"):
    url = page.get_url()
    if url:
        response = client.get(url)
        pages[url] = [response.status_code, response.content.decode()]
json.dump(pages, sys.stdout)
"""


def render_every_page(client) -> dict[str, list]:
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).order_by("path"):
        url = page.get_url()
        if url:
            response = client.get(url)
            pages[url] = [response.status_code, response.content.decode()]
    return pages


def normalised(pages: dict[str, list]) -> dict[str, list]:
    return {url: [status, CSRF_TOKEN.sub("", html)] for url, (status, html) in pages.items()}


@pytest.fixture
def empty_database_urls(tmp_path):
    """New, empty databases to restore into: a SQLite file, and on PostgreSQL a new database on
    the same server as well (so a PostgreSQL backup is also shown to restore onto SQLite)."""
    database = settings.DATABASES["default"]
    sqlite = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    if connection.vendor != "postgresql":
        yield [sqlite]
        return
    import psycopg

    name = f"restore_{uuid.uuid4().hex[:12]}"
    params = {
        "host": database["HOST"],
        "port": database["PORT"],
        "user": database["USER"],
        "password": database["PASSWORD"],
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**params) as server:
        server.execute(f'CREATE DATABASE "{name}"')
    password = f":{database['PASSWORD']}" if database["PASSWORD"] else ""
    server_url = f"postgres://{database['USER']}{password}@{database['HOST']}:{database['PORT']}"
    yield [f"{server_url}/{name}", sqlite]
    with psycopg.connect(**params) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_portal(*args, database_url, media_root, stdin=None):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.reliability.restore_settings",
        "DATABASE_URL": database_url,
        "RESTORED_MEDIA_ROOT": str(media_root),
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=600,
        check=False,
    )


@pytest.mark.django_db
class BackupRestoreRoundTripTests:
    def test_restore_reproduces_every_page_in_every_language(
        self, home, client, tmp_path, empty_database_urls, settings
    ):
        call_command("load_demo", stdout=io.StringIO())
        image = wagtail_factories.ImageFactory(title="Preston bus station")
        StandardPageFactory(
            parent=home,
            title="Getting around",
            slug="getting-around",
            body=[
                ("paragraph", "<p>Buses leave from the bus station.</p>"),
                ("image", {"image": image, "alt_text": "The bus station", "decorative": False}),
            ],
        )
        before = normalised(render_every_page(client))
        languages = {url.split("/")[1] for url in before}
        assert languages == {code for code, _name in settings.LANGUAGES}
        assert before["/en/"][0] == before["/ar/"][0] == 200
        archive = tmp_path / "portal.tar.gz"
        call_command("backup", output=str(archive), stdout=io.StringIO())

        for number, database_url in enumerate(empty_database_urls):
            media_root = tmp_path / f"restored-media-{number}"
            restore = run_portal(
                "manage.py",
                "restore",
                str(archive),
                database_url=database_url,
                media_root=media_root,
            )
            assert restore.returncode == 0, restore.stderr
            assert "Restored the backup" in restore.stdout
            assert (media_root / image.file.name).is_file()

            rendered = run_portal(
                "-c", RENDER_EVERY_PAGE, database_url=database_url, media_root=media_root
            )
            assert rendered.returncode == 0, rendered.stderr
            after = normalised(json.loads(rendered.stdout))
            assert after.keys() == before.keys(), database_url.split(":")[0]
            different = [url for url in before if before[url] != after[url]]
            assert different == [], database_url.split(":")[0]
            assert "Getting around" in after["/en/getting-around/"][1]

        again = run_portal(
            "manage.py", "restore", str(archive), database_url=database_url, media_root=media_root
        )
        assert again.returncode != 0
        assert "The database is not empty" in again.stderr


@pytest.mark.django_db
class RestoreRefusesTests:
    @pytest.fixture
    def archive(self, home, tmp_path):
        path = tmp_path / "portal.tar.gz"
        call_command("backup", output=str(path), stdout=io.StringIO())
        return path

    def test_a_database_with_content_is_not_overwritten(self, archive):
        pages = Page.objects.count()
        with pytest.raises(CommandError, match="The database is not empty"):
            call_command("restore", str(archive))
        assert Page.objects.count() == pages

    def test_a_truncated_archive_is_reported_as_damaged(self, archive, tmp_path):
        truncated = tmp_path / "truncated.tar.gz"
        truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
        with pytest.raises(CommandError, match="damaged or incomplete"):
            call_command("restore", str(truncated), check=True)

    def test_a_file_that_is_not_a_backup_is_reported(self, tmp_path):
        other = tmp_path / "photo.tar.gz"
        with tarfile.open(other, "w:gz") as tar:
            info = tarfile.TarInfo("holiday.txt")
            info.size = 5
            tar.addfile(info, io.BytesIO(b"hello"))
        with pytest.raises(CommandError, match="no readable manifest"):
            call_command("restore", str(other), check=True)

    def test_altered_contents_fail_the_checksum(self, archive, tmp_path):
        altered = tmp_path / "altered.tar.gz"
        with tarfile.open(archive) as source, tarfile.open(altered, "w:gz") as target:
            for member in source.getmembers():
                content = source.extractfile(member).read()
                if member.name == "data.json":
                    content = content.replace(b"Welcome", b"Hacked!")
                member.size = len(content)
                target.addfile(member, io.BytesIO(content))
        with pytest.raises(CommandError, match="checksum mismatch"):
            call_command("restore", str(altered), check=True)

    def test_a_missing_file_is_reported(self, tmp_path):
        with pytest.raises(CommandError, match="There is no file"):
            call_command("restore", str(tmp_path / "nowhere.tar.gz"))

    def test_check_accepts_a_good_archive(self, archive):
        out = io.StringIO()
        call_command("restore", str(archive), check=True, stdout=out)
        assert "is a complete backup" in out.getvalue()
