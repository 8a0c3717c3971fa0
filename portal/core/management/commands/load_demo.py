"""Load the demo county: run each portal app's ``demo.load()`` in INSTALLED_APPS order.

Every loader is idempotent: running this command twice changes nothing the second time.
"""

import importlib
import importlib.util

from django.apps import apps
from django.core.management.base import BaseCommand

from portal.core.operations import database_statistics_refresh


def demo_loaders():
    for config in apps.get_app_configs():
        if not config.name.startswith("portal."):
            continue
        module_name = f"{config.name}.demo"
        if importlib.util.find_spec(module_name) is not None:
            yield config.label, importlib.import_module(module_name)


class Command(BaseCommand):
    help = "Load the demo county (sample content, marked as such in the admin). Idempotent."

    def handle(self, *args, **options):
        for label, module in demo_loaders():
            self.stdout.write(f"Loading demo content: {label}")
            module.load(stdout=self.stdout)
        database_statistics_refresh()
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
