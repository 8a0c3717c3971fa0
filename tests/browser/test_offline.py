import time

import pytest


def wait_for_service_worker(page, timeout=15.0):
    """Wait until the service worker controls the page.

    Polled from Python: Playwright's wait_for_function evaluates its predicate with eval(), which
    the portal's Content-Security-Policy rightly forbids, and these tests keep that policy on.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if page.evaluate(
            "() => Boolean(navigator.serviceWorker && navigator.serviceWorker.controller)"
        ):
            return
        page.wait_for_timeout(100)
    raise AssertionError("the service worker never took control of the page")


@pytest.mark.django_db(transaction=True)
class OfflineReadingTests:
    def test_a_page_read_once_is_readable_offline_with_a_banner(self, live_server, site, chromium):
        context = chromium.new_context()
        page = context.new_page()
        page.goto(f"{live_server.url}/uk/")
        # Wait until the service worker controls the page, then load it once more so it is saved.
        wait_for_service_worker(page)
        page.reload()
        page.wait_for_timeout(500)
        assert page.locator("[data-offline-banner]").is_hidden()

        context.set_offline(True)
        page.reload()
        assert page.locator("h1").inner_text() == "Ласкаво просимо"
        banner = page.locator("[data-offline-banner]")
        assert banner.is_visible()
        assert "{date}" not in banner.inner_text()
        context.close()

    def test_searches_with_a_status_are_not_kept(self, live_server, site, chromium):
        context = chromium.new_context()
        page = context.new_page()
        page.goto(f"{live_server.url}/en/")
        wait_for_service_worker(page)
        page.reload()
        page.goto(f"{live_server.url}/en/?status=refugee")
        page.wait_for_timeout(500)
        keys = page.evaluate(
            "async () => { const c = await caches.open('portal-pages-v1'); return (await c.keys()).map(r => r.url); }"
        )
        assert not any("status=" in key for key in keys)
        assert f"{live_server.url}/en/" in keys
        context.close()
