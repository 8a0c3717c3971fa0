from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from portal.reliability.backup import BackupError, backup_write


class Command(BaseCommand):
    help = (
        "Write the whole portal (database contents and media files) to one .tar.gz archive "
        "that `manage.py restore` loads into an empty database. See docs/reliability.md."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            "-o",
            help="Where to write the archive (default: portal-backup-<date>-<time>.tar.gz here).",
        )

    def handle(self, *args, output=None, **options):
        path = Path(output or timezone.now().strftime("portal-backup-%Y%m%d-%H%M%S.tar.gz"))
        try:
            manifest = backup_write(path=path)
        except (BackupError, OSError) as error:
            raise CommandError(f"The backup was not written: {error}") from error
        rows = sum(manifest["row_counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {path}: {rows} database rows, {len(manifest['media'])} media files."
            )
        )
