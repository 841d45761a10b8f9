"""Reads that span models: what the public pages show.

Each read touches the articles table through an index (status/section +
publish time, or the tag links) and never ranks the whole table; bylines are
prefetched once for every article on a page.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from itertools import chain

from django.conf import settings
from django.db import connection
from django.db.models import Case, Count, IntegerField, Prefetch, When, prefetch_related_objects
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, Category, byline_prefetch
from careers.models import Skill
from careers.selectors import resources_best_first
from portal.cache import kept

POPULAR_TAGS_DAYS = 30


def with_bylines(articles: list[Article]) -> list[Article]:
    """Return the articles with their ordered bylines loaded in one query for all of them."""
    prefetch_related_objects(
        [article for article in articles if article is not None],
        byline_prefetch(),
    )
    return articles


def _cards():
    """Return published articles with what a card shows, except bylines (see `with_bylines`)."""
    return (
        Article.objects.published()
        .select_related("category", "cover")
        .defer("search_vector", "search_title_vector", "body")
    )


def related_reads(*, article: Article, count: int | None = None) -> list[Article]:
    """Return the "Baca Juga" list: editor picks in order, then the closest published matches.

    Matches rank by shared tags, then same section, then newest. Never the article itself,
    never anything unpublished, never twice. Worked out in at most four indexed queries, and
    the cards (with bylines) are kept until content changes or the next scheduled publish or
    expiry, whichever comes first: every article page shows them, so a reader's visit costs
    no query for them while nothing has changed.
    """
    count = settings.RELATED_READS_COUNT if count is None else count
    if count <= 0:
        return []

    def cards() -> list[Article]:
        ids = related_read_ids(article=article, count=count)
        found = _cards().in_bulk(ids)
        return with_bylines([found[pk] for pk in ids if pk in found])

    return kept(f"related-cards:{article.pk}:{count}", cards)


def related_read_ids(*, article: Article, count: int) -> list[int]:
    """Return the ids of the related reads, best first (see `related_reads`)."""
    published = Article.objects.published()
    picks = (
        published.filter(related_from__article=article)
        .exclude(pk=article.pk)
        .order_by("related_from__order", "related_from__pk")
        .values_list("pk", flat=True)
    )
    chosen = [article.pk, *picks[:count]]
    tag_ids = [tag.pk for tag in article.tags.all()]  # prefetched by for_detail()
    if len(chosen) <= count and tag_ids:
        # One grouped query: the database counts the shared tags and ranks the candidates.
        same_section = Case(When(category_id=article.category_id, then=1), default=0, output_field=IntegerField())
        chosen += (
            published.filter(tagged_items__tag_id__in=tag_ids)
            .exclude(pk__in=chosen)
            .values("pk")
            .annotate(shared_tags=Count("tagged_items"), same_section=same_section)
            .order_by("-shared_tags", "-same_section", "-published_at", "-pk")
            .values_list("pk", flat=True)[: count + 1 - len(chosen)]
        )
    for scope in (published.filter(category_id=article.category_id), published):
        if len(chosen) > count:
            break
        chosen += scope.exclude(pk__in=chosen).newest_first().values_list("pk", flat=True)[: count + 1 - len(chosen)]
    return chosen[1:]


def popular_tags(*, limit: int = 15, days: int = POPULAR_TAGS_DAYS) -> list[Tag]:
    """Return the tags most used by articles published in the last `days` days.

    Cached until content changes (or the next scheduled publish): counting tag
    links is the one home-page read that grows with the archive.
    """

    def count() -> list[Tag]:
        recent = Article.objects.published().filter(published_at__gte=timezone.now() - timedelta(days=days))
        return list(
            Tag.objects.filter(articles_taggedarticle_items__content_object__in=recent.values("pk"))
            .annotate(num_articles=Count("articles_taggedarticle_items"))
            .order_by("-num_articles", "name")[:limit]
        )

    return kept(f"popular-tags:{limit}:{days}", count)


@dataclass
class FrontPage:
    lead: Article | None
    latest: list[Article]
    sections: list[tuple[Category, list[Article]]]


def front_page(*, latest_count: int, per_section: int = 3) -> FrontPage:
    """Return the home page's stories: the lead, the latest others, and each section's newest not shown above.

    Which articles they are is worked out once per content generation (kept until the next
    scheduled publish or expiry); the cards of all of them then load in one query through
    `published()`, their bylines in one more.
    """
    sections = list(Category.objects.all())

    def stories():
        lead_id, latest_ids = _lead_and_latest_ids(latest_count)
        return lead_id, latest_ids, _section_ids(sections, per_section, shown={lead_id, *latest_ids})

    lead_id, latest_ids, section_ids = kept(f"front-page:{latest_count}:{per_section}", stories)
    cards = _cards().in_bulk([pk for pk in (lead_id, *latest_ids, *chain(*section_ids.values())) if pk])
    with_bylines(list(cards.values()))
    blocks = [(section, [cards[pk] for pk in section_ids.get(section.pk, ()) if pk in cards]) for section in sections]
    return FrontPage(
        lead=cards.get(lead_id),
        latest=[cards[pk] for pk in latest_ids if pk in cards],
        sections=[(section, items) for section, items in blocks if items],
    )


def _lead_and_latest_ids(count: int) -> tuple[int | None, list[int]]:
    """Return the lead (the newest featured story, else the newest) and the `count` newest others.

    From the published index alone, so no join can lead the planner into sorting the archive.
    """
    newest = list(Article.objects.published().newest_first().values_list("pk", "featured")[: count + 1])
    lead_id = next((pk for pk, featured in newest if featured), None)
    if lead_id is None:
        lead_id = Article.objects.published().filter(featured=True).newest_first().values_list("pk", flat=True).first()
    lead_id = lead_id or (newest[0][0] if newest else None)
    return lead_id, [pk for pk, _featured in newest if pk != lead_id][:count]


def _section_ids(sections: list[Category], per_section: int, shown: set = frozenset()) -> dict[int, list[int]]:
    """Return each section's newest published ids not in `shown` (the stories above), newest first, in one query.

    A UNION ALL of one index range scan per section, each built from `published()`, reading
    `per_section` ids more than might be left out.
    """
    if not sections:
        return {}
    parts, params = [], []
    for number, section in enumerate(sections):
        newest = Article.objects.published().filter(category_id=section.pk).newest_first()
        sql, part_params = newest.values("category_id", "pk")[: per_section + len(shown)].query.sql_with_params()
        parts.append(f"SELECT * FROM ({sql}) AS section_{number}")  # noqa: S608 (ORM-built SQL, values as parameters)
        params.extend(part_params)
    found = defaultdict(list)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for section_id, pk in cursor.fetchall():
            if pk not in shown and len(found[section_id]) < per_section:
                found[section_id].append(pk)
    return dict(found)


# --- careers: articles about skills, the skills of an article ------------------------------------

ARTICLES_PER_CAREERS_PAGE = 6


def published_articles_about(*, skill_ids=None, limit: int = ARTICLES_PER_CAREERS_PAGE) -> list[Article]:
    """Return the newest published articles linked to any of the skills (to any skill when None), as cards.

    The ids come from the skill links first, then the cards by primary key: starting from the
    archive's publish-time index and probing the links row by row walks the whole archive when
    few articles carry skills (56 ms at 100k articles, against 1 ms this way).
    """
    links = Article.skills.through.objects.all()
    if skill_ids is not None:
        links = links.filter(skill_id__in=list(skill_ids))
    published = Article.objects.published()
    ids = list(published.filter(pk__in=links.values("article_id")).newest_first().values_list("pk", flat=True)[:limit])
    cards = published.for_listing().defer("body").in_bulk(ids)
    return [cards[pk] for pk in ids if pk in cards]


def article_skill_panel(*, article: Article) -> list[dict]:
    """Return the article's linked skills, each with its best beginner-first resource ("Skills in this article").

    Two queries, then kept until content changes (every article page shows this panel), as
    plain values: {"skill" (its id, names and slug), "starter": {"title", "url", "provider", "is_free"} or None}.
    """

    def panel() -> list[dict]:
        skills = Skill.objects.filter(articles=article).prefetch_related(
            Prefetch("resources", queryset=resources_best_first(), to_attr="ranked_resources")
        )
        return [
            {
                "skill": {"pk": skill.pk, "name": skill.name, "name_en": skill.name_en, "slug": skill.slug},
                "starter": next(
                    (
                        {"title": r.title, "url": r.url, "provider": r.provider, "is_free": r.is_free}
                        for r in skill.ranked_resources
                    ),
                    None,
                ),
            }
            for skill in skills
        ]

    # Kept as plain values; each skill drawn as an (unsaved) Skill for its name in the language being served.
    return [{**item, "skill": Skill(**item["skill"])} for item in kept(f"article-skills:{article.pk}", panel)]
