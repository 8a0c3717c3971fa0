"""One-file backups: the database as Django fixtures (portable between SQLite and PostgreSQL)
and every media file, in a .tar.gz with a manifest of checksums and row counts.

``backup_write`` and ``backup_restore`` are what ``manage.py backup`` and ``manage.py restore``
run; docs/reliability.md is the how-to for councils.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = "sanctuary-portal-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA = "data.json"
MEDIA_PREFIX = "media/"

# Rebuilt by migrate or by the portal itself, or worthless on another server: content types and
# permissions (fixtures point at them by natural key), sessions, login lockouts, search index
# rows (`update_index` rebuilds them), live editing sessions.
EXCLUDED_MODELS = (
    "contenttypes",
    "auth.permission",
    "sessions",
    "axes",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",  # SQLite's full-text table: exists on SQLite only
    "wagtailadmin.editingsession",
)
# Tables restore leaves alone: migrate fills them, and fixtures refer to their rows by name.
KEPT_TABLES = ("django_migrations", "django_content_type", "auth_permission")


class BackupError(Exception):
    """A backup cannot be written or restored; the message says why, for a person to act on."""


@dataclass
class RestoreResult:
    rows: int
    media_files: int
    created_at: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _is_excluded(model) -> bool:
    return model._meta.app_label in EXCLUDED_MODELS or model._meta.label_lower in EXCLUDED_MODELS


def _dumped_models() -> list:
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy and not _is_excluded(model)
    ]


class PortableSerializer(JSONSerializer):
    """Django's JSON fixtures, pointing at content types and permissions by name (their ids
    differ from one database to the next) and at everything else by id, as it is kept."""

    def _by_name(self, field) -> bool:
        from django.contrib.auth.models import Permission
        from django.contrib.contenttypes.models import ContentType

        return field.remote_field.model in (ContentType, Permission)

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = self._by_name(field)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = self._by_name(field)
        super().handle_m2m_field(obj, field)


def _all_rows():
    for model in _dumped_models():
        if model._meta.auto_created:
            continue  # many-to-many rows travel with the models that own them
        yield from model._base_manager.using(DEFAULT_DB_ALIAS).order_by("pk").iterator()


def _row_counts() -> dict[str, int]:
    return {
        model._meta.label_lower: model._base_manager.using(DEFAULT_DB_ALIAS).count()
        for model in _dumped_models()
        if not model._meta.auto_created
    }


def _migration_state(using: str = DEFAULT_DB_ALIAS) -> list[list[str]]:
    recorder = MigrationRecorder(connections[using])
    if not recorder.has_table():
        return []
    return sorted([app, name] for app, name in recorder.applied_migrations())


def _media_files(directory: str = "") -> list[str]:
    """Every file in the media storage (local folder or object storage alike)."""
    try:
        folders, files = default_storage.listdir(directory)
    except FileNotFoundError:
        return []
    found = [f"{directory}/{name}".lstrip("/") for name in files]
    for folder in folders:
        found += _media_files(f"{directory}/{folder}".lstrip("/"))
    return sorted(found)


def backup_write(*, path: Path) -> dict:
    """Write the whole portal (database and media) to ``path`` (.tar.gz); returns the manifest."""
    path = Path(path)
    with tempfile.TemporaryDirectory() as work:
        data_path = Path(work) / DATA
        connection = connections[DEFAULT_DB_ALIAS]
        # One consistent snapshot even while editors keep working (when this is the outermost
        # transaction, as under `manage.py backup`; inside another, that one's snapshot holds).
        outermost = not connection.in_atomic_block
        with transaction.atomic():
            if connection.vendor == "postgresql" and outermost:
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            with data_path.open("w", encoding="utf-8") as stream:
                PortableSerializer().serialize(_all_rows(), stream=stream)
            counts = _row_counts()
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": timezone.now().isoformat(),
            "database_vendor": connection.vendor,
            "migrations": _migration_state(),
            "row_counts": counts,
            "data_sha256": _sha256(data_path),
            "media": {},
        }
        media = _media_files()
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(data_path, arcname=DATA)
            for name in media:
                with default_storage.open(name, "rb") as handle:
                    content = handle.read()
                manifest["media"][name] = hashlib.sha256(content).hexdigest()
                info = tarfile.TarInfo(MEDIA_PREFIX + name)
                info.size = len(content)
                info.mtime = int(timezone.now().timestamp())
                archive.addfile(info, io.BytesIO(content))
            encoded = json.dumps(manifest, indent=2, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(encoded)
            info.mtime = int(timezone.now().timestamp())
            archive.addfile(info, io.BytesIO(encoded))
        partial.replace(path)  # never leave a half-written file under the real name
    return manifest


def _safe_member_name(name: str) -> bool:
    parts = Path(name).parts
    return bool(parts) and not Path(name).is_absolute() and ".." not in parts


def backup_check(*, path: Path, into: Path) -> dict:
    """Unpack the archive at ``path`` into the folder ``into`` and verify every checksum.

    Raises :class:`BackupError` with a plain explanation when the file is not a portal backup,
    is truncated or damaged, or was made by a newer format.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no file at {path}.")
    try:
        with tarfile.open(path, "r:gz") as archive:
            for member in archive.getmembers():
                if not member.isfile() or not _safe_member_name(member.name):
                    raise BackupError(
                        f"{path} contains an unexpected entry ({member.name!r}); it is not a "
                        "backup made by `manage.py backup`."
                    )
            archive.extractall(into, filter="data")
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise BackupError(
            f"{path} is damaged or incomplete and cannot be read ({error}). Use another copy "
            "of the backup."
        ) from error
    manifest_path = Path(into) / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text())
    except (OSError, ValueError) as error:
        raise BackupError(
            f"{path} has no readable manifest: it is not a backup made by `manage.py backup`, "
            "or it is damaged."
        ) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not a Sanctuary Portal backup.")
    if manifest.get("format_version", 0) > FORMAT_VERSION:
        raise BackupError(
            f"{path} was made by a newer version of the portal (backup format "
            f"{manifest.get('format_version')}). Upgrade the portal first, then restore."
        )
    data_path = Path(into) / DATA
    if not data_path.is_file() or _sha256(data_path) != manifest.get("data_sha256"):
        raise BackupError(
            f"The database contents in {path} are damaged (checksum mismatch). Use another "
            "copy of the backup."
        )
    for name, checksum in manifest.get("media", {}).items():
        media_path = Path(into) / (MEDIA_PREFIX + name)
        if not media_path.is_file() or _sha256(media_path) != checksum:
            raise BackupError(
                f"The media file {name!r} in {path} is missing or damaged. Use another copy of "
                "the backup."
            )
    return manifest


def database_is_empty(*, using: str = DEFAULT_DB_ALIAS) -> bool:
    """True for a database with no tables, or one that only migrate has filled: no user, no
    page beyond Wagtail's root and its placeholder, no image or document."""
    connection = connections[using]
    tables = set(connection.introspection.table_names())
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    checks = [
        (get_user_model(), lambda qs: qs.exists()),
        (get_image_model(), lambda qs: qs.exists()),
        (get_document_model(), lambda qs: qs.exists()),
        # wagtailcore's migrations make a root and a "Welcome to your new Wagtail site!" page.
        (
            Page,
            lambda qs: qs.exclude(depth=1).exclude(depth=2, content_type__model="page").exists(),
        ),
    ]
    for model, has_content in checks:
        if model._meta.db_table in tables and has_content(model._base_manager.using(using)):
            return False
    return True


def _clear_tables(using: str) -> None:
    """Empty every portal table that migrate filled (root page, default site, locales, groups)
    so the backup's own rows go in unchanged; keep content types and permissions."""
    connection = connections[using]
    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True)
        if table not in KEPT_TABLES
    ]
    statements = connection.ops.sql_flush(
        no_style(), tables, reset_sequences=True, allow_cascade=True
    )
    connection.ops.execute_sql_flush(statements)


def _search_index_rebuild(using: str) -> None:
    """Loading the rows indexed some of them as they came in; start the index afresh."""
    connection = connections[using]
    search_tables = [
        table
        for table in connection.introspection.table_names()
        if table.startswith("wagtailsearch_indexentry")
        and table in connection.introspection.django_table_names()
    ]
    with connection.cursor() as cursor:
        for table in search_tables:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")  # noqa: S608
    call_command("update_index", verbosity=0)


def backup_restore(*, path: Path, using: str = DEFAULT_DB_ALIAS) -> RestoreResult:
    """Load the backup at ``path`` into an empty database (migrated here if it has no tables)
    and its media files into the media storage; then rebuild the search index."""
    with tempfile.TemporaryDirectory() as work:
        manifest = backup_check(path=path, into=Path(work))
        if not database_is_empty(using=using):
            raise BackupError(
                "The database is not empty: it already has users, pages, images or documents. "
                "Restore only into a new, empty database (see docs/reliability.md), so that "
                "nothing is overwritten by mistake."
            )
        call_command("migrate", interactive=False, verbosity=0, database=using)
        ours = {tuple(item) for item in _migration_state(using)}
        theirs = {tuple(item) for item in manifest.get("migrations", [])}
        if ours != theirs:
            missing = sorted(f"{app}.{name}" for app, name in theirs - ours)
            extra = sorted(f"{app}.{name}" for app, name in ours - theirs)
            raise BackupError(
                "This backup was made by a different version of the portal, so its tables do "
                "not match. Install the version that made it, restore, then upgrade. "
                f"Only in the backup: {', '.join(missing) or 'none'}. "
                f"Only here: {', '.join(extra) or 'none'}."
            )
        with transaction.atomic(using=using):
            _clear_tables(using)
            call_command("loaddata", str(Path(work) / DATA), database=using, verbosity=0)
            counts = _row_counts()
            expected = manifest.get("row_counts", {})
            wrong = {
                label: (expected.get(label), counts.get(label))
                for label in expected
                if expected[label] != counts.get(label)
            }
            if wrong:
                raise BackupError(f"The restored database does not match the backup: {wrong}")
        media = manifest.get("media", {})
        for name in media:
            with (Path(work) / (MEDIA_PREFIX + name)).open("rb") as handle:
                if default_storage.exists(name):
                    default_storage.delete(name)
                default_storage.save(name, File(handle))
    _search_index_rebuild(using)
    return RestoreResult(
        rows=sum(counts.values()), media_files=len(media), created_at=manifest["created_at"]
    )
