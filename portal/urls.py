from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.core import views as core_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("language/<str:code>/", core_views.choose_language, name="choose_language"),
    path("sw.js", core_views.service_worker, name="service_worker"),
    path("api/oruk/", include("portal.api.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything public lives under /<lang>/; "/" is redirected by LocaleMiddleware using the
# language cookie, then Accept-Language, then the source language.
urlpatterns += i18n_patterns(
    path("manifest.webmanifest", core_views.web_manifest, name="web_manifest"),
    path("", include("portal.feedback.urls")),
    path("", include("portal.directory.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
