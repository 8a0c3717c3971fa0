"""Page weight on a first visit, for every page type: what a reader on prepaid data pays for.

Each page type is built by its factory, fetched as a first-time visitor would (the HTML, then
every stylesheet, script and non-content image it names, plus the service worker the script
registers), and each response is gzip-compressed as the server would send it. Content images are
excluded (they are lazy-loaded renditions editors choose). Budgets come from issue 10.
"""

import gzip
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

from tests.test_page_types import EXPECTED_PARENTS, page_factories, page_of_type, portal_page_models

FIRST_VISIT_BUDGET = 50 * 1024  # HTML + CSS + JS + images, compressed
HTML_BUDGET = 14 * 1024  # the first screen arrives in the first round trips
JS_BUDGET = 10 * 1024

RESOURCE = re.compile(
    r"<(?:link[^>]*\brel=\"(?:stylesheet|preload|icon)\"[^>]*\bhref|script[^>]*\bsrc|img[^>]*\bsrc)"
    r"=\"([^\"]+)\"",
)
CONTENT_IMAGE = re.compile(r"<(?:picture|figure)[\s\S]*?</(?:picture|figure)>")


@dataclass
class FirstVisit:
    html: int = 0
    css: int = 0
    js: int = 0
    images: int = 0
    other_origins: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.html + self.css + self.js + self.images


def compressed(content: bytes) -> int:
    return len(gzip.compress(content, compresslevel=6))


def fetch(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, url
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def first_visit(client, url: str) -> FirstVisit:
    content = fetch(client, url)
    html = content.decode()
    visit = FirstVisit(html=compressed(content))
    frame = CONTENT_IMAGE.sub("", html)  # editors' images are not part of the page's frame
    resources = set(RESOURCE.findall(frame))
    service_worker = re.search(r'data-sw="([^"]+)"', html)
    if service_worker:
        resources.add(service_worker.group(1))
    for resource in sorted(resources):
        parts = urlsplit(resource)
        if parts.scheme or parts.netloc:
            visit.other_origins.append(resource)
            continue
        size = compressed(fetch(client, resource))
        if parts.path.endswith(".css"):
            visit.css += size
        elif parts.path.endswith(".js"):
            visit.js += size
        else:
            visit.images += size
    return visit


@pytest.mark.django_db
@pytest.mark.parametrize("model", portal_page_models(), ids=lambda m: m._meta.label)
def test_first_visit_fits_the_budget(model, home, client):
    factory = page_factories()[model]
    if model._meta.label == "core.HomePage":
        url = "/en/"
    else:
        parent = page_of_type(sorted(EXPECTED_PARENTS[model._meta.label])[0], home)
        url = factory(parent=parent).url
    visit = first_visit(client, url)
    assert visit.other_origins == [], "public pages load nothing from other sites"
    assert visit.html <= HTML_BUDGET, f"HTML is {visit.html} bytes compressed"
    assert visit.js <= JS_BUDGET, f"JavaScript is {visit.js} bytes compressed"
    assert visit.total <= FIRST_VISIT_BUDGET, f"first visit is {visit.total} bytes: {visit}"


@pytest.mark.django_db
def test_stylesheets_load_no_web_fonts_and_nothing_from_elsewhere(client, home):
    html = client.get("/en/").content.decode()
    for href in re.findall(r'<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"', html):
        css = fetch(client, href).decode()
        assert "@font-face" not in css, href
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css), href
        assert "@import" not in css, href


@pytest.mark.django_db
def test_repeat_visits_fetch_only_the_html(home, settings, tmp_path):
    """In production, static files have hashed names and are cached for a year by browsers."""
    from django.core.management import call_command
    from django.test import Client

    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_AUTOREFRESH = False
    settings.WHITENOISE_USE_FINDERS = False
    call_command("collectstatic", interactive=False, verbosity=0)
    client = Client()  # a new client builds its middleware, and WhiteNoise its file list, now
    html = client.get("/en/").content.decode()
    assets = re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)
    assert assets
    for asset in assets:
        assert re.search(r"\.[0-9a-f]{12}\.(css|js)$", asset), f"{asset} has no content hash"
        response = client.get(asset, headers={"accept-encoding": "gzip"})
        assert response.status_code == 200
        assert "immutable" in response["Cache-Control"]
        assert "max-age=315360000" in response["Cache-Control"]
        assert response["Content-Encoding"] == "gzip"


QUERY_BUDGET = 12


@pytest.mark.django_db
@pytest.mark.parametrize("model", portal_page_models(), ids=lambda m: m._meta.label)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_page_type_renders_within_the_query_budget(
    model,
    language,
    home,
    locales,
    client,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    """Uncached (the page cache is off in tests), in the source language and in a translation."""
    from portal.core.operations import page_translate

    factory = page_factories()[model]
    if model._meta.label == "core.HomePage":
        page = home
    else:
        parent = page_of_type(sorted(EXPECTED_PARENTS[model._meta.label])[0], home)
        page = factory(parent=parent)
        # wagtail-localize publishes translations when the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            if language != "en":
                for ancestor in page.get_ancestors().specific().filter(depth__gt=2):
                    if not ancestor.has_translation(locales[language]):
                        page_translate(page=ancestor, locale=locales[language])
                page_translate(page=page, locale=locales[language])
        page = page.get_translation(locales[language])
    url = page.get_url()
    client.get(url)  # per-process caches (site root paths, settings) are warm in production
    with django_assert_max_num_queries(QUERY_BUDGET):
        assert client.get(url).status_code == 200
