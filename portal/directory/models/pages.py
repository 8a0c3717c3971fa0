"""The directory's page types: the districts index, one page per district, and services.

A service lives under the district that looks after its listing. It appears in every district
it serves (``districts_served``), or in all of them when ``is_county_wide``: never copied.
Prose is translated; facts (taxonomy links, numbers, times, status) are kept in sync.
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.blocks import PARAGRAPH_FEATURES
from portal.core.models import BasePage


class Cost(models.TextChoices):
    FREE = "free", _("Free")
    LOW_COST = "low_cost", _("Low cost")
    PAID = "paid", _("Paid")


class Referral(models.TextChoices):
    DROP_IN = "drop_in", _("No referral needed")
    NEEDED = "needed", _("Referral needed")


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    TEMPORARILY_CLOSED = "temporarily_closed", _("Temporarily closed")
    CLOSED = "closed", _("Closed")


class DistrictIndexPage(BasePage):
    """The list of districts, at /<lang>/districts/."""

    parent_page_types = ["core.HomePage"]
    subpage_types = ["directory.DistrictPage"]
    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("districts index page")

    def get_context(self, request, *args, **kwargs):
        from portal.directory.selectors import district_pages

        context = super().get_context(request, *args, **kwargs)
        context["district_pages"] = district_pages(index=self)
        return context


class DistrictPage(BasePage):
    """One district's directory, at /<lang>/districts/<district>/."""

    district = models.ForeignKey(
        "taxonomy.District",
        on_delete=models.PROTECT,
        related_name="directory_pages",
        verbose_name=_("district"),
        help_text=_("The district this directory is for. One page per district and language."),
    )
    council_contacts = RichTextField(
        _("the council's refugee contacts"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("Who at the council helps refugees, and how to reach them."),
    )
    contact_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_("The council team's address, never a person's own."),
    )
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=30,
        blank=True,
        help_text=_("The council team's phone number, e.g. '01772 906 000'."),
    )
    forum_details = RichTextField(
        _("local multi-agency forum"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("When and where the district's refugee forum meets, and how to join."),
    )

    parent_page_types = ["directory.DistrictIndexPage"]
    subpage_types = ["directory.ServicePage"]
    content_panels = Page.content_panels + [
        FieldPanel("district"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("council_contacts"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Council contacts"),
        ),
        FieldPanel("forum_details"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("council_contacts"),
        index.SearchField("forum_details"),
        index.FilterField("district_id"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("district"),
        TranslatableField("council_contacts"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        TranslatableField("forum_details"),
    ]

    class Meta:
        verbose_name = _("district page")

    def clean(self):
        super().clean()
        if self.district_id is None:
            return
        duplicate = (
            DistrictPage.objects.filter(district_id=self.district_id, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exists()
        )
        if duplicate:
            raise ValidationError(
                {"district": _("This district already has a directory page in this language.")}
            )

    def get_context(self, request, *args, **kwargs):
        from portal.directory.views import district_directory_context

        context = super().get_context(request, *args, **kwargs)
        context.update(district_directory_context(request=request, page=self))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", {}).get("filter_form")
        if form is not None and form.is_bound and form.errors:
            response.status_code = 400  # the list still shows, with the reason above it
        return response


class ServicePage(BasePage):
    """One service residents can use, at /<lang>/districts/<district>/<service>/."""

    external_id = models.CharField(
        _("external id"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_(
            "A stable id for CSV import and export, e.g. 'preston-food-bank'. Re-importing a row "
            "with the same id updates this service instead of adding another."
        ),
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
        verbose_name=_("organisation"),
        help_text=_("Who runs the service."),
    )
    summary = models.CharField(
        _("summary"),
        max_length=200,
        help_text=_("One sentence shown in lists, e.g. 'Free food parcels for anyone in need.'"),
    )
    description = RichTextField(
        _("description"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("What happens when someone comes, what to bring, and what to expect."),
    )
    needs = ParentalManyToManyField(
        "taxonomy.Need",
        blank=True,
        related_name="services",
        verbose_name=_("needs served"),
        help_text=_("What people can get help with here."),
    )
    open_to_everyone = models.BooleanField(
        _("open to everyone"),
        default=False,
        help_text=_("Tick if anyone can use it, whatever their immigration status."),
    )
    eligible_statuses = ParentalManyToManyField(
        "taxonomy.ImmigrationStatus",
        blank=True,
        related_name="services",
        verbose_name=_("immigration statuses eligible"),
        help_text=_("Who can use it, if not everyone."),
    )
    is_county_wide = models.BooleanField(
        _("county-wide"),
        default=False,
        help_text=_("Tick if it serves every district. It then appears in every district's list."),
    )
    districts_served = ParentalManyToManyField(
        "taxonomy.District",
        blank=True,
        related_name="services",
        verbose_name=_("districts served"),
        help_text=_(
            "Other districts whose residents it serves. Its own district is always included."
        ),
    )
    spoken_languages = ParentalManyToManyField(
        "taxonomy.SpokenLanguage",
        blank=True,
        related_name="services",
        verbose_name=_("languages spoken"),
        help_text=_("Languages staff or volunteers speak with residents."),
    )
    interpreters_available = models.BooleanField(
        _("interpreters available"),
        default=False,
        help_text=_("Tick if they can arrange an interpreter (in person or by phone)."),
    )
    cost = models.CharField(
        _("cost"),
        max_length=10,
        choices=Cost.choices,
        default=Cost.FREE,
        help_text=_("What residents pay."),
    )
    cost_description = models.CharField(
        _("about the cost"),
        max_length=200,
        blank=True,
        help_text=_("Optional, e.g. '£1 a session, free if you cannot pay'."),
    )
    referral = models.CharField(
        _("referral"),
        max_length=10,
        choices=Referral.choices,
        default=Referral.DROP_IN,
        help_text=_("Whether people need to be referred by someone else (a GP, a caseworker)."),
    )
    referral_description = models.CharField(
        _("how to get a referral"),
        max_length=300,
        blank=True,
        help_text=_("Optional, e.g. 'Ask your GP or your Migrant Help caseworker to refer you.'"),
    )
    min_age = models.PositiveSmallIntegerField(
        _("minimum age"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
        help_text=_("Leave empty if there is no minimum age."),
    )
    max_age = models.PositiveSmallIntegerField(
        _("maximum age"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
        help_text=_("Leave empty if there is no maximum age, e.g. 25 for a youth service."),
    )
    phone = models.CharField(
        _("phone"), max_length=30, blank=True, help_text=_("e.g. '01772 123 456'.")
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("A team address."))
    website = models.URLField(_("website"), blank=True, help_text=_("The service's own page."))
    whatsapp = models.CharField(
        _("WhatsApp number"),
        max_length=30,
        blank=True,
        help_text=_("In international form, e.g. '+44 7700 900123'."),
    )
    asks_about_status = models.BooleanField(
        _("asks about immigration status"),
        default=False,
        help_text=_("Residents are told plainly whether they will be asked about their status."),
    )
    shares_with_home_office = models.BooleanField(
        _("shares information with the Home Office"),
        default=False,
        help_text=_("Tick if it may pass personal information to the Home Office."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ServiceStatus.choices,
        default=ServiceStatus.ACTIVE,
        help_text=_(
            "Temporarily closed services stay listed with a label; closed ones are not listed."
        ),
    )
    status_note = models.CharField(
        _("about the status"),
        max_length=200,
        blank=True,
        help_text=_("Optional, e.g. 'Closed for refurbishment until 1 March'."),
    )
    verified_on = models.DateField(
        _("checked on"),
        default=datetime.date.today,
        help_text=_(
            "When someone last confirmed these details with the service. Shown to residents."
        ),
    )
    verified_by = models.CharField(
        _("checked by"),
        max_length=120,
        blank=True,
        help_text=_("Who checked, e.g. 'Preston council refugee team'. Not shown to residents."),
    )

    parent_page_types = ["directory.DistrictPage"]
    subpage_types = []
    content_panels = Page.content_panels + [
        FieldPanel("organisation"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("status_note")],
            heading=_("Status"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("needs"),
                FieldPanel("open_to_everyone"),
                FieldPanel("eligible_statuses"),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_county_wide"), FieldPanel("districts_served")],
            heading=_("Where it serves"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("cost"),
                FieldPanel("cost_description"),
                FieldPanel("referral"),
                FieldPanel("referral_description"),
            ],
            heading=_("Cost and referral"),
        ),
        MultiFieldPanel(
            [FieldPanel("spoken_languages"), FieldPanel("interpreters_available")],
            heading=_("Languages"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("whatsapp"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("asks_about_status"), FieldPanel("shares_with_home_office")],
            heading=_("Safety labels"),
        ),
        InlinePanel("locations", heading=_("Locations"), label=_("Location")),
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Opening")),
        InlinePanel("closed_dates", heading=_("Closed dates"), label=_("Closed date")),
        MultiFieldPanel(
            [FieldPanel("verified_on"), FieldPanel("verified_by")],
            heading=_("Checked"),
        ),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("external_id")]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.FilterField("status"),
        index.FilterField("cost"),
        index.FilterField("referral"),
        index.FilterField("is_county_wide"),
        index.FilterField("open_to_everyone"),
        index.FilterField("verified_on"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("external_id"),
        SynchronizedField("organisation"),
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("needs"),
        SynchronizedField("open_to_everyone"),
        SynchronizedField("eligible_statuses"),
        SynchronizedField("is_county_wide"),
        SynchronizedField("districts_served"),
        SynchronizedField("spoken_languages"),
        SynchronizedField("interpreters_available"),
        SynchronizedField("cost"),
        TranslatableField("cost_description"),
        SynchronizedField("referral"),
        TranslatableField("referral_description"),
        SynchronizedField("min_age"),
        SynchronizedField("max_age"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("whatsapp"),
        SynchronizedField("asks_about_status"),
        SynchronizedField("shares_with_home_office"),
        SynchronizedField("status"),
        TranslatableField("status_note"),
        SynchronizedField("verified_on"),
        SynchronizedField("verified_by"),
        TranslatableField("locations"),
        TranslatableField("opening_hours"),
        TranslatableField("closed_dates"),
    ]

    class Meta:
        verbose_name = _("service page")

    def clean(self):
        super().clean()
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValidationError(
                {"max_age": _("The maximum age must be the same as or above the minimum age.")}
            )
        if self.external_id:
            duplicate = (
                ServicePage.objects.filter(external_id=self.external_id, locale_id=self.locale_id)
                .exclude(pk=self.pk)
                .exclude(translation_key=self.translation_key)
                .exists()
            )
            if duplicate:
                raise ValidationError(
                    {"external_id": _("Another service already uses this external id.")}
                )

    def get_context(self, request, *args, **kwargs):
        from portal.directory.views import service_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(service_page_context(request=request, page=self))
        return context

    def search_folding_sources(self) -> list[str]:
        return [*super().search_folding_sources(), self.summary, strip_tags(self.description)]

    @property
    def is_listed(self) -> bool:
        return self.status != ServiceStatus.CLOSED
