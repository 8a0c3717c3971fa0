import json

import pytest


@pytest.mark.django_db
class ServiceWorkerAndManifestTests:
    def test_service_worker_is_served_from_the_root_for_the_whole_site(self, client):
        response = client.get("/sw.js")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/javascript")
        assert response["Service-Worker-Allowed"] == "/"
        body = response.content.decode()
        # It must never keep the admin or results that reveal a reader's status or search.
        assert "admin" in body and 'has("status")' in body and 'has("q")' in body

    @pytest.mark.parametrize("language,direction", [("ar", "rtl"), ("uk", "ltr")])
    def test_manifest_is_in_the_readers_language(self, client, home, language, direction):
        response = client.get(f"/{language}/manifest.webmanifest")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/manifest+json"
        manifest = json.loads(response.content)
        assert manifest["lang"] == language
        assert manifest["dir"] == direction
        assert manifest["start_url"] == f"/{language}/"
        assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}

    def test_pages_link_the_manifest_and_register_the_worker(self, client, home):
        content = client.get("/ar/").content.decode()
        assert '<link rel="manifest" href="/ar/manifest.webmanifest">' in content
        assert 'data-sw="/sw.js"' in content
        assert "data-offline-banner" in content
