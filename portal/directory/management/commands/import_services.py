"""manage.py import_services FILE: create or update services from CSV (see docs/directory.md)."""

from django.core.management.base import BaseCommand, CommandError

from portal.directory.operations import service_import_csv


class ProgressBar:
    """A plain text progress bar on one terminal line; silent when output is not a terminal."""

    WIDTH = 30

    def __init__(self, stream):
        self.stream = stream
        self.interactive = stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.interactive:
            return
        filled = int(self.WIDTH * done / total) if total else self.WIDTH
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r[{bar}] {done}/{total}", ending="")
        if done == total:
            self.stream.write("")
        self.stream.flush()


class Command(BaseCommand):
    help = (
        "Create or update services from a CSV file, matched on external_id. Every row is "
        "checked first; if any row is wrong, nothing is written and each problem is listed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to a UTF-8 CSV file.")
        parser.add_argument(
            "--no-translations",
            action="store_true",
            help="Do not bring the other languages' versions in line (faster; do it later).",
        )

    def handle(self, *args, file, no_translations=False, **options):
        try:
            handle = open(file, "rb")  # noqa: SIM115 - closed below
        except OSError as error:
            raise CommandError(f"Cannot open {file}: {error.strerror}") from None
        with handle:
            result = service_import_csv(
                file=handle,
                sync_translations=not no_translations,
                progress=ProgressBar(self.stdout),
            )
        if not result.ok:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"Nothing was imported: {len(result.errors)} problem(s) to fix first."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported: {result.created} new, {result.updated} updated, "
                f"{result.unchanged} unchanged."
            )
        )
