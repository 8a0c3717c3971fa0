"""Settings for the restored portal in tests/reliability/test_backup.py: the test settings with
a media folder of its own (portal.settings.test fixes MEDIA_ROOT for the test suite)."""

import os

from portal.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["RESTORED_MEDIA_ROOT"]
