"""FastPaginator: the same pages as Django's Paginator, with deep pages found by seeking."""

import re
from datetime import timedelta

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import services
from articles.models import Article, Status
from portal import pagination
from portal.pagination import FastPaginator
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(monkeypatch):
    monkeypatch.setattr(pagination, "ANCHOR_EVERY", 5)
    now = timezone.now().replace(microsecond=0)
    # Pairs of articles share a publish time, so the order within a second (by pk) matters too.
    for number in range(23):
        ArticleFactory(published_at=now - timedelta(hours=number // 2), tags=["ai"] if number % 3 else [])


def pages(paginator):
    return [[article.pk for article in paginator.page(number)] for number in paginator.page_range]


def test_every_page_matches_djangos_paginator(archive):
    newest = Article.objects.published().newest_first()
    assert pages(FastPaginator(newest, 3, count_key="archive")) == pages(Paginator(newest, 3))
    tagged = newest.filter(tags__name="ai")
    assert pages(FastPaginator(tagged, 2, count_key="tag-ai")) == pages(Paginator(tagged, 2))


def test_a_deep_page_skips_fewer_rows_than_an_anchor_step(archive):
    newest = Article.objects.published().newest_first()
    FastPaginator(newest, 3, count_key="archive").page(7)  # the first reader this deep finds the anchor
    with CaptureQueriesContext(connection) as captured:
        page = FastPaginator(newest, 3, count_key="archive").page(7)
    offsets = [int(found) for query in captured for found in re.findall(r"OFFSET (\d+)", query["sql"])]
    assert offsets and max(offsets) < pagination.ANCHOR_EVERY
    assert [a.pk for a in page] == [a.pk for a in Paginator(newest, 3).page(7)]


def test_pages_follow_new_content(archive, committed):
    newest = Article.objects.published().newest_first()
    pages(FastPaginator(newest, 3, count_key="archive"))
    draft = ArticleFactory(title="Paling baru", status=Status.DRAFT, published_at=None)
    with committed():
        services.article_publish(article=draft, by=None)
    assert pages(FastPaginator(newest, 3, count_key="archive")) == pages(Paginator(newest, 3))
