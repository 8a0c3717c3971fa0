"""Admin for the shared vocabularies: every language's labels on one screen, grouped by language."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.languages import KNOWN_LANGUAGES
from portal.taxonomy.models import District, ImmigrationStatus, Need, SpokenLanguage


def translated_field_panels(*field_names: str) -> list[MultiFieldPanel]:
    """One collapsible group per configured language holding that language's columns."""
    panels = []
    for index, (code, _name) in enumerate(settings.LANGUAGES):
        lang = KNOWN_LANGUAGES[code]
        panels.append(
            MultiFieldPanel(
                [FieldPanel(f"{field}_{code}") for field in field_names],
                heading=f"{lang.name_local} ({lang.name})",
                classname="collapsed" if index else "",
            )
        )
    return panels


class TermViewSet(SnippetViewSet):
    add_to_admin_menu = False
    copy_view_enabled = False
    list_per_page = 50
    ordering = ["sort_order", "slug"]


class ImmigrationStatusViewSet(TermViewSet):
    model = ImmigrationStatus
    icon = "user"
    list_display = ["label", "slug", "sort_order"]
    search_fields = ["label", "slug"]
    panels = [FieldPanel("slug"), FieldPanel("sort_order")] + translated_field_panels(
        "label", "explanation"
    )


class NeedViewSet(TermViewSet):
    model = Need
    icon = "tag"
    list_display = ["label", "slug", "sort_order"]
    search_fields = ["label", "slug"]
    panels = [FieldPanel("slug"), FieldPanel("sort_order")] + translated_field_panels(
        "label", "description"
    )


class DistrictViewSet(TermViewSet):
    model = District
    icon = "site"
    list_display = ["name", "council_name", "slug"]
    search_fields = ["name", "slug", "council_name"]
    panels = [
        FieldPanel("slug"),
        FieldPanel("council_name"),
        FieldPanel("sort_order"),
    ] + translated_field_panels("name")


class SpokenLanguageViewSet(TermViewSet):
    model = SpokenLanguage
    icon = "openquote"
    list_display = ["name", "name_local", "code"]
    search_fields = ["name", "name_local", "code"]
    panels = [
        FieldPanel("code"),
        FieldPanel("slug"),
        FieldPanel("name_local"),
        FieldPanel("sort_order"),
    ] + translated_field_panels("name")


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "list-ul"
    menu_order = 400
    items = (ImmigrationStatusViewSet, NeedViewSet, DistrictViewSet, SpokenLanguageViewSet)


register_snippet(TaxonomyGroup)
