from django.core.management.base import BaseCommand

from portal.feedback.operations import feedback_delete_old_comments, feedback_retention_days


class Command(BaseCommand):
    help = (
        "Delete feedback comments older than FEEDBACK_RETENTION_DAYS (default 365). "
        "Run it daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Override the retention period for this run (days).",
        )

    def handle(self, *args, **options):
        days = options["days"] if options["days"] is not None else feedback_retention_days()
        deleted = feedback_delete_old_comments(retention_days=days)
        self.stdout.write(f"Deleted {deleted} feedback comments older than {days} days.")
