"""Site search lives under /<lang>/ (see portal/urls.py); these are the language-free routes."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path
from django.views.decorators.http import require_GET

from portal.search import views
from portal.search.sitemaps import PortalSitemap


@require_GET
def sitemap(request):
    return sitemap_views.sitemap(request, sitemaps={"pages": PortalSitemap(request)})


urlpatterns = [
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("health/", views.health, name="health"),
]

localised_urlpatterns = [
    path("search/", views.search, name="search"),
]
