from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from articles.models import Article, OldSlug, Status, reading_time_minutes
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
def test_reading_time_is_stored_on_save():
    article = ArticleFactory(body="<p>" + "kata " * 1000 + "</p>")
    assert Article.objects.values_list("reading_time", flat=True).get(pk=article.pk) == 5


@pytest.mark.django_db
def test_body_is_sanitised_whatever_path_saves_it():
    article = ArticleFactory(body='<p onclick="x()">Hi<script>alert(1)</script></p><a href="javascript:alert(1)">x</a>')
    article.refresh_from_db()
    assert "<script" not in article.body
    assert "onclick" not in article.body
    assert "javascript:" not in article.body
    assert "Hi" in article.body


@pytest.mark.django_db
def test_renaming_a_published_article_remembers_the_old_slug():
    article = ArticleFactory(slug="judul-lama")
    article.slug = "judul-baru"
    article.save()
    assert OldSlug.objects.get(slug="judul-lama").article == article


@pytest.mark.django_db
def test_renaming_a_draft_leaves_no_trace():
    article = ArticleFactory(slug="draf-lama", status=Status.DRAFT)
    article.slug = "draf-baru"
    article.save()
    assert not OldSlug.objects.exists()


@pytest.mark.django_db
def test_taking_back_an_old_slug_removes_the_redirect():
    article = ArticleFactory(slug="satu")
    article.slug = "dua"
    article.save()
    article.slug = "satu"
    article.save()
    assert list(OldSlug.objects.values_list("slug", flat=True)) == ["dua"]
