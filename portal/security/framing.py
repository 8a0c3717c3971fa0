"""Let partner sites frame one view, and no other.

Every response says "frame-ancestors 'none'" (CSP) and "X-Frame-Options: DENY". A view meant to
be embedded by partners (the service finder's embed view) is decorated instead:

    from portal.security.framing import allow_widget_framing

    @allow_widget_framing
    def finder_embed(request, ...):
        ...

Its responses may then be framed by the origins in WIDGET_ALLOWED_ORIGINS (environment,
comma-separated, e.g. "https://www.example-charity.org.uk"), and by nobody if it is empty.
X-Frame-Options cannot name several origins, so it is left off these responses; every browser
that understands frame-ancestors ignores it anyway.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def widget_frame_ancestors() -> list[str]:
    """WIDGET_ALLOWED_ORIGINS as CSP sources; ["'none'"] when no partner is allowed."""
    origins = []
    for origin in getattr(settings, "WIDGET_ALLOWED_ORIGINS", []):
        parts = urlsplit(origin)
        if parts.scheme not in ("https", "http") or not parts.netloc or parts.path not in ("", "/"):
            raise ImproperlyConfigured(
                f"WIDGET_ALLOWED_ORIGINS: {origin!r} is not an origin like https://example.org"
            )
        origins.append(f"{parts.scheme}://{parts.netloc}")
    return origins or ["'none'"]


def allow_widget_framing(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response._csp_replace = {
            **(getattr(response, "_csp_replace", None) or {}),
            "frame-ancestors": widget_frame_ancestors(),
        }
        response.xframe_options_exempt = True
        return response

    return wrapped
