"""The service finder page, at /<lang>/find/, and its sub-views (print, QR code, embed)."""

from django.http import HttpResponse
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from portal.core.models import BasePage
from portal.security.framing import allow_widget_framing


class ServiceFinderPage(RoutablePageMixin, BasePage):
    """Search and filter every district's services; the page partners link residents to.

    Everything a reader chose is in the query string, so every search is a stable link.
    Those requests are never cached or logged (docs/finder.md).
    """

    parent_page_types = ["core.HomePage"]
    subpage_types: list[str] = []
    content_panels = Page.content_panels + [
        FieldPanel("introduction"),  # what the finder is for, shown above the form
    ]

    class Meta:
        verbose_name = pgettext_lazy("finder", "service finder page")

    @path("")
    def index_route(self, request):
        from portal.finder.views import finder_page_response

        return finder_page_response(request=request, page=self)

    @path("print/")
    def print_route(self, request):
        from portal.finder.views import finder_print_response

        return finder_print_response(request=request, page=self)

    @path("qr/")
    def qr_route(self, request) -> HttpResponse:
        from portal.finder.views import finder_qr_response

        return finder_qr_response(request=request, page=self)

    @path("embed/")
    def embed_route(self, request):
        from portal.finder.views import finder_embed_response

        return allow_widget_framing(lambda r: finder_embed_response(request=r, page=self))(request)

    @path("service/<int:service_id>/")
    def service_route(self, request, service_id: int):
        from portal.finder.views import service_share_response

        return service_share_response(request=request, page=self, service_id=service_id)

    @path("service/<int:service_id>/qr/")
    def service_qr_route(self, request, service_id: int) -> HttpResponse:
        from portal.finder.views import service_qr_response

        return service_qr_response(request=request, page=self, service_id=service_id)
