"""Reads that span models: what the public pages show."""

from django.conf import settings
from django.db.models import Case, Count, F, IntegerField, Q, Value, When, Window
from django.db.models.functions import RowNumber
from taggit.models import Tag

from articles.models import Article, Category


def related_reads(*, article: Article, count: int | None = None) -> list[Article]:
    """Return the "Baca Juga" list: editor picks in order, then the closest published matches.

    Matches rank by shared tags, then same section, then newest. Never the
    article itself, never anything unpublished, never twice.
    """
    count = settings.RELATED_READS_COUNT if count is None else count
    if count <= 0:
        return []
    published = Article.objects.published()
    picks = list(
        published.filter(related_from__article=article)
        .order_by("related_from__order", "related_from__pk")
        .exclude(pk=article.pk)
        .for_listing()[:count]
    )
    missing = count - len(picks)
    if missing <= 0:
        return picks
    exclude_ids = [article.pk, *(pick.pk for pick in picks)]
    tag_ids = [tag.pk for tag in article.tags.all()]
    candidates = published.exclude(pk__in=exclude_ids)
    fill = list(
        candidates.filter(Q(tags__in=tag_ids) | Q(category_id=article.category_id))
        .annotate(
            shared_tags=Count("tags", filter=Q(tags__in=tag_ids), distinct=True),
            same_section=Case(
                When(category_id=article.category_id, then=Value(1)), default=Value(0), output_field=IntegerField()
            ),
        )
        .order_by("-shared_tags", "-same_section", "-published_at", "-pk")
        .for_listing()[:missing]
    )
    if len(fill) < missing:
        exclude_ids += [item.pk for item in fill]
        fill += list(candidates.exclude(pk__in=exclude_ids).newest_first().for_listing()[: missing - len(fill)])
    return picks + fill


def section_blocks(*, per_section: int = 3) -> list[tuple[Category, list[Article]]]:
    """Return each section with its newest published articles, in two queries."""
    ranked = (
        Article.objects.published()
        .annotate(
            rank=Window(
                RowNumber(), partition_by=[F("category_id")], order_by=[F("published_at").desc(), F("pk").desc()]
            )
        )
        .filter(rank__lte=per_section)
        .for_listing()
        .order_by("category__order", "category__name", "rank")
    )
    blocks: dict[int, tuple[Category, list[Article]]] = {}
    for item in ranked:
        blocks.setdefault(item.category_id, (item.category, []))[1].append(item)
    return list(blocks.values())


def popular_tags(*, limit: int = 15):
    """Return the tags used by the most published articles."""
    published_ids = Article.objects.published().values("pk")
    return (
        Tag.objects.filter(articles_taggedarticle_items__content_object__in=published_ids)
        .annotate(num_articles=Count("articles_taggedarticle_items"))
        .order_by("-num_articles", "name")[:limit]
    )
