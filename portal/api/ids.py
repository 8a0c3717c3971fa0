"""Stable ORUK identifiers: UUIDs that never change while the record exists.

Open Referral UK wants a UUID for every record. Services, organisations and locations already
have one that is the same in every language and survives edits and moves: Wagtail's
``translation_key``. Everything else (taxonomy terms, schedules, contacts, service areas…) gets a
name-based UUID (uuid5) built from those keys and from taxonomy slugs, which are part of the
public URL contract and never change.
"""

from __future__ import annotations

import uuid

# Fixed for ever: changing it would change every derived id partners have stored.
ORUK_NAMESPACE = uuid.UUID("6f1d3c52-5b4e-4c1a-9d0e-3a7b2f8c9e41")


def derived_id(*parts: object) -> str:
    """A UUID derived from ``parts``, e.g. derived_id("schedule", service_key, "09:30-16:00")."""
    return str(uuid.uuid5(ORUK_NAMESPACE, ":".join(str(part) for part in parts)))


def parse_uuid(value: str) -> uuid.UUID | None:
    """The UUID ``value`` names, or None when it is not one."""
    try:
        return uuid.UUID(str(value).strip())
    except (ValueError, AttributeError, TypeError):
        return None
