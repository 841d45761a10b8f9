"""Uploads to the image library: only real JPEG/PNG/WebP/GIF within limits, checked before decoding."""

import struct
import zlib
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from articles.models import Image
from articles.validators import MAX_IMAGE_BYTES, validate_image_file
from tests.factories import png_bytes, staff_user

pytestmark = pytest.mark.django_db


def png_header_only(width: int, height: int) -> bytes:
    """Return a tiny PNG that claims huge dimensions (a decompression bomb's header)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def upload(client, name: str, content: bytes, content_type: str = "image/png", url="/admin/articles/image/add/"):
    return client.post(
        url,
        {"file": SimpleUploadedFile(name, content, content_type=content_type), "alt_text": "Grafik", "caption": ""},
    )


@pytest.fixture
def writer_client(client):
    client.force_login(staff_user("Writer", "w"))
    return client


def form_errors(response) -> str:
    return str(
        response.context["adminform"].form.errors
        if "adminform" in response.context
        else response.context["form"].errors
    )


def test_png_upload_is_stored_under_a_generated_name(writer_client):
    response = upload(writer_client, "../../etc/Foto Saya.png", png_bytes(800, 450))
    assert response.status_code == 302
    image = Image.objects.get()
    assert "Foto" not in image.file.name and ".." not in image.file.name
    assert image.file.name.startswith("images/") and image.file.name.endswith(".png")
    assert (image.width, image.height) == (800, 450)
    assert image.renditions["fallback"]
    assert image.uploaded_by.username == "w"


@pytest.mark.parametrize("fmt", ["JPEG", "WEBP", "GIF"])
def test_other_allowed_formats(writer_client, fmt):
    buffer = BytesIO()
    PILImage.new("RGB", (40, 30), "#123456").save(buffer, fmt)
    assert upload(writer_client, f"a.{fmt.lower()}", buffer.getvalue()).status_code == 302


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", SVG),
        ("logo.png", SVG),
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("notes.jpg", b"just some text, not a picture"),
        ("cut.png", png_bytes(100, 100)[:40]),
        ("empty.png", b""),
    ],
)
def test_non_images_are_refused(writer_client, name, content):
    response = upload(writer_client, name, content)
    assert response.status_code == 200
    assert "file" in form_errors(response)
    assert not Image.objects.exists()


def test_decompression_bomb_refused_before_decoding(writer_client, monkeypatch):
    def no_decoding(self, *args, **kwargs):
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(PILImage.Image, "load", no_decoding)
    monkeypatch.setattr("PIL.ImageFile.ImageFile.load", no_decoding)
    for width, height in [(10_000, 5_000), (50_000, 50_000)]:
        response = upload(writer_client, "bomb.png", png_header_only(width, height))
        assert response.status_code == 200
        assert "megapixels" in form_errors(response) or "megapiksel" in form_errors(response)
    assert not Image.objects.exists()


def test_file_size_limit(writer_client):
    content = png_bytes(10, 10) + b"\0" * (MAX_IMAGE_BYTES + 1)
    response = upload(writer_client, "big.png", content)
    assert response.status_code == 200
    assert "MB" in form_errors(response)
    assert not Image.objects.exists()


def test_picker_uploads_and_lists_addresses(writer_client):
    response = upload(writer_client, "a.png", png_bytes(600, 400), url="/admin/articles/image/picker/")
    assert response.status_code == 302
    image = Image.objects.get()
    html = writer_client.get("/admin/articles/image/picker/").content.decode()
    assert image.fallback_url in html and image.fallback_url.startswith("/media/")
    refused = upload(writer_client, "x.svg", SVG, url="/admin/articles/image/picker/")
    assert refused.status_code == 200 and Image.objects.count() == 1


def test_validator_also_guards_the_model():
    image = Image(file=SimpleUploadedFile("x.svg", SVG), alt_text="x")
    with pytest.raises(ValidationError):
        image.full_clean()
    with pytest.raises(ValidationError):
        validate_image_file(SimpleUploadedFile("bomb.png", png_header_only(9000, 9000)))


def test_alt_text_required(writer_client):
    response = writer_client.post(
        "/admin/articles/image/add/", {"file": SimpleUploadedFile("a.png", png_bytes(), "image/png"), "alt_text": ""}
    )
    assert response.status_code == 200 and not Image.objects.exists()
