"""RSS 2.0 and Atom feeds: valid, complete, published articles only, constant query count."""

from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from articles.feeds import FEED_SIZE
from articles.models import Status
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, ImageFactory

pytestmark = pytest.mark.django_db


def feed_urls(section, author):
    urls = ["/feed/", f"/categories/{section.slug}/feed/", "/tags/cloud/feed/", f"/authors/{author.slug}/feed/"]
    return urls + [f"{url}atom/" for url in urls] + ["/en/feed/", "/en/tags/cloud/feed/atom/"]


@pytest.fixture
def site():
    section = CategoryFactory(name="Karier", slug="karier")
    author = AuthorFactory(name="Sari Wulandari", slug="sari")
    article = ArticleFactory(
        title="Skill cloud 2026",
        summary="Ringkasan untuk pembaca feed.",
        body='<p>Isi <strong>lengkap</strong> dengan <a href="/articles/lain/">tautan</a>.</p>',
        category=section,
        authors=[author],
        tags=["cloud", "karier"],
        cover=ImageFactory(),
    )
    return section, author, article


def test_every_feed_parses_without_bozo_and_carries_the_fields(client, site):
    section, author, article = site
    for url in feed_urls(section, author):
        response = client.get(url)
        assert response.status_code == 200, url
        parsed = feedparser.parse(response.content)
        assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
        assert parsed.feed.title and parsed.feed.link
        (entry,) = parsed.entries
        assert entry.title == "Skill cloud 2026"
        assert entry.link == "http://testserver" + article.get_absolute_url()
        assert entry.summary == "Ringkasan untuk pembaca feed."
        assert "<strong>lengkap</strong>" in entry.content[0].value
        assert 'href="http://testserver/articles/lain/"' in entry.content[0].value  # absolute in a reader
        assert entry.author == "Sari Wulandari"
        assert entry.published_parsed[:5] == article.published_at.utctimetuple()[:5]
        assert {tag.term for tag in entry.tags} == {"Karier", "cloud", "karier"}
        (enclosure,) = entry.enclosures
        assert enclosure.href.startswith("http://testserver/media/images/")
        assert enclosure.type == "image/png" and int(enclosure.length) > 0


def test_feed_formats(client, site):
    assert client.get("/feed/")["Content-Type"].startswith("application/rss+xml")
    assert client.get("/feed/atom/")["Content-Type"].startswith("application/atom+xml")
    assert feedparser.parse(client.get("/feed/atom/").content).version == "atom10"
    assert feedparser.parse(client.get("/feed/").content).version == "rss20"


def test_feeds_never_show_unpublished_articles(client, site):
    section, author, _article = site
    now = timezone.now()
    hidden = [
        ArticleFactory(title="Draf", status=Status.DRAFT, published_at=None),
        ArticleFactory(title="Ditinjau", status=Status.REVIEW, published_at=None),
        ArticleFactory(title="Terjadwal", published_at=now + timedelta(hours=1)),
        ArticleFactory(title="Kedaluwarsa", expires_at=now - timedelta(minutes=1)),
        ArticleFactory(title="Arsip", status=Status.ARCHIVED),
    ]
    for article in hidden:
        article.category = section
        article.save()
        article.tags.add("cloud")
        article.authors.add(author, through_defaults={"order": 1})
    for url in feed_urls(section, author):
        titles = [entry.title for entry in feedparser.parse(client.get(url).content).entries]
        assert titles == ["Skill cloud 2026"], url


def test_site_feed_lists_the_latest_twenty_newest_first(client):
    now = timezone.now()
    for hours in range(FEED_SIZE + 3):
        ArticleFactory(title=f"Artikel {hours}", published_at=now - timedelta(hours=hours + 1))
    entries = feedparser.parse(client.get("/feed/").content).entries
    assert [entry.title for entry in entries] == [f"Artikel {hours}" for hours in range(FEED_SIZE)]


def test_subject_feeds_filter_and_unknown_subjects_are_404(client, site):
    section, _author, _article = site
    ArticleFactory(title="Di seksi lain")
    assert len(feedparser.parse(client.get(f"/categories/{section.slug}/feed/").content).entries) == 1
    assert len(feedparser.parse(client.get("/feed/").content).entries) == 2
    for url in ("/categories/tidak-ada/feed/", "/tags/tidak-ada/feed/atom/", "/authors/tidak-ada/feed/"):
        assert client.get(url).status_code == 404


def test_pages_with_feeds_announce_them(client, site):
    section, author, article = site
    pages = {
        "/": ["/feed/", "/feed/atom/"],
        article.get_absolute_url(): ["/feed/"],
        f"/categories/{section.slug}/": [f"/categories/{section.slug}/feed/", f"/categories/{section.slug}/feed/atom/"],
        "/tags/cloud/": ["/tags/cloud/feed/", "/tags/cloud/feed/atom/"],
        f"/authors/{author.slug}/": [f"/authors/{author.slug}/feed/", f"/authors/{author.slug}/feed/atom/"],
    }
    for page, feeds in pages.items():
        html = client.get(page).content.decode()
        for feed in feeds:
            kind = "atom" if feed.endswith("atom/") else "rss"
            assert f'<link rel="alternate" type="application/{kind}+xml"' in html
            assert f'href="{feed}"' in html, (page, feed)


@pytest.mark.parametrize("size", [1, FEED_SIZE])
def test_feed_query_count_does_not_grow(client, django_assert_max_num_queries, size):
    section = CategoryFactory(slug="ai")
    authors = [AuthorFactory(slug="a1"), AuthorFactory(slug="a2")]
    for _ in range(size):
        ArticleFactory(category=section, authors=authors, tags=["x", "y"], cover=ImageFactory())
    for url in ("/feed/", "/feed/atom/", "/categories/ai/feed/", "/tags/x/feed/", "/authors/a1/feed/atom/"):
        client.get(url)  # warm the per-process caches (site settings)
        with django_assert_max_num_queries(4):
            response = client.get(url)
        assert len(feedparser.parse(response.content).entries) == size
