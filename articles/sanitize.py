"""The one allow-list for rich text: everything that stores an article body goes through it."""

import nh3
from django.conf import settings

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "a", "ul", "ol", "li", "blockquote", "figure", "figcaption", "img", "code", "pre",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}
URL_SCHEMES = {"http", "https", "mailto"}


def is_own_media_url(value: str) -> bool:
    """Return True for a plain path inside MEDIA_URL (no scheme, host, parent steps or escapes)."""
    media_url = settings.MEDIA_URL
    if not media_url.startswith("/") or media_url.startswith("//"):
        return False  # Media on another host (S3/CDN): no way to tell ours from anyone's here.
    return (
        value.startswith(media_url)
        and ".." not in value
        and "%" not in value
        and "\\" not in value
        and not any(ch.isspace() or ord(ch) < 32 for ch in value)
    )


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Keep body images only when they come from the portal's own media library."""
    if tag == "img" and attribute == "src":
        return value if is_own_media_url(value) else None
    if attribute in {"width", "height", "start", "colspan", "rowspan"}:
        return value if value.isdigit() and len(value) <= 5 else None
    return value


def sanitize_html(html: str) -> str:
    """Return the HTML with only the allow-listed tags, attributes and URL schemes left."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_filter_attribute,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
