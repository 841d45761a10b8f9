"""Uploaded media is served inert: pictures as pictures, everything else as a sandboxed download."""

from pathlib import Path

import pytest

from tests.factories import png_bytes

pytestmark = pytest.mark.django_db


# --- Uploaded media is served inert ----------------------------------------------------------------

GIF_HTML_POLYGLOT = b"GIF89a\x01\x00\x01\x00\x00\xff\x00,<html><script>alert(document.domain)</script></html>"


@pytest.fixture
def media_root(settings, tmp_path):
    """Return the folder /media/ is served from (the URLconf binds it once, so ask the URLconf)."""
    from django.urls import resolve

    root = Path(resolve("/media/x.png").kwargs["document_root"])
    (root / "images").mkdir(parents=True, exist_ok=True)
    settings.MEDIA_ROOT = root
    return root


def test_polyglot_is_served_as_an_image_never_as_html(client, media_root):
    (media_root / "images" / "poly.gif").write_bytes(GIF_HTML_POLYGLOT)
    response = client.get("/media/images/poly.gif")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "default-src 'none'" in response["Content-Security-Policy"]


@pytest.mark.parametrize("name", ["page.html", "logo.svg", "data.xml", "script.js", "noextension"])
def test_anything_but_a_picture_in_media_is_a_download(client, media_root, name):
    (media_root / "images" / name).write_bytes(b"<html><script>alert(1)</script></html>")
    response = client.get(f"/media/images/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == "attachment"
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    "path", ["../manage.py", "..%2fmanage.py", "%2e%2e/manage.py", "images/../../manage.py", "/etc/passwd", "..\\x"]
)
def test_media_urls_never_reach_outside_the_media_folder(client, media_root, path):
    (media_root / "images" / "ok.png").write_bytes(png_bytes(4, 4))
    response = client.get(f"/media/{path}")
    assert response.status_code in (400, 404)


@pytest.mark.parametrize(
    "name", ["../../evil.png", "..\\..\\evil.png", "/etc/evil.png", "a/b/../../../c.png", "x.png\x00.html"]
)
def test_uploaded_names_never_escape_the_media_folder(media_root, name):
    from django.core.files.base import ContentFile

    from tests.factories import ImageFactory

    image = ImageFactory(file=ContentFile(png_bytes(8, 8), name=name.replace("\x00", "")))
    stored = Path(image.file.path).resolve()
    assert stored.is_relative_to(media_root.resolve())
    assert stored.parent.parent.parent == (media_root / "images").resolve()
    assert "evil" not in stored.name and stored.suffix in {".png", ".jpg"}
