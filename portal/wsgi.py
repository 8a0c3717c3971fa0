import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()

# Everything loaded so far lives as long as the process. Frozen, it is left out of Python's full
# garbage collections, which otherwise walk ~170,000 objects (~0.1 s) every few dozen requests,
# and, with gunicorn's preload_app, stays shared between the forked workers (docs/performance.md).
gc.freeze()
