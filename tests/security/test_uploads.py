"""Uploads: images checked by type and size, documents only through Wagtail's serve view,
and no StreamField anywhere that lets an editor paste raw HTML."""

import io

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"


def png_bytes(size=(4, 4)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    return client


def upload_image(client, name, content, content_type="image/png"):
    return client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content, content_type=content_type)},
    )


@pytest.mark.django_db
class ImageUploadTests:
    def test_a_real_png_is_accepted(self, admin_client):
        response = upload_image(admin_client, "map.png", png_bytes())
        assert response.json()["success"] is True
        assert get_image_model().objects.count() == 1

    @pytest.mark.parametrize(
        "name,content,content_type",
        [
            ("logo.svg", SVG, "image/svg+xml"),
            ("page.html", HTML, "text/html"),
            ("photo.png", HTML, "image/png"),  # HTML pretending to be a PNG
            ("photo.jpg", SVG, "image/jpeg"),  # SVG pretending to be a JPEG
        ],
    )
    def test_svg_html_and_disguised_files_are_refused(
        self, admin_client, name, content, content_type
    ):
        response = upload_image(admin_client, name, content, content_type)
        assert response.status_code == 200
        assert response.json()["success"] is False
        assert response.json()["error_message"]
        assert get_image_model().objects.count() == 0

    def test_images_over_the_size_limit_are_refused(self, admin_client, settings):
        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
        response = upload_image(admin_client, "big.png", png_bytes((200, 200)) + b"\0" * 200)
        assert response.json()["success"] is False
        assert "too big" in response.json()["error_message"].lower()
        assert get_image_model().objects.count() == 0


@pytest.mark.django_db
class DocumentTests:
    def document(self, name, content):
        document = get_document_model()(title=name)
        document.file.save(name, io.BytesIO(content), save=False)
        document.save()
        return document

    def test_documents_link_to_the_serve_view_not_to_media(self, client):
        document = self.document("leaflet.pdf", b"%PDF-1.4 leaflet")
        assert document.url.startswith("/documents/")
        assert "/media/" not in document.url
        response = client.get(document.url)
        assert response.status_code == 200
        assert response["Content-Security-Policy"] == "default-src 'none'"
        assert response["X-Content-Type-Options"] == "nosniff"

    def test_documents_other_than_pdf_and_text_download_rather_than_open(self, client):
        document = self.document("budget.csv", b"a,b\n1,2\n")
        response = client.get(document.url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert response["Content-Security-Policy"] == "default-src 'none'"

    def test_html_and_svg_documents_cannot_be_uploaded(self, admin_client):
        for name, content in (("page.html", HTML), ("logo.svg", SVG), ("run.js", b"alert(1)")):
            response = admin_client.post(
                "/admin/documents/multiple/add/",
                {"files[]": SimpleUploadedFile(name, content)},
            )
            assert response.json()["success"] is False, name
        assert get_document_model().objects.count() == 0


def walk_blocks(block, path):
    yield path, block
    if isinstance(block, blocks.StreamBlock | blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from walk_blocks(child, f"{path}.{name}")
    elif isinstance(block, blocks.ListBlock):
        yield from walk_blocks(block.child_block, f"{path}.item")


def every_stream_field():
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield f"{model._meta.label}.{field.name}", field


class StreamFieldTests:
    def test_the_walk_finds_every_stream_field(self):
        labels = {label for label, _ in every_stream_field()}
        assert {"core.HomePage.body", "core.StandardPage.body"} <= labels

    def test_no_stream_field_anywhere_has_a_raw_html_block(self):
        raw = [
            path
            for label, field in every_stream_field()
            for path, block in walk_blocks(field.stream_block, label)
            if isinstance(block, blocks.RawHTMLBlock)
        ]
        assert raw == [], "RawHTMLBlock lets editors publish scripts: " + ", ".join(raw)

    def test_the_walk_would_notice_a_raw_html_block(self):
        stream = blocks.StreamBlock(
            [("section", blocks.StructBlock([("items", blocks.ListBlock(blocks.RawHTMLBlock()))]))]
        )
        found = [
            path
            for path, block in walk_blocks(stream, "x")
            if isinstance(block, blocks.RawHTMLBlock)
        ]
        assert found == ["x.section.items.item"]
