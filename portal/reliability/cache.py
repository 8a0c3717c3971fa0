"""Django's Redis cache, made to shrug off Redis going away.

Everything the portal keeps in the cache (cached pages, the footer settings, rate-limit counts)
can be rebuilt or done without, so when Redis is unreachable, slow or restarting, every call
answers as an empty cache would (a miss, nothing stored) instead of raising, and the site keeps
serving from the database. After a failure Redis is left alone for ``RETRY_AFTER_SECONDS`` so
each request does not wait for a connection timeout; one warning is logged per outage.
"""

from __future__ import annotations

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("portal.cache")

RETRY_AFTER_SECONDS = 5.0


class FaultTolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        # Ours, not redis-py's: how long to leave Redis alone after a failure.
        self._retry_after = float(options.pop("retry_after_seconds", RETRY_AFTER_SECONDS))
        super().__init__(server, {**params, "OPTIONS": options})
        self._down_until = 0.0

    def _call(self, method: str, fallback, *args, **kwargs):
        if self._down_until and time.monotonic() < self._down_until:
            return fallback
        try:
            result = getattr(super(), method)(*args, **kwargs)
        except RedisError as error:
            if not self._down_until:
                logger.warning("Cache unavailable, carrying on without it: %s", error)
            self._down_until = time.monotonic() + self._retry_after
            return fallback
        if self._down_until:
            logger.warning("Cache available again.")
            self._down_until = 0.0
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        missing = object()
        result = self._call("incr", missing, key, delta, version)
        if result is missing:
            # What an empty cache says, and what callers already handle.
            raise ValueError(f"Key '{key}' not found")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", None)
