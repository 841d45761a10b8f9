"""Creating, editing and deleting articles: the one write path of an article's content.

The admin, the shell, the demo seeder and importers call these; so do the workflow steps
for their own writes. Each write, in one transaction:

1. checks who may make it (`by=None` is the operator at a management command: trusted);
2. refuses an edit based on an outdated copy (`expected_version`, see `article_version`);
3. keeps the workflow's fields to the workflow and the editors' fields to editors;
4. sanitises the body, counts its reading time, keeps the old address of a renamed
   published article (`OldSlug`) and frees the new one;
5. saves the row (one revision), then the byline, tags, skills and related reads, and
   stores the tags and byline on that revision;
6. announces the change (`portal.changes`): after commit, search re-indexes, then the
   page cache moves to a new generation. A failed write announces nothing.
"""

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TypedDict, Unpack

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from articles.models import Article, Author, Category, Image, OldSlug, Status, reading_time_minutes
from articles.sanitize import sanitize_html
from articles.services.relations import (
    article_announce,
    article_links,
    article_record_relations,
    author_for_user,
    byline_set,
    related_set,
    skills_set,
    tags_set,
)
from articles.services.workflow import Action, article_check, user_is_editor
from careers.models import Skill
from portal import changes

# Set only by the workflow steps (articles.services.workflow).
WORKFLOW_FIELDS = ["status"]
# Set only by editors: when an article appears and disappears, and the home page's lead.
EDITOR_FIELDS = ["published_at", "expires_at", "featured"]


class ArticleEdits(TypedDict, total=False):
    """What a create or an update may set; a key left out stays as it is."""

    title: str
    slug: str
    summary: str
    body: str
    cover: Image | None
    category: Category
    language: str
    featured: bool
    inline_related_after: int | None
    published_at: datetime | None
    expires_at: datetime | None
    seo_title: str
    seo_description: str
    tags: Iterable[str]
    authors: Sequence[Author]
    skills: Iterable[Skill]
    related: Sequence[Article]


RELATIONS = ["tags", "authors", "skills", "related"]
ARTICLE_FIELDS = [name for name in ArticleEdits.__annotations__ if name not in RELATIONS]


class StaleEdit(ValidationError):
    """Someone saved the article after the copy being edited was read."""


def article_version(article: Article) -> str:
    """Return the stored version of the article (sent with the edit form; compared on save)."""
    stored = Article.objects.filter(pk=article.pk).values_list("updated_at", flat=True).first() if article.pk else None
    return stored.isoformat() if stored else ""


def article_check_fresh(*, article: Article, expected_version: str | None) -> None:
    """Raise StaleEdit when the article was saved after `expected_version` was read (None: not checked)."""
    if expected_version is not None and article.pk and expected_version != article_version(article):
        raise StaleEdit(stale_message(article), code="stale")


def stale_message(article: Article) -> str:
    """Return the refusal shown when someone saved the article after this copy was read."""
    latest = article.history.select_related("history_user").order_by("-history_date", "-history_id").first()
    user = latest.history_user if latest else None
    if user is None:
        return _(
            "Someone saved this article after you opened it. Your changes were not saved, so nothing of theirs is lost."
        )
    return _(
        "%(who)s saved this article at %(when)s, after you opened it. Your changes were not saved, so nothing "
        "of theirs is lost."
    ) % {
        "who": user.get_full_name() or user.get_username(),
        "when": formats.date_format(timezone.localtime(latest.history_date), "DATETIME_FORMAT"),
    }


def article_create(
    *, by: AbstractBaseUser | None, article: Article | None = None, reason: str = "", **edits: Unpack[ArticleEdits]
) -> Article:
    """Create a draft (publishing is a workflow step); `article` is an unsaved instance to fill (the admin's form).

    The byline is the given authors, else the writer who creates it; a writer is always on it.
    """
    article = article if article is not None else Article()
    with changes.batch():
        if by is not None:
            if not (by.is_active and by.has_perm("articles.add_article")):
                raise PermissionDenied(_("You may not write articles."))
            article.created_by = by
            _refuse_editor_fields(by=by, edits=edits, stored={})
        article.status = Status.DRAFT
        if not edits.get("authors"):
            if by is None:
                raise ValidationError({"authors": _("An article needs at least one author.")})
            edits["authors"] = [author_for_user(user=by)]
        return _write(article=article, by=by, edits=edits, stored=None, reason=reason or _("Created."))


def article_update(
    *,
    article: Article,
    by: AbstractBaseUser | None,
    expected_version: str | None = None,
    reason: str = "",
    keep_revision: bool = False,
    **edits: Unpack[ArticleEdits],
) -> Article:
    """Change an article's content and links; `expected_version` (from `article_version`) refuses stale copies.

    `keep_revision=True` changes links only and records them on the newest revision instead of
    making a new one (the admin's inlines, saved right after the row they belong to).
    """
    with changes.batch():
        stored = Article.objects.select_for_update().filter(pk=article.pk).values(*ARTICLE_FIELDS, "status").first()
        if stored is None:
            raise ValidationError(_("This article no longer exists."))
        article.status = stored["status"]
        if by is not None:
            article_check(user=by, article=article, action=Action.EDIT)
            _refuse_editor_fields(by=by, edits=edits, stored=stored)
        article_check_fresh(article=article, expected_version=expected_version)
        if keep_revision:
            return _write_links(article=article, by=by, edits=edits)
        return _write(article=article, by=by, edits=edits, stored=stored, reason=reason)


def article_delete(*, article: Article, by: AbstractBaseUser | None) -> None:
    """Delete an article with its links and revisions' relations; its pages and index entries go after commit."""
    with changes.batch():
        stored = Article.objects.select_for_update().filter(pk=article.pk).values_list("status", flat=True).first()
        if stored is None:
            return
        article.status = stored
        if by is not None:
            article_check(user=by, article=article, action=Action.DELETE)
        before = article_links(article=article)
        pk = article.pk
        article.delete()
        # Announced by id: the search index drops it, the cache forgets its pages (if readers saw them).
        article_announce(article_id=pk, before=before, after=before, public=_seen_by_readers(article))


def _refuse_editor_fields(*, by: AbstractBaseUser, edits: ArticleEdits, stored: dict) -> None:
    if user_is_editor(by):
        return
    default = {name: Article._meta.get_field(name).get_default() for name in EDITOR_FIELDS}
    changed = [name for name in EDITOR_FIELDS if name in edits and edits[name] != stored.get(name, default[name])]
    if changed:
        raise PermissionDenied(_("Only editors may change when an article appears or whether it is featured."))


def _write(*, article: Article, by: AbstractBaseUser | None, edits: ArticleEdits, stored: dict | None, reason: str):
    with changes.batch():
        before = article_links(article=article)
        for name in ARTICLE_FIELDS:
            if name in edits:
                setattr(article, name, _unless_same(edits[name], stored.get(name) if stored else None))
        if stored is not None and not (by is None or user_is_editor(by)):
            for name in EDITOR_FIELDS:
                setattr(article, name, stored[name])
        article.body = sanitize_html(article.body)
        article.reading_time = reading_time_minutes(article.body)
        article.full_clean(exclude=RELATIONS)
        article._history_user = by
        article._change_reason = reason[:100]
        article.save()
        _keep_old_address(article=article, stored=stored)
        _set_links(article=article, by=by, edits=edits)
        article_record_relations(article=article)
        article_announce(
            article_id=article.pk, before=before, after=article_links(article=article), public=_seen_by_readers(article)
        )
    return article


def _unless_same(value, stored):
    """Return `stored` when `value` is the same moment to the second (forms drop microseconds), else `value`.

    So saving a form unchanged does not record a publish-time change that did not happen.
    """
    if isinstance(value, datetime) and isinstance(stored, datetime) and value == stored.replace(microsecond=0):
        return stored
    return value


def _seen_by_readers(article: Article) -> bool:
    """Whether a write to the article can change a public page: it is published (live, scheduled or expired).

    Within a create or update the status does not change (the workflow steps change it).
    """
    return article.status == Status.PUBLISHED


def _write_links(*, article: Article, by: AbstractBaseUser | None, edits: ArticleEdits) -> Article:
    if set(edits) - set(RELATIONS):
        raise ValueError("keep_revision=True changes links only")
    before = article_links(article=article)
    _set_links(article=article, by=by, edits=edits)
    article_record_relations(article=article)
    article_announce(
        article_id=article.pk, before=before, after=article_links(article=article), public=_seen_by_readers(article)
    )
    return article


def _set_links(*, article: Article, by: AbstractBaseUser | None, edits: ArticleEdits) -> None:
    if "authors" in edits:
        authors = _with_writer(by=by, authors=edits["authors"])
        if not authors:
            raise ValidationError({"authors": _("An article needs at least one author.")})
        byline_set(article=article, authors=authors)
    if "tags" in edits:
        tags_set(article=article, names=edits["tags"])
    if "skills" in edits:
        skills_set(article=article, skills=edits["skills"])
    if "related" in edits:
        related_set(article=article, related=edits["related"])


def _with_writer(*, by: AbstractBaseUser | None, authors: Sequence[Author]) -> list[Author]:
    """Return the byline with the writer on it: a writer's own article always carries their name."""
    authors = list(authors)
    if by is None or user_is_editor(by):
        return authors
    own = author_for_user(user=by)
    return authors if own in authors else [*authors, own]


def _keep_old_address(*, article: Article, stored: dict | None) -> None:
    """Redirect the old address of a renamed published article; the new address belongs to it alone."""
    if stored and stored["slug"] != article.slug and stored["status"] == Status.PUBLISHED:
        OldSlug.objects.update_or_create(slug=stored["slug"], defaults={"article": article})
    OldSlug.objects.filter(slug=article.slug).delete()


def articles_bulk_create(*, articles: Sequence[Article], links: Callable[[list[int]], None] | None = None) -> list[int]:
    """Insert many new articles at once (benchmarks, importers of thousands); return their ids, in order.

    The same body rules as `article_create` (sanitised, reading time counted), without a
    revision or workflow step each. `links(ids)` adds bylines, tags and picks in bulk inside
    the same write; the whole batch is announced once, so search indexes it after commit.
    """
    for article in articles:
        article.body = sanitize_html(article.body)
        article.reading_time = reading_time_minutes(article.body)
    with changes.batch():
        rows = Article.objects.bulk_create(articles)
        ids = [row.pk for row in rows]
        if None in ids:  # backends that return no ids from a bulk insert
            by_slug = dict(Article.objects.filter(slug__in=[a.slug for a in articles]).values_list("slug", "pk"))
            ids = [by_slug[article.slug] for article in articles]
        if links is not None:
            links(ids)
        changes.announce(
            articles=ids,
            sections={article.category_id for article in articles},
            models=["articles.article"],
            public=any(article.status == Status.PUBLISHED for article in articles),
        )
    return ids
