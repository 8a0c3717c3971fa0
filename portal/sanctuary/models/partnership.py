"""The members of the strategic partnership and the district multi-agency forums.

Both are inline rows of a PartnershipPage. They are translatable (wagtail-localize needs
``TranslatableMixin`` on inline rows to follow them), with names, links and logos kept in sync.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class OrganisationType(models.TextChoices):
    COUNCIL = "council", _("Council")
    HEALTH = "health", _("Health")
    POLICE = "police", _("Police, fire and rescue")
    VOLUNTARY = "voluntary", _("Voluntary and community")
    GOVERNMENT = "government", _("Government")


class PartnershipMember(TranslatableMixin, Orderable):
    page = ParentalKey(
        "sanctuary.PartnershipPage",
        on_delete=models.CASCADE,
        related_name="members",
        help_text=_("The partnership page listing this member."),
    )
    name = models.CharField(
        _("organisation"),
        max_length=200,
        help_text=_("The organisation's full name, e.g. 'Lancashire Constabulary'."),
    )
    organisation_type = models.CharField(
        _("type"),
        max_length=20,
        choices=OrganisationType.choices,
        help_text=_("Members are grouped by type on the page."),
    )
    role = models.CharField(
        _("role in the partnership"),
        max_length=200,
        blank=True,
        help_text=_("Optional, e.g. 'Chairs the health sub-group'."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional logo, shown small. Its alt text is the organisation's name."),
    )
    url = models.URLField(_("website"), blank=True, help_text=_("The organisation's own website."))
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation in the directory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional: the same organisation in the service directory. Its services that "
            "residents can use are then listed under the member."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation_type"),
        FieldPanel("role"),
        FieldPanel("logo"),
        FieldPanel("url"),
        FieldPanel("organisation"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("role"),
        SynchronizedField("organisation_type"),
        SynchronizedField("logo"),
        SynchronizedField("url"),
        SynchronizedField("organisation"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("partnership member")
        verbose_name_plural = _("partnership members")

    def __str__(self):
        return self.name


class DistrictForum(TranslatableMixin, Orderable):
    page = ParentalKey(
        "sanctuary.PartnershipPage",
        on_delete=models.CASCADE,
        related_name="forums",
        help_text=_("The partnership page listing this forum."),
    )
    district = models.ForeignKey(
        "taxonomy.District",
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The district the forum covers."),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("e.g. 'Pendle Multi-Agency Refugee Forum'."),
    )
    schedule = models.CharField(
        _("when it meets"),
        max_length=200,
        help_text=_("e.g. 'Second Tuesday of every month, 10am, Nelson Town Hall'."),
    )
    purpose = models.TextField(
        _("purpose"), max_length=600, help_text=_("What the forum is for, in one or two sentences.")
    )
    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("A team address, never a person's own.")
    )
    contact_phone = models.CharField(
        _("contact phone"), max_length=30, blank=True, help_text=_("Optional phone number.")
    )

    panels = [
        FieldPanel("district"),
        FieldPanel("name"),
        FieldPanel("schedule"),
        FieldPanel("purpose"),
        FieldPanel("contact_email"),
        FieldPanel("contact_phone"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("schedule"),
        TranslatableField("purpose"),
        SynchronizedField("district"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("district forum")
        verbose_name_plural = _("district forums")

    def __str__(self):
        return self.name
