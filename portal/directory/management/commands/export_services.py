"""manage.py export_services [FILE]: every service as CSV, ready to edit and import again."""

import sys

from django.core.management.base import BaseCommand

from portal.directory.csv_io import services_export_csv


class Command(BaseCommand):
    help = "Write every service (source language) as CSV to FILE, or to standard output."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="Where to write. Standard output if omitted.")

    def handle(self, *args, file=None, **options):
        if file:
            with open(file, "w", encoding="utf-8", newline="") as out:
                count = services_export_csv(out=out)
            self.stderr.write(f"Exported {count} services to {file}.")
        else:
            services_export_csv(out=sys.stdout)
