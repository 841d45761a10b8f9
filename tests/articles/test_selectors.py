from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Status
from articles.selectors import popular_tags, related_reads, section_blocks
from tests.factories import ArticleFactory, CategoryFactory, RelatedReadFactory


def ago(hours):
    return timezone.now() - timedelta(hours=hours)


@pytest.mark.django_db
def test_editor_picks_come_first_in_their_order_then_tag_matches_then_section(settings):
    settings.RELATED_READS_COUNT = 5
    section, other = CategoryFactory(), CategoryFactory()
    article = ArticleFactory(category=section, tags=["ai", "karier", "phk"])
    pick_b = ArticleFactory(category=other, published_at=ago(50))
    pick_a = ArticleFactory(category=other, published_at=ago(60))
    RelatedReadFactory(article=article, related=pick_a, order=0)
    RelatedReadFactory(article=article, related=pick_b, order=1)
    two_tags = ArticleFactory(category=other, tags=["ai", "karier"], published_at=ago(40))
    one_tag_same_section = ArticleFactory(category=section, tags=["phk"], published_at=ago(30))
    one_tag_other_section = ArticleFactory(category=other, tags=["ai"], published_at=ago(2))
    ArticleFactory(category=section, published_at=ago(3))  # same section, no shared tag: last in line

    assert related_reads(article=article) == [pick_a, pick_b, two_tags, one_tag_same_section, one_tag_other_section]


@pytest.mark.django_db
def test_related_reads_never_show_self_unpublished_or_duplicates(settings):
    settings.RELATED_READS_COUNT = 4
    article = ArticleFactory(tags=["ai"])
    draft = ArticleFactory(status=Status.DRAFT, tags=["ai"])
    scheduled = ArticleFactory(published_at=timezone.now() + timedelta(days=1), tags=["ai"])
    shared = ArticleFactory(tags=["ai"])
    RelatedReadFactory(article=article, related=draft, order=0)
    RelatedReadFactory(article=article, related=scheduled, order=1)
    RelatedReadFactory(article=article, related=shared, order=2)

    reads = related_reads(article=article)
    assert article not in reads and draft not in reads and scheduled not in reads
    assert reads.count(shared) == 1
    assert reads[0] == shared


@pytest.mark.django_db
def test_related_reads_fill_up_with_newest_when_nothing_matches(settings):
    settings.RELATED_READS_COUNT = 2
    article = ArticleFactory(tags=["langka"])
    older = ArticleFactory(published_at=ago(10))
    newest = ArticleFactory(published_at=ago(1))
    ArticleFactory(published_at=ago(20))
    assert related_reads(article=article) == [newest, older]


@pytest.mark.django_db
def test_related_reads_stop_at_the_configured_count(settings):
    settings.RELATED_READS_COUNT = 3
    article = ArticleFactory(tags=["ai"])
    for _ in range(6):
        ArticleFactory(tags=["ai"])
    assert len(related_reads(article=article)) == 3


@pytest.mark.django_db
def test_section_blocks_hold_the_newest_published_per_section():
    first, second = CategoryFactory(order=1), CategoryFactory(order=2)
    newest = [ArticleFactory(category=first, published_at=ago(h)) for h in (1, 2, 3)]
    ArticleFactory(category=first, published_at=ago(4))
    ArticleFactory(category=second, status=Status.DRAFT)
    only = ArticleFactory(category=second, published_at=ago(5))
    assert section_blocks(per_section=3) == [(first, newest), (second, [only])]


@pytest.mark.django_db
def test_popular_tags_count_only_published_articles():
    ArticleFactory(tags=["ai", "cloud"])
    ArticleFactory(tags=["ai"])
    ArticleFactory(tags=["rahasia"], status=Status.DRAFT)
    tags = list(popular_tags())
    assert [(t.name, t.num_articles) for t in tags] == [("ai", 2), ("cloud", 1)]
