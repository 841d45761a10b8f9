"""Upload checks for the image library, run before any pixel is decoded."""

import warnings

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import UnidentifiedImageError

MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
# Pillow is told to try these decoders only: SVG, HTML and anything else never reach a parser.
ALLOWED_IMAGE_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")


def validate_image_file(file) -> None:
    """Refuse anything that is not a JPEG, PNG, WebP or GIF within the size and pixel limits.

    Only the file size and the image header are read: the pixel count is
    checked before anything is decoded, so a decompression bomb costs nothing.
    """
    if file is None or getattr(file, "_committed", False):
        return  # Already stored and checked when it was uploaded.
    size = getattr(file, "size", None)
    if size is not None and size > MAX_IMAGE_BYTES:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(MAX_IMAGE_BYTES)},
        )
    too_many_pixels = ValidationError(
        _("The picture is too large in pixels; the limit is %(limit)s megapixels."),
        code="too_many_pixels",
        params={"limit": MAX_IMAGE_PIXELS // 1_000_000},
    )
    not_an_image = ValidationError(
        _("Upload a JPEG, PNG, WebP or GIF picture. Other files, including SVG, are not accepted."),
        code="invalid_image",
    )
    if hasattr(file, "seek"):
        file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(file, formats=ALLOWED_IMAGE_FORMATS) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise too_many_pixels
                # verify() checks the structure (chunks, checksums) without decoding pixels.
                image.verify()
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise too_many_pixels from None
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, TypeError, EOFError):
        raise not_an_image from None
    finally:
        if hasattr(file, "seek"):
            file.seek(0)
