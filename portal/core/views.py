from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET


@require_GET
def choose_language(request, code):
    """Remember the reader's language choice (a cookie, nothing else) and take them to the page."""
    if code not in dict(settings.LANGUAGES):
        return HttpResponseBadRequest(_("This language is not available."))
    next_url = request.GET.get("next") or f"/{code}/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = f"/{code}/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
        httponly=True,
    )
    return response


SERVICE_WORKER = settings.BASE_DIR / "static" / "js" / "sw.js"


@require_GET
def service_worker(request):
    """The service worker, served from the site root so that it may look after every page."""
    response = HttpResponse(SERVICE_WORKER.read_bytes(), content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def web_manifest(request):
    """Install-to-home-screen manifest in the reader's language."""
    language = get_language()
    info = get_language_info(language)
    manifest = {
        "name": _("Sanctuary Portal"),
        "short_name": _("Sanctuary"),
        "description": _("Information and help for refugees and people seeking asylum."),
        "lang": language,
        "dir": "rtl" if info["bidi"] else "ltr",
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#005a9c",
        "icons": [
            {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
        ],
    }
    return JsonResponse(
        manifest,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )
