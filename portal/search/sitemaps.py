"""/sitemap.xml: every live public page in every configured language, each with hreflang links
to its live translations (itself included) and an x-default pointing at the source language."""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    # The sitemap protocol's limit per file; Django serves ?p=2… past it.
    limit = 50_000

    def _language_codes(self) -> list[str]:
        return [code for code, _name in settings.LANGUAGES]

    def _live_pages(self):
        """Live public pages under the site's home page in any configured language."""
        site = self.get_wagtail_site()
        homes = site.root_page.get_translations(inclusive=True).live()
        under_a_home = Q()
        for home in homes:
            under_a_home |= Q(path__startswith=home.path)
        if not under_a_home:
            return Page.objects.none()
        return (
            Page.objects.live()
            .public()
            .filter(under_a_home, locale__language_code__in=self._language_codes())
            .select_related("locale")
        )

    def items(self):
        return self._live_pages().order_by("path").defer_streamfields().specific()

    def _alternates_for(self, pages) -> dict:
        """translation_key → [(language code, full URL)] of every live public version."""
        keys = {page.translation_key for page in pages}
        versions = defaultdict(list)
        for version in self._live_pages().filter(translation_key__in=keys).order_by("path"):
            url = version.get_full_url(self.request)
            if url:
                versions[version.translation_key].append((version.locale.language_code, url))
        return versions

    def _urls(self, page, protocol, domain):
        object_list = list(self.paginator.page(page).object_list)
        alternates = self._alternates_for(object_list)
        order = {code: index for index, code in enumerate(self._language_codes())}
        urls, last_mods = [], set()
        for item in object_list:
            versions = sorted(alternates.get(item.translation_key, []), key=lambda v: order[v[0]])
            for index, url_info in enumerate(item.get_sitemap_urls(self.request)):
                if index == 0 and versions:
                    default = dict(versions).get(settings.LANGUAGE_CODE, versions[0][1])
                    url_info["alternates"] = [
                        {"lang_code": code, "location": url} for code, url in versions
                    ] + [{"lang_code": "x-default", "location": default}]
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
