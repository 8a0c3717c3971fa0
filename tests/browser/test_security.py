"""The Content-Security-Policy in a real browser: nothing on a public page or in the admin is
blocked by it (the other browser tests switch CSP off to inject axe-core; these do not)."""

import pytest


@pytest.fixture
def strict_page(chromium):
    context = chromium.new_context(viewport={"width": 1024, "height": 768})
    page = context.new_page()
    page.csp_violations = []
    page.on(
        "console",
        lambda message: (
            page.csp_violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    yield page
    context.close()


@pytest.mark.django_db(transaction=True)
class ContentSecurityPolicyInBrowserTests:
    def test_public_pages_break_no_rule_of_their_policy(self, live_server, site, strict_page):
        for language in ("en", "ar"):
            strict_page.goto(f"{live_server.url}/{language}/")
            strict_page.wait_for_load_state("networkidle")
        assert strict_page.csp_violations == []
        stylesheet_applied = strict_page.evaluate(
            "() => getComputedStyle(document.querySelector('.skip-link')).position"
        )
        assert stylesheet_applied == "absolute"

    def test_admin_page_editor_works_under_the_admin_policy(
        self, live_server, site, strict_page, django_user_model
    ):
        django_user_model.objects.create_superuser("admin", "a@example.org", "a long password")
        strict_page.goto(f"{live_server.url}/admin/login/")
        strict_page.fill("#id_username", "admin")
        strict_page.fill("#id_password", "a long password")
        strict_page.click("button[type=submit]")
        strict_page.wait_for_url(f"{live_server.url}/admin/")
        # Not "networkidle": the editor keeps its editing session alive with periodic requests,
        # and on a busy machine a quiet half-second may not come within the timeout.
        strict_page.goto(f"{live_server.url}/admin/pages/{site.pk}/edit/", wait_until="load")
        # The editor is drawn by Wagtail's JavaScript: it exists only if its scripts ran.
        strict_page.wait_for_selector("[data-side-panel-toggle], .w-panel", timeout=15000)
        assert strict_page.csp_violations == []
        # The user bar signed-in editors see on public pages runs under the strict policy.
        strict_page.goto(f"{live_server.url}/en/")
        strict_page.wait_for_load_state("networkidle")
        assert strict_page.evaluate(
            "() => !!document.querySelector('wagtail-userbar')?.shadowRoot"
            "?.querySelector('[data-wagtail-userbar-trigger]')"
        )
        assert strict_page.csp_violations == []
