from django.conf import settings
from django.core.management.base import BaseCommand

from portal.reliability.operations import trash_purge_older_than


class Command(BaseCommand):
    help = "Delete for good the pages that have been in the trash longer than the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.TRASH_RETENTION_DAYS,
            help="Purge pages deleted more than this many days ago (default: TRASH_RETENTION_DAYS).",
        )

    def handle(self, *args, days, **options):
        purged = trash_purge_older_than(days=days)
        self.stdout.write(f"Purged {purged} deleted page(s) older than {days} days.")
