"""Reads for two-step verification."""

from django.contrib.auth.models import AbstractBaseUser, Permission
from django_otp.plugins.otp_totp.models import TOTPDevice

REQUIRE_TWO_FACTOR = ("security", "require_two_factor")


def two_factor_required(*, user: AbstractBaseUser) -> bool:
    """True if one of the user's groups (or the user directly) must use two-step verification.

    Checked on the groups themselves rather than with has_perm(), which is always true for
    superusers: an administrator is required to use it only by being in such a group.
    """
    if not user.is_authenticated:
        return False
    app_label, codename = REQUIRE_TWO_FACTOR
    permissions = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    return permissions.filter(group__user=user).exists() or permissions.filter(user=user).exists()


def two_factor_device(*, user: AbstractBaseUser, confirmed: bool = True) -> TOTPDevice | None:
    """The user's authenticator app (confirmed, or the one being set up)."""
    if not user.is_authenticated:
        return None
    return TOTPDevice.objects.devices_for_user(user, confirmed=confirmed).order_by("-pk").first()
