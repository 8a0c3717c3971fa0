"""Shared protection for public forms: a honeypot field and a per-client rate limit.

Used by every form residents can send (feedback, report a problem). Nothing here stores who
sent what: the rate limit keys on a salted hash of the address, kept only in the cache.
"""

import hashlib

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


def rate_limit_exceeded(request, *, scope: str, limit: int, period_seconds: int) -> bool:
    """Count one attempt for this client in ``scope``; True once it passes ``limit`` per period."""
    key = f"ratelimit:{scope}:{client_fingerprint(request)}"
    cache.add(key, 0, timeout=period_seconds)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period_seconds)
        attempts = 1
    return attempts > limit
