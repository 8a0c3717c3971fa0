"""Shared protection for public forms: a honeypot field and a per-client rate limit.

Used by every form residents can send (feedback, report a problem); the rate limit also by site
search and the ORUK API. Nothing here stores who sent what: the rate limit keys on a salted hash
of the address, kept only in the cache.
"""

import hashlib
import time

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website"


class HoneypotFormMixin(forms.Form):
    """A field people never see or fill; bots that fill it are dropped without an error."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())


def client_fingerprint(request) -> str:
    from portal.security.client import client_ip

    address = client_ip(request)  # behind nginx, REMOTE_ADDR is nginx's own address
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


def rate_limit_wait(request, *, scope: str, limit: int, period_seconds: int) -> int:
    """Count one attempt for this client in ``scope``: 0 while it is within ``limit`` attempts per
    period, else the seconds until the period ends (for ``Retry-After``).

    The one rate limit of the portal's public forms, site search and API. Periods are fixed
    windows shared by every process through the cache (Redis in production).
    """
    now = time.time()
    window = int(now // period_seconds)
    key = f"ratelimit:{scope}:{client_fingerprint(request)}:{window}"
    cache.add(key, 0, timeout=period_seconds + 5)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period_seconds + 5)
        attempts = 1
    if attempts <= limit:
        return 0
    return max(1, int((window + 1) * period_seconds - now) + 1)


def rate_limit_exceeded(request, *, scope: str, limit: int, period_seconds: int) -> bool:
    """Count one attempt for this client in ``scope``; True once it passes ``limit`` per period."""
    return rate_limit_wait(request, scope=scope, limit=limit, period_seconds=period_seconds) > 0
