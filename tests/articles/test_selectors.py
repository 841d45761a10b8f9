from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from articles import services
from articles.models import Status
from articles.selectors import front_page, popular_tags, related_reads
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
def test_kept_related_reads_follow_the_clock_for_scheduled_and_expiring_articles(settings):
    settings.RELATED_READS_COUNT = 3
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        article = ArticleFactory(tags=["ai"])
        leaving = ArticleFactory(tags=["ai"], expires_at=now + timedelta(minutes=5))
        coming = ArticleFactory(tags=["ai"], published_at=now + timedelta(minutes=10))
        assert related_reads(article=article) == [leaving]
    with time_machine.travel(now + timedelta(minutes=6), tick=False):
        assert related_reads(article=article) == []
    with time_machine.travel(now + timedelta(minutes=11), tick=False):
        assert related_reads(article=article) == [coming]


@pytest.mark.django_db
def test_related_reads_are_worked_out_once_per_content_generation(django_assert_num_queries, committed):
    article = ArticleFactory(tags=["ai"])
    ArticleFactory(tags=["ai"])
    first = related_reads(article=article)
    with django_assert_num_queries(0):
        assert related_reads(article=article) == first
    newcomer = ArticleFactory(tags=[], title="Baru terbit")
    with committed():
        services.article_update(article=newcomer, by=None, tags=["ai"])
    assert newcomer in related_reads(article=article)


@pytest.mark.django_db
def test_section_rails_hold_the_newest_published_not_already_in_latest():
    first, second, third = CategoryFactory(order=1), CategoryFactory(order=2), CategoryFactory(order=3)
    a1, a2, a3, a4, a5 = (ArticleFactory(category=first, published_at=ago(h)) for h in (1, 2, 3, 4, 5))
    ArticleFactory(category=first, published_at=ago(6))
    ArticleFactory(category=second, status=Status.DRAFT)
    only = ArticleFactory(category=second, published_at=ago(7))
    ArticleFactory(category=third, status=Status.DRAFT)
    page = front_page(latest_count=2, per_section=2)
    assert (page.lead, page.latest) == (a1, [a2, a3])
    assert page.sections == [(first, [a4, a5]), (second, [only])]  # "Terbaru" is not repeated below it
    shown = [page.lead, *page.latest, *(story for _section, stories in page.sections for story in stories)]
    assert len(shown) == len(set(shown))


@pytest.mark.django_db
def test_popular_tags_count_only_published_articles():
    ArticleFactory(tags=["ai", "cloud"])
    ArticleFactory(tags=["ai"])
    ArticleFactory(tags=["rahasia"], status=Status.DRAFT)
    tags = list(popular_tags())
    assert [(t.name, t.num_articles) for t in tags] == [("ai", 2), ("cloud", 1)]


@pytest.mark.django_db
def test_the_front_page_is_picked_once_per_generation_and_follows_the_clock(django_assert_num_queries):
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        section = CategoryFactory()
        older = ArticleFactory(category=section, published_at=now - timedelta(hours=2))
        newer = ArticleFactory(category=section, published_at=now - timedelta(hours=1))
        coming = ArticleFactory(category=section, published_at=now + timedelta(minutes=10))
        first = front_page(latest_count=1)
        assert (first.lead, first.latest, first.sections) == (newer, [older], [])
        with django_assert_num_queries(3):  # sections, cards, bylines: the picks are kept
            assert front_page(latest_count=1).latest == [older]
    with time_machine.travel(now + timedelta(minutes=11), tick=False):
        later = front_page(latest_count=1)
        assert (later.lead, later.latest) == (coming, [newer])
        assert later.sections == [(section, [older])]
