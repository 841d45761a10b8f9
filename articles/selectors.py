"""Reads that span models: what the public pages show.

Each read touches the articles table through an index (status/section +
publish time, or the tag links) and never ranks the whole table; bylines are
prefetched once for every article on a page.
"""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Prefetch, prefetch_related_objects
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, ArticleAuthor, Category, RelatedRead, TaggedArticle
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
    article itself, never anything unpublished, never twice. Each step starts
    from a small, indexed set (the picks, the tag links, the section's newest),
    so the cost does not depend on the size of the archive.
    """
    count = settings.RELATED_READS_COUNT if count is None else count
    if count <= 0:
        return []
    chosen = [article.pk]

    def published_in_order(ids: list[int]) -> list[Article]:
        found = _cards().filter(pk__in=ids).exclude(pk__in=chosen).in_bulk()
        return [found[pk] for pk in ids if pk in found]

    pick_ids = list(
        RelatedRead.objects.filter(article=article).order_by("order", "pk").values_list("related_id", flat=True)
    )
    reads = published_in_order(pick_ids)[:count]
    chosen += [read.pk for read in reads]

    tag_ids = [tag.pk for tag in article.tags.all()]
    if len(reads) < count and tag_ids:
        shared = (
            TaggedArticle.objects.filter(tag_id__in=tag_ids)
            .exclude(content_object_id__in=chosen)
            .values("content_object_id")
            .annotate(shared_tags=Count("pk"))
            .values_list("content_object_id", "shared_tags")
        )
        shared_tags = dict(shared)
        candidates = _cards().filter(pk__in=list(shared_tags)).values_list("pk", "category_id", "published_at")
        ranked = sorted(
            candidates,
            key=lambda row: (-shared_tags[row[0]], row[1] != article.category_id, -row[2].timestamp(), -row[0]),
        )
        reads += published_in_order([pk for pk, _category, _published in ranked[: count - len(reads)]])
        chosen += [read.pk for read in reads]
    for scope in (_cards().filter(category_id=article.category_id), _cards()):
        if len(reads) >= count:
            break
        reads += list(scope.exclude(pk__in=chosen).newest_first()[: count - len(reads)])
        chosen += [read.pk for read in reads]
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
    """Return the home page's lead (the newest featured story, else the newest) and the latest others.

    The ids come first from the published index alone, then the cards by primary key, so
    no join can lead the planner into sorting the whole archive.
    """
    newest = list(Article.objects.published().newest_first().values_list("pk", "featured")[: count + 1])
    lead_id = next((pk for pk, featured in newest if featured), None)
    if lead_id is None:
        lead_id = Article.objects.published().filter(featured=True).newest_first().values_list("pk", flat=True).first()
    lead_id = lead_id or (newest[0][0] if newest else None)
    latest_ids = [pk for pk, _featured in newest if pk != lead_id][:count]
    cards = _cards().in_bulk([lead_id, *latest_ids]) if lead_id else {}
    lead, latest = cards.get(lead_id), [cards[pk] for pk in latest_ids if pk in cards]
    with_bylines([lead, *latest])
    return lead, latest
