"""Reads that span models: what the public pages show.

Each read touches the articles table through an index (status/section +
publish time, or the tag links) and never ranks the whole table; bylines are
prefetched once for every article on a page.
"""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Case, Count, Prefetch, Value, When, prefetch_related_objects
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, ArticleAuthor, Category
from portal.cache import content_generation, page_cache_seconds

POPULAR_TAGS_DAYS = 30


def with_bylines(articles: list[Article]) -> list[Article]:
    """Return the articles with their ordered bylines loaded in one query for all of them."""
    prefetch_related_objects(
        [article for article in articles if article is not None],
        Prefetch("article_authors", queryset=ArticleAuthor.objects.select_related("author").order_by("order")),
    )
    return articles


def _cards():
    """Return published articles with what a card shows, except bylines (see `with_bylines`)."""
    return Article.objects.published().select_related("category", "cover").defer("search_vector", "body")


def related_reads(*, article: Article, count: int | None = None) -> list[Article]:
    """Return the "Baca Juga" list: editor picks in order, then the closest published matches.

    Matches rank by shared tags, then same section, then newest. Never the
    article itself, never anything unpublished, never twice.
    """
    count = settings.RELATED_READS_COUNT if count is None else count
    if count <= 0:
        return []
    reads = list(
        _cards()
        .filter(related_from__article=article)
        .exclude(pk=article.pk)
        .order_by("related_from__order", "related_from__pk")[:count]
    )
    tag_ids = [tag.pk for tag in article.tags.all()]
    same_section = Case(When(category_id=article.category_id, then=Value(1)), default=Value(0))
    fills = [
        # Sharing the most tags first (found through the tag links' index), same section breaking ties...
        lambda qs: (
            qs.filter(tags__in=tag_ids)
            .annotate(shared_tags=Count("tags"), same_section=same_section)
            .order_by("-shared_tags", "-same_section", "-published_at", "-pk")
        ),
        # ...then the section's newest, then the site's newest.
        lambda qs: qs.filter(category_id=article.category_id).order_by("-published_at", "-pk"),
        lambda qs: qs.order_by("-published_at", "-pk"),
    ]
    for fill in fills if tag_ids else fills[1:]:
        missing = count - len(reads)
        if missing <= 0:
            break
        reads += fill(_cards().exclude(pk__in=[article.pk, *(read.pk for read in reads)]))[:missing]
    return with_bylines(reads)


def section_blocks(*, per_section: int = 3) -> list[tuple[Category, list[Article]]]:
    """Return each section with its newest published articles.

    One query finds the ids: a UNION ALL of one index range scan per section,
    each built from `published()`; one more loads the cards.
    """
    sections = list(Category.objects.all())
    if not sections:
        return []
    parts, params = [], []
    for number, section in enumerate(sections):
        newest = Article.objects.published().filter(category_id=section.pk).newest_first().values("pk")
        sql, part_params = newest[:per_section].query.sql_with_params()
        parts.append(f"SELECT * FROM ({sql}) AS section_{number}")  # noqa: S608 (ORM-built SQL, values as parameters)
        params.extend(part_params)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        ids = [row[0] for row in cursor.fetchall()]
    by_id = {article.pk: article for article in _cards().filter(pk__in=ids)}
    with_bylines(list(by_id.values()))
    blocks = []
    for section in sections:
        items = sorted(
            (a for a in by_id.values() if a.category_id == section.pk),
            key=lambda a: (a.published_at, a.pk),
            reverse=True,
        )
        if items:
            blocks.append((section, items))
    return blocks


def popular_tags(*, limit: int = 15, days: int = POPULAR_TAGS_DAYS) -> list[Tag]:
    """Return the tags most used by articles published in the last `days` days.

    Cached until content changes (or the next scheduled publish): counting tag
    links is the one home-page read that grows with the archive.
    """
    key = f"portal:popular-tags:{content_generation()}:{limit}:{days}"
    tags = cache.get(key)
    if tags is None:
        recent = Article.objects.published().filter(published_at__gte=timezone.now() - timedelta(days=days))
        tags = list(
            Tag.objects.filter(articles_taggedarticle_items__content_object__in=recent.values("pk"))
            .annotate(num_articles=Count("articles_taggedarticle_items"))
            .order_by("-num_articles", "name")[:limit]
        )
        cache.set(key, tags, page_cache_seconds() or 60)
    return tags


def lead_and_latest(*, count: int) -> tuple[Article | None, list[Article]]:
    """Return the home page's lead (the newest featured story, else the newest) and the latest others."""
    newest = list(_cards().newest_first()[: count + 1])
    lead = next((a for a in newest if a.featured), None)
    if lead is None:
        lead = _cards().filter(featured=True).newest_first().first() or (newest[0] if newest else None)
    latest = [a for a in newest if a != lead][:count]
    with_bylines([lead, *latest])
    return lead, latest
