"""An article's relations (byline, tags, skills, related reads), their record on revisions, and the announcement.

simple_history keeps the article's own columns; the tags and byline of each revision are
stored beside them as names (`tag_names`, `author_names`) by `article_record_relations`,
which every write of the article calls after setting its relations.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext as _
from taggit.models import Tag

from articles.models import Article, Author
from careers.models import Skill
from careers.services import find_skill_mentions
from portal import changes
from portal.text import plain_text


@dataclass(frozen=True)
class Links:
    """What an article is linked to at one moment (ids), so a write can announce old and new."""

    section: int | None
    tags: frozenset[int]
    authors: frozenset[int]
    skills: frozenset[int]


def article_links(*, article: Article) -> Links:
    """Return the ids the article is linked to now (three queries; none for an unsaved article)."""
    if article.pk is None:
        return Links(section=article.category_id, tags=frozenset(), authors=frozenset(), skills=frozenset())
    return Links(
        section=article.category_id,
        tags=frozenset(article.tags.values_list("pk", flat=True)),
        authors=frozenset(article.article_authors.values_list("author_id", flat=True)),
        skills=frozenset(article.skills.values_list("pk", flat=True)),
    )


def article_announce(*, article_id: int, before: Links, after: Links, public: bool) -> None:
    """Announce that the article changed, with every section, tag, author and skill it had or has.

    `public`: readers could see the article before or after the write (it was or is published);
    a draft's edits are announced to search only and leave the page cache alone.
    """
    changes.announce(
        articles=[article_id],
        sections=[before.section, after.section],
        tags=before.tags | after.tags,
        authors=before.authors | after.authors,
        skills=before.skills | after.skills,
        models=["articles.article"],
        public=public,
    )


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


def article_record_relations(*, article: Article) -> None:
    """Store the article's tags and byline on its newest revision (simple_history does not track them)."""
    latest = article.history.order_by("-history_date", "-history_id").first()
    if latest is None:
        return
    for name, value in article_relation_names(article=article).items():
        setattr(latest, name, value)
    latest.save(update_fields=["tag_names", "author_names"])


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


def byline_set(*, article: Article, authors: Sequence[Author]) -> None:
    """Make the byline exactly these authors, in this order (duplicates dropped)."""
    _replace_ordered(article.article_authors, "author", list(dict.fromkeys(authors)))


def byline_from_names(names: Iterable[str]) -> tuple[list[Author], list[str]]:
    """Return the authors with these names, in order, and the names no longer found (a revision's byline)."""
    names = [name for name in dict.fromkeys(names) if name]
    found = {author.name: author for author in Author.objects.filter(name__in=names)}
    return [found[name] for name in names if name in found], [name for name in names if name not in found]


def related_set(*, article: Article, related: Sequence[Article]) -> None:
    """Make the article's related reads exactly these, in this order (itself and duplicates dropped)."""
    _replace_ordered(article.related_links, "related", [a for a in dict.fromkeys(related) if a.pk != article.pk])


def _replace_ordered(links, target: str, wanted: list) -> None:
    """Make the ordered link rows of `links` (a related manager) point to `wanted`, in order; nothing if same."""
    current = list(links.order_by("order", "pk").values_list(f"{target}_id", flat=True))
    if current == [item.pk for item in wanted]:
        return
    with transaction.atomic():
        links.all().delete()
        links.model.objects.bulk_create(
            links.model(**{links.field.name: links.instance, target: item, "order": order})
            for order, item in enumerate(wanted)
        )


TAG_NAME_MAX_LENGTH = Tag._meta.get_field("name").max_length


def tag_name_errors(names: Iterable[str]) -> list[str]:
    """Return why any new tag among these names cannot be made (empty when all can be used).

    A tag's address is made from its letters and digits (in any script), so a new tag's name
    needs one, and fits the tag's column. A tag that exists already is always usable.
    """
    problems = {name: _tag_name_problem(name) for name in names}
    problems = {name: problem for name, problem in problems.items() if problem}
    if not problems:
        return []
    known = Q()
    for name in problems:
        known |= Q(name__iexact=name)
    existing = {name.casefold() for name in Tag.objects.filter(known).values_list("name", flat=True)}
    return [problem for name, problem in problems.items() if name.casefold() not in existing]


def _tag_name_problem(name: str) -> str:
    if len(name) > TAG_NAME_MAX_LENGTH:
        return _("The tag “%(name)s…” is too long: at most %(max)d characters.") % {
            "name": name[:30],
            "max": TAG_NAME_MAX_LENGTH,
        }
    if not slugify(name, allow_unicode=True):
        return _("The tag “%(name)s” needs at least one letter or digit.") % {"name": name}
    return ""


def tags_set(*, article: Article, names: Iterable[str]) -> None:
    """Tag the article with exactly these tag names (new names become new tags)."""
    names = list(dict.fromkeys(name.strip() for name in names if name.strip()))
    errors = tag_name_errors(names)
    if errors:
        raise ValidationError({"tags": errors})
    article.tags.set(names)


def skills_set(*, article: Article, skills: Iterable[Skill]) -> None:
    """Link the article to exactly these skills."""
    article.skills.set(list(skills))


def suggest_skills_for_article(*, article: Article, include_linked: bool = False) -> list[Skill]:
    """Return the skills mentioned in the article's body that are not linked to it yet.

    Works on unsaved articles too (then nothing counts as linked). Two queries. Nothing is
    linked by asking: the editor ticks the suggestions, and the save links them.
    """
    mentioned = find_skill_mentions(plain_text(article.body))
    if include_linked or not article.pk or not mentioned:
        return mentioned
    linked = set(article.skills.values_list("pk", flat=True))
    return [skill for skill in mentioned if skill.pk not in linked]
