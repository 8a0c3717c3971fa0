"""Response headers for every page, and the admin's two-step verification gate.

- ContentSecurityPolicyMiddleware: django-csp's middleware, with the strict public policy
  (settings.CONTENT_SECURITY_POLICY) everywhere except under ADMIN_URL_PREFIX, where Wagtail's
  admin gets settings.ADMIN_CONTENT_SECURITY_POLICY (it needs inline styles and scripts).
- PermissionsPolicyMiddleware: denies browser features the portal never uses.
- TwoFactorRequiredMiddleware: an editor with a confirmed authenticator app enters a code
  before using the admin; an editor in a group that requires two-step verification and who has
  no authenticator yet is sent to set one up.
"""

from urllib.parse import urlencode

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

from portal.security import selectors


def is_admin_path(path: str) -> bool:
    return path.startswith(getattr(settings, "ADMIN_URL_PREFIX", "/admin/"))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts


def permissions_policy_header(policy: dict[str, list[str]]) -> str:
    """{"camera": [], "fullscreen": ["self"]} → 'camera=(), fullscreen=(self)'."""
    return ", ".join(
        f"{feature}=({' '.join(allowed)})" for feature, allowed in sorted(policy.items())
    )


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", None)
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = permissions_policy_header(policy)
        return response


# Pages an editor may open before entering a code: signing in and out, and what they need.
ALWAYS_ALLOWED = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_verify",
}
# …and, while they have no authenticator app yet, the pages to set one up.
ALLOWED_WITHOUT_DEVICE = ALWAYS_ALLOWED | {"two_factor_setup", "two_factor_manage"}


class TwoFactorRequiredMiddleware:
    """Must come after django_otp.middleware.OTPMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.redirect_for(request) or self.get_response(request)

    def redirect_for(self, request):
        if not is_admin_path(request.path_info):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            return None
        if url_name in ALWAYS_ALLOWED:
            return None
        if selectors.two_factor_device(user=user) is not None:
            target = "two_factor_verify"
        elif selectors.two_factor_required(user=user):
            if url_name in ALLOWED_WITHOUT_DEVICE:
                return None
            target = "two_factor_setup"
        else:
            return None
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse(target)}?{query}")
