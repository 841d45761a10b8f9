"""Guest preview links: a signed address naming one `PreviewLink`, which an editor can revoke.

A link opens its article in whatever state it is in, for PREVIEW_LINK_MAX_AGE seconds after
it was made, unless it was revoked or the article was archived (a pulled story is not left
readable) or deleted. Only those who may edit an article may make or revoke its links.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.core.signing import BadSignature, Signer
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article, PreviewLink
from articles.services.workflow import Action, article_can

# A new salt: addresses signed before links could be revoked (they named the article) no longer open.
PREVIEW_SALT = "articles.preview-link"


def preview_token(*, link: PreviewLink) -> str:
    """Return the signed token in a preview link's address."""
    return Signer(salt=PREVIEW_SALT).sign(str(link.pk))


def preview_share(*, article: Article, by: AbstractBaseUser) -> PreviewLink:
    """Make a new guest preview link of the article (a link shows its full text to anyone who has it)."""
    _check_may_share(article=article, by=by)
    now = timezone.now()
    return PreviewLink.objects.create(
        article=article,
        created_by=by,
        created_at=now,
        expires_at=now + timedelta(seconds=settings.PREVIEW_LINK_MAX_AGE),
    )


def preview_revoke_all(*, article: Article, by: AbstractBaseUser) -> int:
    """Stop every live preview link of the article at once; return how many were revoked."""
    _check_may_share(article=article, by=by)
    return PreviewLink.objects.live().filter(article=article).update(revoked_at=timezone.now(), revoked_by=by)


def preview_links_live(*, article: Article) -> list[PreviewLink]:
    """Return the article's links that still open it, newest first, with who made them."""
    return list(PreviewLink.objects.live().filter(article=article).select_related("created_by"))


def preview_article_id(*, token: str) -> int | None:
    """Return the id of the article a live preview link opens, or None (tampered, expired, revoked, archived)."""
    try:
        value = Signer(salt=PREVIEW_SALT).unsign(token)
    except BadSignature:
        return None
    if not value.isdigit():
        return None
    return PreviewLink.objects.live().filter(pk=int(value)).values_list("article_id", flat=True).first()


def _check_may_share(*, article: Article, by: AbstractBaseUser) -> None:
    if not article_can(user=by, article=article, action=Action.EDIT):
        raise PermissionDenied(_("Only those who may edit this article may share a preview of it."))
