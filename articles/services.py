"""Writes that carry the editorial rules: every path (admin form, list action, shell) goes through here.

States: draft → review → published (scheduled while `published_at` is in the
future) → draft again (unpublish) or archived. Writers draft, submit and
withdraw their own work; editors (the `articles.publish_article` permission)
and superusers do everything.
"""

from datetime import datetime
from enum import StrEnum

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from articles.models import Article, ArticleAuthor, ArticleTransition, Author, Status

User = AbstractBaseUser | AnonymousUser


class Action(StrEnum):
    EDIT = "edit"
    DELETE = "delete"
    SUBMIT = "submit"
    WITHDRAW = "withdraw"
    SEND_BACK = "send_back"
    PUBLISH = "publish"
    UNPUBLISH = "unpublish"
    ARCHIVE = "archive"


# Which states each transition starts from, and where it leads.
TRANSITIONS: dict[Action, tuple[set[str], str]] = {
    Action.SUBMIT: ({Status.DRAFT}, Status.REVIEW),
    Action.WITHDRAW: ({Status.REVIEW}, Status.DRAFT),
    Action.SEND_BACK: ({Status.REVIEW}, Status.DRAFT),
    # Publishing a published article again reschedules it.
    Action.PUBLISH: ({Status.DRAFT, Status.REVIEW, Status.PUBLISHED}, Status.PUBLISHED),
    Action.UNPUBLISH: ({Status.PUBLISHED, Status.ARCHIVED}, Status.DRAFT),
    Action.ARCHIVE: ({Status.DRAFT, Status.REVIEW, Status.PUBLISHED}, Status.ARCHIVED),
}
EDITOR_ONLY = {Action.SEND_BACK, Action.PUBLISH, Action.UNPUBLISH, Action.ARCHIVE}


def user_is_editor(user: User) -> bool:
    """Return True for editors and superusers: they may do everything to every article."""
    return bool(user and user.is_active and user.has_perm("articles.publish_article"))


def user_is_writer(user: User) -> bool:
    return bool(user and user.is_active and user.is_staff and user.has_perm("articles.add_article"))


def article_is_own(*, article: Article, user: User) -> bool:
    """Return True when the user created the article or is one of its authors."""
    if not user or not user.is_authenticated:
        return False
    if article.created_by_id == user.pk:
        return True
    if article.pk is None:
        return False
    return ArticleAuthor.objects.filter(article=article, author__user=user).exists()


def article_can(*, user: User, article: Article, action: Action | str) -> bool:
    """Return True when `user` may perform `action` on `article` in its current state.

    The one permission check behind the change form, the list actions, the
    transition buttons and the shell.
    """
    action = Action(action)
    if not user or not user.is_active:
        return False
    if action in TRANSITIONS and article.status not in TRANSITIONS[action][0]:
        return False
    if user_is_editor(user):
        return True
    if action in EDITOR_ONLY or not user_is_writer(user):
        return False
    if not article_is_own(article=article, user=user):
        return False
    if action in {Action.EDIT, Action.DELETE, Action.SUBMIT}:
        return article.status == Status.DRAFT
    return action == Action.WITHDRAW


def article_check(*, user: User, article: Article, action: Action | str) -> None:
    """Raise PermissionDenied unless `user` may perform `action` on `article`."""
    if not article_can(user=user, article=article, action=action):
        raise PermissionDenied(
            _("You may not %(action)s “%(title)s” while it is %(status)s.")
            % {"action": action_label(action), "title": article.title, "status": article.get_status_display()}
        )


def action_label(action: Action | str) -> str:
    """Return the action in plain words (translated)."""
    return {
        Action.EDIT: _("edit"),
        Action.DELETE: _("delete"),
        Action.SUBMIT: _("submit for review"),
        Action.WITHDRAW: _("withdraw from review"),
        Action.SEND_BACK: _("send back to the writer"),
        Action.PUBLISH: _("publish or schedule"),
        Action.UNPUBLISH: _("unpublish"),
        Action.ARCHIVE: _("archive"),
    }[Action(action)]


def author_for_user(*, user: AbstractBaseUser) -> Author:
    """Return the user's byline profile, creating it on their first article."""
    existing = Author.objects.filter(user=user).first()
    if existing:
        return existing
    name = (user.get_full_name() or user.get_username()).strip()
    base = slugify(name) or f"author-{user.pk}"
    slug, n = base, 1
    while Author.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    author = Author(name=name, slug=slug, user=user)
    author.full_clean()
    author.save()
    return author


def article_ensure_byline(*, article: Article, user: AbstractBaseUser) -> None:
    """Make a writer an author of the article they created (bylines are never empty)."""
    if user_is_editor(user) and article.article_authors.exists():
        return
    author = author_for_user(user=user)
    if not article.article_authors.filter(author=author).exists():
        last = article.article_authors.order_by("-order").values_list("order", flat=True).first()
        ArticleAuthor.objects.create(article=article, author=author, order=0 if last is None else last + 1)


def _transition(
    *,
    article: Article,
    by: AbstractBaseUser,
    action: Action,
    note: str = "",
    published_at: datetime | None = None,
    keep_published_at: bool = True,
) -> Article:
    with transaction.atomic():
        # Lock the row so two clicks cannot both move the article from the same state.
        current = Article.objects.select_for_update().get(pk=article.pk)
        article.status = current.status
        article_check(user=by, article=article, action=action)
        from_status = current.status
        to_status = TRANSITIONS[action][1]
        article.status = to_status
        if not keep_published_at:
            article.published_at = published_at
        article.full_clean()
        article._history_user = by
        article._change_reason = f"{action_label(action)}{': ' + note if note else ''}"[:100]
        article.save()
        ArticleTransition.objects.create(
            article=article,
            from_status=from_status,
            to_status=to_status,
            by=by,
            note=note,
            published_at=article.published_at,
        )
    return article


def article_submit(*, article: Article, by: AbstractBaseUser) -> Article:
    """Send a draft to the editors for review."""
    return _transition(article=article, by=by, action=Action.SUBMIT)


def article_withdraw(*, article: Article, by: AbstractBaseUser) -> Article:
    """Take an article back from review into draft (the writer changed their mind)."""
    return _transition(article=article, by=by, action=Action.WITHDRAW)


def article_send_back(*, article: Article, by: AbstractBaseUser, note: str) -> Article:
    """Return an article in review to its writer as a draft, with the editor's note."""
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": _("Tell the writer what to change.")})
    return _transition(article=article, by=by, action=Action.SEND_BACK, note=note)


def article_publish(*, article: Article, by: AbstractBaseUser, at: datetime | None = None) -> Article:
    """Publish now, or schedule when `at` is in the future (it appears by itself at that time).

    An article that is already live keeps its publish time unless `at` is given.
    """
    now = timezone.now()
    if at is None:
        live = article.status == Status.PUBLISHED and article.published_at and article.published_at <= now
        at = article.published_at if live else now
    if article.expires_at and article.expires_at <= at:
        raise ValidationError({"expires_at": _("The unpublish time must be after the publish time.")})
    return _transition(article=article, by=by, action=Action.PUBLISH, published_at=at, keep_published_at=False)


def article_unpublish(*, article: Article, by: AbstractBaseUser, note: str = "") -> Article:
    """Take an article off the site (back to draft); a scheduled one is unscheduled."""
    return _transition(article=article, by=by, action=Action.UNPUBLISH, note=note)


def article_archive(*, article: Article, by: AbstractBaseUser, note: str = "") -> Article:
    """Retire an article: off the site and out of the working lists."""
    return _transition(article=article, by=by, action=Action.ARCHIVE, note=note)


def article_apply(*, article: Article, by: AbstractBaseUser, action: Action | str, **kwargs) -> Article:
    """Run the service for `action` (used by the admin's buttons and bulk actions)."""
    services = {
        Action.SUBMIT: article_submit,
        Action.WITHDRAW: article_withdraw,
        Action.SEND_BACK: article_send_back,
        Action.PUBLISH: article_publish,
        Action.UNPUBLISH: article_unpublish,
        Action.ARCHIVE: article_archive,
    }
    return services[Action(action)](article=article, by=by, **kwargs)


def article_relation_names(*, article: Article) -> dict[str, str]:
    """Return the article's tags and byline as a revision stores them."""
    if article.pk is None:
        return {"tag_names": "", "author_names": ""}
    return {
        "tag_names": ", ".join(sorted(article.tags.names(), key=str.lower)),
        "author_names": ", ".join(
            link.author.name for link in article.article_authors.select_related("author").order_by("order", "pk")
        ),
    }


def article_set_byline(*, article: Article, names: list[str]) -> list[str]:
    """Make the byline these authors, in this order (restoring a revision); return names no longer found."""
    authors = {author.name: author for author in Author.objects.filter(name__in=names)}
    with transaction.atomic():
        ArticleAuthor.objects.filter(article=article).delete()
        # One save each (not bulk_create), so the search index and the page cache hear of it.
        for order, name in enumerate(dict.fromkeys(n for n in names if n in authors)):
            ArticleAuthor.objects.create(article=article, author=authors[name], order=order)
    return [name for name in names if name not in authors]


def article_record_relations(*, article: Article) -> None:
    """Store the tags and byline on the newest revision (simple_history does not track them).

    Every revision is created with the tags and byline the article had when it was saved (see
    articles.signals); the admin calls this after saving its inlines, which come after the row.
    """
    latest = article.history.order_by("-history_date", "-history_id").first()
    if latest is None:
        return
    for name, value in article_relation_names(article=article).items():
        setattr(latest, name, value)
    latest.save(update_fields=["tag_names", "author_names"])
