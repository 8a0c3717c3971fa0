"""Wagtail API v2 at /api/v2/: published public pages, read-only, filterable by ``?locale=``.

Only Wagtail's own page fields (title, slug, html_url, locale, dates, search description…) and
the fields a page type lists in ``api_fields`` are served; drafts and private pages never are.
"""

from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet


class PortalPagesAPIViewSet(PagesAPIViewSet):
    # Read-only by construction (a GenericViewSet with list and detail only); JSON only.
    http_method_names = ["get", "head", "options"]
    renderer_classes = [JSONRenderer]


api_router = WagtailAPIRouter("wagtailapi_v2")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
