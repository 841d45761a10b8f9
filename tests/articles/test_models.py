from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from articles.models import Article, Status, reading_time_minutes
from tests.factories import ArticleFactory

JAKARTA = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=JAKARTA)


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_published_is_live_published_articles_only():
    live = ArticleFactory(status=Status.PUBLISHED, published_at=NOW - timedelta(minutes=1))
    exactly_now = ArticleFactory(status=Status.PUBLISHED, published_at=NOW)
    ArticleFactory(status=Status.DRAFT, published_at=NOW - timedelta(days=1))
    ArticleFactory(status=Status.REVIEW, published_at=NOW - timedelta(days=1))
    ArticleFactory(status=Status.ARCHIVED, published_at=NOW - timedelta(days=1))
    ArticleFactory(status=Status.PUBLISHED, published_at=None)
    scheduled = ArticleFactory(status=Status.PUBLISHED, published_at=NOW + timedelta(minutes=1))
    ArticleFactory(status=Status.PUBLISHED, published_at=NOW - timedelta(days=2), expires_at=NOW)

    assert set(Article.objects.published()) == {live, exactly_now}
    assert live.is_published and exactly_now.is_published
    assert not scheduled.is_published and scheduled.is_scheduled

    with time_machine.travel(NOW + timedelta(minutes=1), tick=False):
        assert scheduled in Article.objects.published()
        assert scheduled.is_published


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_expiry_takes_an_article_down_by_itself():
    article = ArticleFactory(published_at=NOW - timedelta(days=1), expires_at=NOW + timedelta(hours=1))
    assert article in Article.objects.published()
    with time_machine.travel(NOW + timedelta(hours=1), tick=False):
        assert article not in Article.objects.published()
        assert not Article.objects.get(pk=article.pk).is_published


def test_reading_time_counts_words_of_the_text_not_the_markup():
    assert reading_time_minutes("") == 1
    assert reading_time_minutes("<p>" + "kata " * 200 + "</p>") == 1
    assert reading_time_minutes("<p>" + "kata " * 201 + "</p>") == 2
    assert reading_time_minutes('<p><a href="https://example.com/a/very/long/path">x</a></p>') == 1


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_scheduled_expired_and_the_next_change_beside_published():
    live = ArticleFactory(published_at=NOW - timedelta(hours=1), expires_at=NOW + timedelta(hours=5))
    soon = ArticleFactory(published_at=NOW + timedelta(hours=2))
    gone = ArticleFactory(published_at=NOW - timedelta(days=2), expires_at=NOW - timedelta(minutes=1))
    ArticleFactory(status=Status.DRAFT, published_at=NOW + timedelta(minutes=5))  # a draft schedules nothing

    assert list(Article.objects.scheduled()) == [soon]
    assert list(Article.objects.expired()) == [gone]
    assert set(Article.objects.published()) == {live}
    assert Article.objects.next_change() == NOW + timedelta(hours=2)
    with time_machine.travel(NOW + timedelta(hours=3), tick=False):
        assert Article.objects.next_change() == NOW + timedelta(hours=5)  # live's expiry
        assert soon in Article.objects.published()


@pytest.mark.django_db
def test_with_bylines_loads_every_byline_in_order_in_one_query(django_assert_num_queries):
    from tests.factories import AuthorFactory

    first, second = AuthorFactory(name="Sari"), AuthorFactory(name="Budi")
    ArticleFactory(authors=[first, second])
    ArticleFactory(authors=[second])
    with django_assert_num_queries(2):
        bylines = [
            [a.name for a in article.byline_authors] for article in Article.objects.with_bylines().order_by("pk")
        ]
    assert bylines == [["Sari", "Budi"], ["Budi"]]
