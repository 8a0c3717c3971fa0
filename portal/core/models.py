from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.blocks import BodyBlock
from portal.core.page_cache import GenerationMemo
from portal.core.search_text import fold_for_search

_view_restrictions = GenerationMemo()


class SampleContentMixin(models.Model):
    """Demo text is flagged in the admin so nobody publishes it as real advice by mistake."""

    is_sample_content = models.BooleanField(
        _("sample content"),
        default=False,
        help_text=_(
            "Ticked for text created by the demo loader. Check every fact and untick it "
            "before this page is used with residents."
        ),
    )

    sample_content_panels = [
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "This page was created as sample content. Its facts have not been checked."
                    )
                ),
                FieldPanel("is_sample_content"),
            ],
            heading=_("Sample content"),
        )
    ]

    class Meta:
        abstract = True

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if self.is_sample_content:
            return _("%(title)s [sample]") % {"title": title}
        return title


class BasePage(SampleContentMixin, Page):
    """Fields and behaviour every public page type shares."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("One or two plain sentences shown under the title and in search results."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("search_folded_text"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        TranslatableField("introduction"),
        SynchronizedField("is_sample_content"),
    ]
    settings_panels = Page.settings_panels + SampleContentMixin.sample_content_panels

    class Meta:
        abstract = True

    def search_folding_sources(self) -> list[str]:
        """The texts whose Arabic-script words are also indexed folded (search_folded_text)."""
        return [self.title, self.introduction]

    def search_folded_text(self) -> str:
        """This page's words as searches fold what readers type (core/search_text.py), so that
        طعام finds الطعام. Empty when folding changes nothing: the words are indexed as they are."""
        source = " ".join(text for text in self.search_folding_sources() if text)
        folded = fold_for_search(source)
        return folded if folded != " ".join(source.split()) else ""

    def get_view_restrictions(self):
        """Wagtail asks before serving every page (two queries). The answer changes only when a
        restriction is saved or a page is moved or published, each of which purges the page cache,
        so it is remembered until then; a page with no restriction then costs no query at all."""
        find = super().get_view_restrictions
        ids = _view_restrictions.get(self.pk, lambda: list(find().values_list("pk", flat=True)))
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)

    def route(self, request, path_components):
        # Wagtail walks the path one page at a time, two queries a level; a service four levels
        # down would spend most of the page's query budget on routing. One query finds the page
        # by its full path among this page's descendants; anything else (a routable page's own
        # sub-paths, a draft, a typo) goes the usual way and ends the usual way.
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            match = (
                Page.objects.live()
                .descendant_of(self)
                .filter(url_path=url_path)
                .select_related("content_type")
                .first()
            )
            if match is not None:
                return match.specific.route(request, [])
        return super().route(request, path_components)


class HomePage(BasePage):
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text=_("The welcome text. Sections below the page are listed automatically."),
    )

    parent_page_types = ["wagtailcore.Page"]
    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("body")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from portal.core.selectors import home_sections

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections(home=self)
        return context


class StandardPage(BasePage):
    body = StreamField(BodyBlock(), help_text=_("The page's content, in short sections."))

    parent_page_types = ["core.HomePage", "core.StandardPage"]
    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("body")]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="warning")
class PortalSettings(BaseGenericSetting):
    """Numbers and links shown on every public page."""

    emergency_number = models.CharField(
        _("emergency number"),
        max_length=20,
        default="999",
        help_text=_("Police, ambulance and fire. Shown in every page's footer."),
    )
    asylum_helpline_name = models.CharField(
        _("asylum helpline name"),
        max_length=80,
        default="Migrant Help",
        help_text=_("The organisation running the national asylum helpline."),
    )
    asylum_helpline_number = models.CharField(
        _("asylum helpline number"),
        max_length=20,
        default="0808 8010 503",
        help_text=_("Free 24-hour asylum helpline, shown in the footer."),
    )
    quick_exit_url = models.URLField(
        _("quick exit address"),
        default="https://www.bbc.co.uk/weather",
        help_text=_(
            "Where 'Leave this site quickly' goes: an ordinary, harmless page on another site."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("emergency_number"),
                FieldPanel("asylum_helpline_name"),
                FieldPanel("asylum_helpline_number"),
            ],
            heading=_("Footer numbers"),
        ),
        FieldPanel("quick_exit_url"),
    ]

    CACHE_KEY = "portal-settings"

    class Meta:
        verbose_name = _("portal settings")

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(self.CACHE_KEY)

    @classmethod
    def _get_or_create(cls):
        # Read on every public page, changed a few times a year: kept in the shared cache.
        instance = cache.get(cls.CACHE_KEY)
        if instance is None:
            instance = super()._get_or_create()
            cache.set(cls.CACHE_KEY, instance, timeout=None)
        return instance
