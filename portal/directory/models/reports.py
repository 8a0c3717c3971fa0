"""'Report a problem with this listing': what residents and partners tell us is wrong.

No personal data is required. The optional contact is deleted when the report is resolved.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

DETAILS_MAX_LENGTH = 1000
CONTACT_MAX_LENGTH = 200


class ProblemKind(models.TextChoices):
    CLOSED = "closed", _("The service has closed or moved")
    HOURS = "hours", _("The opening hours are wrong")
    CONTACT = "contact", _("The phone number, email or website is wrong")
    ADDRESS = "address", _("The address is wrong")
    ELIGIBILITY = "eligibility", _("They turned me away or asked about my status")
    OTHER = "other", _("Something else")


class ListingProblem(models.Model):
    service = models.ForeignKey(
        "directory.ServicePage",
        on_delete=models.CASCADE,
        related_name="problem_reports",
        verbose_name=_("service"),
        help_text=_("The listing the report is about, in the language it was read in."),
    )
    district = models.ForeignKey(
        "taxonomy.District",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("district"),
        help_text=_("The district whose directory looks after the listing."),
    )
    kind = models.CharField(
        _("what is wrong"),
        max_length=20,
        choices=ProblemKind.choices,
        help_text=_("The reporter's choice of what is wrong."),
    )
    details = models.TextField(
        _("details"),
        blank=True,
        max_length=DETAILS_MAX_LENGTH,
        help_text=_("What the reporter wrote."),
    )
    contact = models.CharField(
        _("contact"),
        max_length=CONTACT_MAX_LENGTH,
        blank=True,
        help_text=_("Optional email or phone to reply to. Deleted when the report is resolved."),
    )
    language_code = models.CharField(
        _("language"),
        max_length=12,
        help_text=_("The language the reporter read the page in."),
    )
    created_at = models.DateTimeField(
        _("reported at"), auto_now_add=True, db_index=True, help_text=_("When it was sent.")
    )
    resolved_at = models.DateTimeField(
        _("resolved at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("When an editor marked it resolved. Empty while it is open."),
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("resolved by"),
        help_text=_("The editor who marked it resolved."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("listing problem report")
        verbose_name_plural = _("listing problem reports")

    def __str__(self):
        return f"{self.service_id} {self.kind} {self.created_at:%Y-%m-%d}"

    @property
    def is_resolved(self) -> bool:
        return self.resolved_at is not None
