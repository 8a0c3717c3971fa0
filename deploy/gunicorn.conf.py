"""gunicorn settings for the portal: `gunicorn -c deploy/gunicorn.conf.py`.

Every value comes from the environment so one file serves a laptop, the smoke test, the
benchmarks and a production host (docs/deployment.md). gunicorn runs behind nginx
(deploy/nginx), which buffers slow clients, so plain sync workers are enough.
"""

import multiprocessing
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the portal package, whatever directory gunicorn starts in

from portal.core.logging import ACCESS_LOG_FORMAT  # noqa: E402 - needs the path above


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value else default


wsgi_app = "portal.wsgi:application"
chdir = str(ROOT)
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
# Two per core plus one is gunicorn's own advice; capped so a big host does not exhaust
# PostgreSQL's connections (each worker holds one, CONN_MAX_AGE in base.py).
workers = _int("GUNICORN_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 9))
threads = _int("GUNICORN_THREADS", 1)
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Recycle a worker after this many requests (with jitter, so they do not all restart at once):
# a safety net against slow leaks. 0 turns it off; bench/load.py does, to measure real growth.
max_requests = _int("GUNICORN_MAX_REQUESTS", 5000)
max_requests_jitter = max_requests // 10
# Load Django once in the master and fork: workers share its memory pages. Django opens no
# database connection at import time, so no connection is shared across processes.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() in ("1", "true", "yes", "on")
# Only nginx on this host may say which client and scheme a request came from.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proxy_allow_ips = forwarded_allow_ips
# Refuse oversized request lines and headers before Django sees them.
limit_request_line = 4094
limit_request_fields = 100
limit_request_field_size = 8190

# Access log: the path WITHOUT its query string, no client address, no referrer, no user agent
# (finder and search queries are what residents looked for). One format, shared with the tests.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = ACCESS_LOG_FORMAT
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "sanctuary-portal"
