"""Writes for two-step verification: set up, confirm and remove an editor's authenticator app."""

from django.contrib.auth.models import AbstractBaseUser
from django_otp.plugins.otp_totp.models import TOTPDevice


def two_factor_device_start(*, user: AbstractBaseUser) -> TOTPDevice:
    """A new, unconfirmed authenticator for the user, replacing any half-finished set-up."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def two_factor_device_confirm(*, device: TOTPDevice, token: str) -> bool:
    """Confirm the device if ``token`` is its current code; other confirmed devices are removed."""
    if not device.verify_token(token):
        return False
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return True


def two_factor_devices_delete(*, user: AbstractBaseUser) -> int:
    """Remove every authenticator of the user (they lost their phone, or turn it off)."""
    deleted, _ = TOTPDevice.objects.filter(user=user).delete()
    return deleted
