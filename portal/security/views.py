"""Admin views for two-step verification (authenticator apps, TOTP).

Every editor can turn it on for themselves; administrators can require it for a group
(Settings → Groups → "Must use two-step verification") and reset an editor's authenticator.
"""

import segno
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login

from portal.security import operations, selectors
from portal.security.forms import TokenForm


def _next_url(request) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


@never_cache
@sensitive_post_parameters("token")
@require_http_methods(["GET", "POST"])
def verify(request):
    """Ask for a code after the password, when the editor has an authenticator app."""
    device = selectors.two_factor_device(user=request.user)
    if device is None:
        return redirect(reverse("two_factor_manage"))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # verify_token is throttled by django-otp: each failure doubles the wait before the next.
        if device.verify_token(form.cleaned_data["token"]):
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", _("That code is not right, or it has expired. Try the newest one."))
    return TemplateResponse(
        request,
        "security/two_factor_verify.html",
        {"form": form, "next": _next_url(request)},
        status=400 if form.errors else 200,
    )


@never_cache
@sensitive_post_parameters("token")
@require_http_methods(["GET", "POST"])
def setup(request):
    """Scan a QR code with an authenticator app and confirm it with a first code."""
    device = selectors.two_factor_device(user=request.user, confirmed=False)
    if request.method == "GET" or device is None:
        device = operations.two_factor_device_start(user=request.user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if operations.two_factor_device_confirm(device=device, token=form.cleaned_data["token"]):
            otp_login(request, device)
            messages.success(request, _("Two-step verification is on for your account."))
            return redirect(_next_url(request))
        form.add_error(
            "token",
            _(
                "That code is not right. Check that the clock of your phone is right and enter "
                "the newest code."
            ),
        )
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "next": _next_url(request),
        "qr_svg": mark_safe(qr.svg_inline(scale=5, dark="#000", light="#fff")),  # noqa: S308
        "secret": _grouped_secret(device),
        "required": selectors.two_factor_required(user=request.user),
    }
    return TemplateResponse(
        request, "security/two_factor_setup.html", context, status=400 if form.errors else 200
    )


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request):
    """The editor's own page: is two-step verification on, and turn it on or off."""
    device = selectors.two_factor_device(user=request.user)
    required = selectors.two_factor_required(user=request.user)
    if request.method == "POST":
        if device is None or required:
            raise PermissionDenied
        operations.two_factor_devices_delete(user=request.user)
        messages.success(request, _("Two-step verification is off for your account."))
        return redirect(reverse("two_factor_manage"))
    return TemplateResponse(
        request,
        "security/two_factor_manage.html",
        {"device": device, "required": required},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def reset(request, user_id):
    """An administrator removes an editor's authenticator (a lost or replaced phone)."""
    if not request.user.has_perm("auth.change_user"):
        raise PermissionDenied
    editor = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        operations.two_factor_devices_delete(user=editor)
        messages.success(
            request,
            _(
                "Two-step verification was reset for %(name)s. They will set it up again at "
                "their next sign-in if their group requires it."
            )
            % {"name": editor.get_username()},
        )
        return redirect(reverse("wagtailusers_users:index"))
    return TemplateResponse(
        request,
        "security/two_factor_reset.html",
        {
            "editor": editor,
            "device": selectors.two_factor_device(user=editor),
        },
    )


def _grouped_secret(device) -> str:
    """The key in base32, in groups of four, for typing into an app by hand."""
    from base64 import b32encode

    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))
