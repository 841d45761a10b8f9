"""Responsive renditions for library images, rendered once on upload (never per request)."""

import html
import re
from functools import reduce
from io import BytesIO
from operator import or_
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import Q
from django.template.loader import render_to_string
from PIL import Image as PILImage
from PIL import ImageOps

RENDITION_WIDTHS = (480, 800, 1200, 1600)
# Best format first: browsers pick the first <source> they understand.
MODERN_FORMATS = (
    ("AVIF", "image/avif", "avif", {"quality": 55, "speed": 8}),
    ("WEBP", "image/webp", "webp", {"quality": 80, "method": 4}),
)
FALLBACK_FORMATS = {
    "JPEG": ("jpg", {"quality": 82, "optimize": True, "progressive": True}),
    "PNG": ("png", {"optimize": True}),
}


def _widths_for(original_width: int) -> list[int]:
    """Return the rendition widths not larger than the original (at least one)."""
    widths = [w for w in RENDITION_WIDTHS if w < original_width]
    return [*widths, min(original_width, RENDITION_WIDTHS[-1])]


def _save(image: PILImage.Image, name: str, fmt: str, options: dict) -> str:
    buffer = BytesIO()
    image.save(buffer, fmt, **options)
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.url(default_storage.save(name, ContentFile(buffer.getvalue())))


def strip_metadata(field_file) -> tuple[int, int]:
    """Rewrite the stored original without EXIF (GPS position, camera, owner), XMP or comments; return its size.

    A newsroom must not publish where a photo was taken. The picture is turned upright first
    (the EXIF orientation goes with the rest); the colour profile is kept. Animated GIFs keep
    their frames.
    """
    field_file.open("rb")
    try:
        with PILImage.open(field_file) as source:
            source_format = source.format or "JPEG"
            icc_profile = source.info.get("icc_profile")
            buffer = BytesIO()
            source.info.pop("comment", None)  # JPEG and GIF writers copy the comment from here
            if source_format == "GIF":
                source.save(buffer, "GIF", save_all=getattr(source, "is_animated", False))
                size = source.size
            else:
                picture = ImageOps.exif_transpose(source)
                picture.info.pop("comment", None)
                options = {"icc_profile": icc_profile} if icc_profile else {}
                if source_format == "JPEG":
                    options.update(quality=95, optimize=True)
                    picture = picture.convert("RGB") if picture.mode not in ("RGB", "L", "CMYK") else picture
                elif source_format == "WEBP":
                    options.update(quality=95)
                picture.save(buffer, source_format, **options)
                size = picture.size
    finally:
        field_file.close()
    name = field_file.name
    default_storage.delete(name)
    stored = default_storage.save(name, ContentFile(buffer.getvalue()))
    if stored != name:  # never expected: the name was just freed
        raise OSError(f"Could not rewrite {name} in place")
    return size


def stored_names(image) -> list[str]:
    """Return the storage names of an image's original and renditions (to delete them with it)."""
    names = [image.file.name] if image.file else []
    prefix = default_storage.url("")
    for entry in [*image.renditions.get("formats", []), {"sizes": image.renditions.get("fallback", [])}]:
        for _width, url in entry.get("sizes", []):
            if url.startswith(prefix):
                names.append(url[len(prefix) :])
    return names


def delete_files(names: list[str]) -> None:
    """Delete these stored files (those already gone are skipped)."""
    for name in names:
        if default_storage.exists(name):
            default_storage.delete(name)


def build_renditions(field_file) -> dict:
    """Render each width in AVIF, WebP and the original format; return their URLs."""
    field_file.open("rb")
    try:
        with PILImage.open(field_file) as source:
            source_format = source.format or "JPEG"
            picture = ImageOps.exif_transpose(source)
            picture.load()
    finally:
        field_file.close()
    has_alpha = picture.mode in ("RGBA", "LA") or (picture.mode == "P" and "transparency" in picture.info)
    picture = picture.convert("RGBA" if has_alpha else "RGB")
    fallback_format = "PNG" if has_alpha or source_format == "PNG" else "JPEG"
    fallback_ext, fallback_options = FALLBACK_FORMATS[fallback_format]
    if fallback_format == "JPEG" and picture.mode == "RGBA":
        picture = picture.convert("RGB")

    stem = PurePosixPath(field_file.name).with_suffix("")
    base = f"renditions/{stem.relative_to(stem.parts[0]) if len(stem.parts) > 1 else stem}"
    formats = {mime: [] for _fmt, mime, _ext, _opts in MODERN_FORMATS}
    fallback = []
    for width in _widths_for(picture.width):
        height = max(1, round(picture.height * width / picture.width))
        resized = picture.resize((width, height), PILImage.Resampling.LANCZOS) if width != picture.width else picture
        for fmt, mime, ext, options in MODERN_FORMATS:
            formats[mime].append([width, _save(resized, f"{base}-{width}.{ext}", fmt, options)])
        fallback.append([width, _save(resized, f"{base}-{width}.{fallback_ext}", fallback_format, fallback_options)])
    return {
        "source": field_file.name,
        "formats": [{"type": mime, "sizes": sizes} for mime, sizes in formats.items()],
        "fallback": fallback,
    }


# A picture in a stored (sanitised) body, and the library name inside its address: the picker hands out
# a rendition ("…/<hex>-800.jpg"), older bodies may hold the original ("…/<hex>.jpg").
BODY_PICTURE = re.compile(r"<img\b[^>]*>")
LIBRARY_KEY = re.compile(r"/([0-9a-f]{32})(?:-\d+)?\.[a-z0-9]+$")
BODY_PICTURE_SIZES = "(min-width: 48rem) 48rem, 100vw"


def _attribute(tag: str, name: str) -> str:
    found = re.search(rf'\s{name}="([^"]*)"', tag)
    return html.unescape(found.group(1)) if found else ""


def responsive_body(body: str) -> str:
    """Return the body with each library picture drawn as covers are: AVIF and WebP sources, a srcset,
    its size, and the library's alt text where the writer gave none (one query, none without pictures)."""
    from articles.models import Image

    keys = {
        match.group(1) for tag in BODY_PICTURE.findall(body) if (match := LIBRARY_KEY.search(_attribute(tag, "src")))
    }
    if not keys:
        return body
    found = Image.objects.filter(reduce(or_, (Q(file__contains=key) for key in keys)))
    library = {key: image for image in found for key in keys if key in image.file.name}

    def draw(match: re.Match) -> str:
        tag = match.group(0)
        key = LIBRARY_KEY.search(_attribute(tag, "src"))
        image = library.get(key.group(1)) if key else None
        if image is None:
            return tag  # not (or no longer) in the library: left as the writer placed it
        context = {"image": image, "alt": _attribute(tag, "alt"), "sizes": BODY_PICTURE_SIZES, "loading": "lazy"}
        return render_to_string("includes/picture.html", context).strip()

    return BODY_PICTURE.sub(draw, body)
