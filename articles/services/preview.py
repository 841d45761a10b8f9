"""Guest preview links: a signed, expiring token naming one article, whatever its state."""

from django.conf import settings
from django.core.signing import BadSignature, TimestampSigner

from articles.models import Article

PREVIEW_SALT = "articles.preview"


def preview_token(*, article: Article) -> str:
    """Return the signed token of a guest preview link (valid for PREVIEW_LINK_MAX_AGE seconds)."""
    return TimestampSigner(salt=PREVIEW_SALT).sign(str(article.pk))


def preview_article_id(*, token: str) -> int | None:
    """Return the article id a preview token names, or None when it is tampered with or expired."""
    try:
        value = TimestampSigner(salt=PREVIEW_SALT).unsign(token, max_age=settings.PREVIEW_LINK_MAX_AGE)
    except BadSignature:
        return None
    return int(value) if value.isdigit() else None
