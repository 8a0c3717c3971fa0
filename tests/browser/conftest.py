"""Browser tests: Playwright driving Debian's Chromium (/usr/bin/chromium), never a downloaded one.

They run against pytest-django's live server, so they use a transactional database that is
flushed after each test; the fixtures rebuild the site they need.
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

# Without these, Chromium keeps trying to reach Google's services, which this machine refuses.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    if not shutil.which(CHROMIUM):
        pytest.fail(
            f"Debian's Chromium is not installed at {CHROMIUM}: run scripts/system-deps.sh --browser"
        )
    # Playwright's sync API refuses to run inside an asyncio loop; Django's async-unsafe check
    # would then trip on the live server's database calls made from the test thread.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    # bypass_csp lets the tests inject axe-core into pages whose CSP forbids other scripts.
    context = chromium.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def site(transactional_db, django_capture_on_commit_callbacks):
    """The test site (home page in every language) inside a transactional test."""
    from portal.core.operations import locales_sync
    from tests.conftest import build_site

    locales_sync(verbosity=0)
    return build_site()


def axe_violations(page, *, tags=("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")):
    """Run axe-core in the page; return violations of the WCAG A and AA rules."""
    if not AXE_JS.exists():
        pytest.fail("axe-core is not installed: run `npm install` (make test does it)")
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        list(tags),
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]
