from django.core.management.base import BaseCommand

from portal.translation.operations import translation_groups_setup


class Command(BaseCommand):
    help = (
        "Create the 'Translators — <language>' and 'Reviewers — <language>' groups for every "
        "configured language, their page permissions and each language's review workflow. "
        "Safe to run again."
    )

    def handle(self, *args, **options):
        report = translation_groups_setup()
        for name in report.groups:
            self.stdout.write(f"Group: {name}")
        for name in report.workflows:
            self.stdout.write(f"Workflow: {name}")
        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(warning))
