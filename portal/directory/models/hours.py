"""Where a service is and when it is open: inline rows of a ServicePage.

Every row is translatable (wagtail-localize follows inline rows only through
``TranslatableMixin``); times, dates, postcodes and coordinates are kept in sync, and only the
words residents read (a location's name, access notes, why a day is closed) are translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Weekday(models.IntegerChoices):
    # Python's date.weekday() numbering, so no conversion is needed anywhere.
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class ServiceLocation(TranslatableMixin, Orderable):
    page = ParentalKey(
        "directory.ServicePage",
        on_delete=models.CASCADE,
        related_name="locations",
        help_text=_("The service held at this place."),
    )
    name = models.CharField(
        _("name of the place"),
        max_length=200,
        blank=True,
        help_text=_("Optional, e.g. 'St Mary's Church Hall' or 'Main office'."),
    )
    address = models.TextField(
        _("address"),
        max_length=400,
        help_text=_("Street address without the postcode, one line per line of the address."),
    )
    postcode = models.CharField(
        _("postcode"), max_length=10, help_text=_("e.g. 'PR1 2HE'. Used to find nearby services.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("e.g. 53.758300. Used for the 'open in a map app' link."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("e.g. -2.703400. West of Greenwich is negative."),
    )
    accessibility_notes = models.TextField(
        _("accessibility notes"),
        blank=True,
        max_length=600,
        help_text=_("e.g. 'Step-free entrance at the back. Accessible toilet. Hearing loop.'"),
    )
    hide_exact_address = models.BooleanField(
        _("hide the exact address"),
        default=False,
        help_text=_(
            "For safe places such as refuges: the public page shows only the town and the first "
            "half of the postcode, and no map link. People are told to phone first."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("postcode"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("accessibility_notes"),
        FieldPanel("hide_exact_address"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("address"),
        SynchronizedField("postcode"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        TranslatableField("accessibility_notes"),
        SynchronizedField("hide_exact_address"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return self.name or self.postcode

    @property
    def postcode_area(self) -> str:
        """The first half of the postcode ('PR1'), safe to show for a hidden address."""
        return self.postcode.split()[0].upper() if self.postcode.strip() else ""

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class OpeningHours(TranslatableMixin, Orderable):
    """One opening on one weekday. Closing at or before opening time means it ends next day."""

    page = ParentalKey(
        "directory.ServicePage",
        on_delete=models.CASCADE,
        related_name="opening_hours",
        help_text=_("The service open at these times."),
    )
    weekday = models.PositiveSmallIntegerField(
        _("day"), choices=Weekday.choices, help_text=_("The day it opens.")
    )
    opens = models.TimeField(_("opens"), help_text=_("e.g. 09:30. UK time."))
    closes = models.TimeField(
        _("closes"),
        help_text=_("e.g. 16:00. For a night service, a time earlier than opening means next day."),
    )

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]
    translatable_fields = [
        SynchronizedField("weekday"),
        SynchronizedField("opens"),
        SynchronizedField("closes"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    @property
    def is_overnight(self) -> bool:
        return self.closes <= self.opens


class ClosedDate(TranslatableMixin, Orderable):
    """A day the service is closed although its weekly hours say open (bank holidays, training)."""

    page = ParentalKey(
        "directory.ServicePage",
        on_delete=models.CASCADE,
        related_name="closed_dates",
        help_text=_("The service closed on this date."),
    )
    date = models.DateField(_("date"), help_text=_("The whole day is closed."))
    reason = models.CharField(
        _("reason"),
        max_length=120,
        blank=True,
        help_text=_("Optional, shown to residents, e.g. 'Bank holiday'."),
    )

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("reason")])]
    translatable_fields = [SynchronizedField("date"), TranslatableField("reason")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("closed date")
        verbose_name_plural = _("closed dates")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.reason}".strip()
