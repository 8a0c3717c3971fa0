from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.reliability.backup import BackupError, backup_check, backup_restore


class Command(BaseCommand):
    help = (
        "Load an archive written by `manage.py backup` into an empty database (and its media "
        "files into MEDIA_ROOT). Refuses a database that already has content. "
        "See docs/reliability.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz file written by `manage.py backup`.")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only verify that the archive is complete and undamaged; change nothing.",
        )

    def handle(self, *args, archive, check=False, **options):
        import tempfile

        try:
            if check:
                with tempfile.TemporaryDirectory() as work:
                    manifest = backup_check(path=Path(archive), into=Path(work))
                self.stdout.write(
                    self.style.SUCCESS(
                        f"{archive} is a complete backup made on {manifest['created_at']}."
                    )
                )
                return
            result = backup_restore(path=Path(archive))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the backup made on {result.created_at}: {result.rows} database rows "
                f"and {result.media_files} media files."
            )
        )
