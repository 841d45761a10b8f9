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


def jpeg_with_gps(width=60, height=40, orientation=None) -> bytes:
    picture = PILImage.new("RGB", (width, height), "#336699")
    exif = PILImage.Exif()
    exif[0x010F] = "KameraKu"  # Make
    exif[0x013B] = "Fotografer Rahasia"  # Artist
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps.update({1: "S", 2: (6.0, 12.0, 0.0), 3: "E", 4: (106.0, 49.0, 0.0)})  # Jakarta
    buffer = BytesIO()
    picture.save(buffer, "JPEG", exif=exif, comment=b"lokasi narasumber")
    return buffer.getvalue()


def test_an_uploaded_photo_is_published_without_its_gps_position_or_camera_data(writer_client):
    original = jpeg_with_gps()
    with PILImage.open(BytesIO(original)) as before:
        assert before.getexif().get_ifd(0x8825)  # the upload carries a GPS position
    assert upload(writer_client, "foto.jpg", original, "image/jpeg").status_code == 302
    image = Image.objects.get()
    stored = image.file.read()
    assert b"KameraKu" not in stored and b"Fotografer Rahasia" not in stored and b"lokasi narasumber" not in stored
    with PILImage.open(BytesIO(stored)) as after:
        assert not after.getexif() and "exif" not in after.info and "comment" not in after.info
        assert after.size == (60, 40)
    for _width, url in image.renditions["fallback"]:
        name = url.removeprefix("/media/")
        with image.file.storage.open(name) as rendition:
            assert b"KameraKu" not in rendition.read()


def test_a_sideways_photo_is_stored_upright_when_its_orientation_tag_goes(writer_client):
    assert upload(writer_client, "tegak.jpg", jpeg_with_gps(60, 40, orientation=6), "image/jpeg").status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (40, 60)
    with PILImage.open(image.file) as stored:
        assert stored.size == (40, 60)


def test_a_deleted_pictures_files_stop_being_served(writer_client, django_capture_on_commit_callbacks):
    from articles.images import stored_names

    assert upload(writer_client, "foto.jpg", jpeg_with_gps(900, 600), "image/jpeg").status_code == 302
    image = Image.objects.get()
    names = stored_names(image)
    storage = image.file.storage
    assert len(names) == 1 + 3 * 3 and all(storage.exists(name) for name in names)  # 3 widths × 3 formats
    writer_client.force_login(staff_user("Editor", "editor-images"))
    with django_capture_on_commit_callbacks(execute=True):
        response = writer_client.post(f"/admin/articles/image/{image.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not Image.objects.exists()
    assert [name for name in names if storage.exists(name)] == []
