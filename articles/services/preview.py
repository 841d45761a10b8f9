"""Guest preview links: a signed, expiring token naming one article, whatever its state."""

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.core.signing import BadSignature, TimestampSigner
from django.utils.translation import gettext as _

from articles.models import Article
from articles.services.workflow import Action, article_can

PREVIEW_SALT = "articles.preview"


def preview_token(*, article: Article) -> str:
    """Return the signed token of a guest preview link (valid for PREVIEW_LINK_MAX_AGE seconds)."""
    return TimestampSigner(salt=PREVIEW_SALT).sign(str(article.pk))


def preview_share(*, article: Article, by: AbstractBaseUser) -> str:
    """Return a guest preview token for someone who may edit the article (a link shows its full text to anyone)."""
    if not article_can(user=by, article=article, action=Action.EDIT):
        raise PermissionDenied(_("Only those who may edit this article may share a preview of it."))
    return preview_token(article=article)


def preview_article_id(*, token: str) -> int | None:
    """Return the article id a preview token names, or None when it is tampered with or expired."""
    try:
        value = TimestampSigner(salt=PREVIEW_SALT).unsign(token, max_age=settings.PREVIEW_LINK_MAX_AGE)
    except BadSignature:
        return None
    return int(value) if value.isdigit() else None
