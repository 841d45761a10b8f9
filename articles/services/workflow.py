"""The editorial workflow: who may do what, and the transitions between states.

States: draft → review → published (scheduled while `published_at` is in the
future) → draft again (unpublish) or archived. Writers draft, submit and
withdraw their own work; editors (the `articles.publish_article` permission)
and superusers do everything. `by=None` is the operator at a management command
(seeding, importing): trusted, so no permission check, and the revision has no user.
"""

from datetime import datetime
from enum import StrEnum

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article, ArticleAuthor, ArticleTransition, PreviewLink, Status
from articles.sanitize import sanitize_html
from articles.services.relations import article_announce, article_links, article_record_relations
from portal import changes

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


def _transition(
    *,
    article: Article,
    by: AbstractBaseUser | None,
    action: Action,
    note: str = "",
    published_at: datetime | None = None,
    keep_published_at: bool = True,
) -> Article:
    with changes.batch():
        # Lock the row so two clicks cannot both move the article from the same state; the step
        # changes the stored row only, never fields a stale `article` instance may still carry.
        current = Article.objects.select_for_update().get(pk=article.pk)
        article.status = current.status
        if by is not None:
            article_check(user=by, article=article, action=action)
        elif current.status not in TRANSITIONS[action][0]:
            raise ValidationError(
                _("This step is not possible while the article is %(status)s.")
                % {"status": current.get_status_display()}
            )
        if action in (Action.SUBMIT, Action.PUBLISH):
            _check_byline_names(article=current)
        before = article_links(article=current)
        from_status, to_status = current.status, TRANSITIONS[action][1]
        current.status = to_status
        if not keep_published_at:
            current.published_at = published_at
        # A body stored by another path (a raw import, the ORM in a shell) is cleaned before it goes out.
        current.body = sanitize_html(current.body)
        current.full_clean()
        current._history_user = by
        current._change_reason = f"{action_label(action)}{': ' + note if note else ''}"[:100]
        current.save()
        ArticleTransition.objects.create(
            article=current,
            from_status=from_status,
            to_status=to_status,
            by=by,
            note=note,
            published_at=current.published_at,
        )
        if action == Action.ARCHIVE:
            # A pulled story is not left readable through links shared before.
            PreviewLink.objects.filter(article=current, revoked_at__isnull=True).update(
                revoked_at=timezone.now(), revoked_by=by
            )
        article_record_relations(article=current)
        article_announce(
            article_id=current.pk, before=before, after=before, public=Status.PUBLISHED in (from_status, to_status)
        )
    for name in ("status", "published_at", "updated_at"):
        setattr(article, name, getattr(current, name))
    return article


def _check_byline_names(*, article: Article) -> None:
    """Refuse a byline that would show readers a login name: every author needs a name readers know.

    An author profile made for a user without a full name carries the username (see
    `author_for_user`) until an editor or the writer gives it a real name.
    """
    links = ArticleAuthor.objects.filter(article=article).select_related("author__user").order_by("order")
    authors = [link.author for link in links]
    if not authors:
        raise ValidationError(_("An article needs at least one author."))
    logins = [
        author.name
        for author in authors
        if author.user is not None and author.name.strip().casefold() == author.user.get_username().casefold()
    ]
    if logins:
        raise ValidationError(
            _(
                "The byline would show the login name “%(names)s”. Give the author a real name under Authors "
                "before this article goes to review or out to readers."
            )
            % {"names": "”, “".join(logins)}
        )


def article_submit(*, article: Article, by: AbstractBaseUser | None) -> Article:
    """Send a draft to the editors for review."""
    return _transition(article=article, by=by, action=Action.SUBMIT)


def article_withdraw(*, article: Article, by: AbstractBaseUser | None) -> Article:
    """Take an article back from review into draft (the writer changed their mind)."""
    return _transition(article=article, by=by, action=Action.WITHDRAW)


def article_send_back(*, article: Article, by: AbstractBaseUser | None, note: str) -> Article:
    """Return an article in review to its writer as a draft, with the editor's note."""
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": _("Tell the writer what to change.")})
    return _transition(article=article, by=by, action=Action.SEND_BACK, note=note)


def article_publish(*, article: Article, by: AbstractBaseUser | None, at: datetime | None = None) -> Article:
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


def article_unpublish(*, article: Article, by: AbstractBaseUser | None, note: str = "") -> Article:
    """Take an article off the site (back to draft); a scheduled one is unscheduled."""
    return _transition(article=article, by=by, action=Action.UNPUBLISH, note=note)


def article_archive(*, article: Article, by: AbstractBaseUser | None, note: str = "") -> Article:
    """Retire an article: off the site and out of the working lists."""
    return _transition(article=article, by=by, action=Action.ARCHIVE, note=note)


def article_apply(*, article: Article, by: AbstractBaseUser | None, action: Action | str, **kwargs) -> Article:
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
