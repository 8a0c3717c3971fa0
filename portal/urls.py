from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.api.wagtail_v2 import api_router
from portal.core import views as core_views
from portal.search import urls as search_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("language/<str:code>/", core_views.choose_language, name="choose_language"),
    path("sw.js", core_views.service_worker, name="service_worker"),
    path("api/v2/", api_router.urls),
    path("", include(search_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything public lives under /<lang>/; "/" is redirected by LocaleMiddleware using the
# language cookie, then Accept-Language, then the source language.
urlpatterns += i18n_patterns(
    path("manifest.webmanifest", core_views.web_manifest, name="web_manifest"),
    path("", include("portal.feedback.urls")),
    *search_urls.localised_urlpatterns,
    path("", include("portal.translation.urls")),
    path("", include("portal.directory.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A briefly unreachable database gets a friendly 503 page, not the generic error page.
handler500 = "portal.reliability.errors.server_error"
