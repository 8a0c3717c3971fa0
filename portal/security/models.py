"""Security has no tables of its own. This proxy of Group only carries the permission "must use
two-step verification", which administrators tick on a group in Settings → Groups."""

from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _


class TwoFactorPolicy(Group):
    class Meta:
        proxy = True
        default_permissions = ()
        permissions = [
            ("require_two_factor", _("Must use two-step verification to use the admin")),
        ]
        verbose_name = _("two-step verification policy")
