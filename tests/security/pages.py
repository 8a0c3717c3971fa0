"""One live page of every page type, built with its factory, for tests over all public pages.

Page types added later are covered automatically: tests/test_page_types.py already insists
that each has a factory and says where it may be created.
"""

from html.parser import HTMLParser
from urllib.parse import urlsplit

from tests.test_page_types import page_of_type, portal_page_models


def page_of_every_type(home) -> dict[str, str]:
    """Page type label → URL of a live page of that type, in the source language."""
    return {
        model._meta.label: page_of_type(model._meta.label, home).url
        for model in portal_page_models()
    }


def is_same_origin(url: str, host: str = "testserver") -> bool:
    parts = urlsplit(url.strip())
    if parts.scheme in ("", "http", "https"):
        return parts.netloc in ("", host)
    return False  # data:, javascript: and other schemes are not resources a page may load


class MarkupAudit(HTMLParser):
    """Collects what a strict Content-Security-Policy cares about in a page's HTML."""

    RESOURCE_ATTRIBUTES = {
        "script": ("src",),
        "img": ("src", "srcset"),
        "source": ("src", "srcset"),
        "iframe": ("src",),
        "frame": ("src",),
        "video": ("src", "poster"),
        "audio": ("src",),
        "track": ("src",),
        "embed": ("src",),
        "object": ("data",),
        "input": ("src",),
        "image": ("href", "xlink:href"),  # SVG
        "use": ("href", "xlink:href"),  # SVG
    }
    # <link rel=…> that make the browser fetch something
    FETCHING_LINKS = {
        "stylesheet",
        "icon",
        "preload",
        "prefetch",
        "modulepreload",
        "manifest",
        "apple-touch-icon",
        "preconnect",
        "dns-prefetch",
        "font",
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.resources: list[str] = []
        self.style_attributes: list[str] = []
        self.event_handlers: list[str] = []
        self.inline_scripts: list[str] = []
        self.style_blocks = 0
        self._in_script = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name == "style":
                self.style_attributes.append(f"<{tag} style={value!r}>")
            if name.startswith("on"):
                self.event_handlers.append(f"<{tag} {name}>")
        if tag == "style":
            self.style_blocks += 1
        for name in self.RESOURCE_ATTRIBUTES.get(tag, ()):
            value = attributes.get(name)
            if value:
                if name == "srcset":
                    self.resources += [part.strip().split(" ")[0] for part in value.split(",")]
                else:
                    self.resources.append(value)
        if tag == "link":
            rels = set((attributes.get("rel") or "").lower().split())
            if rels & self.FETCHING_LINKS and attributes.get("href"):
                self.resources.append(attributes["href"])
        if tag == "script":
            self._in_script = None if attributes.get("src") else attributes.get("type") or ""

    def handle_data(self, data):
        data_block = self._in_script in ("application/ld+json", "application/json")
        if self._in_script is not None and data.strip() and not data_block:
            self.inline_scripts.append(data.strip()[:80])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def audit(html: str) -> MarkupAudit:
    parser = MarkupAudit()
    parser.feed(html)
    return parser
