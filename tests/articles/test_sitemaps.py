"""Sitemap index, its sections, the Google News sitemap and robots.txt."""

from datetime import timedelta

import pytest
from django.utils import timezone
from lxml import etree

from articles.models import Status
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, RoleFactory, SkillFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "news": "http://www.google.com/schemas/sitemap-news/0.9"}
SECTIONS = ["articles", "news", "sections", "tags", "authors", "careers", "skills", "roles"]


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def all_locations(client) -> set[str]:
    index = parse(client.get("/sitemap.xml"))
    locations = set()
    for loc in index.xpath("//sm:sitemap/sm:loc/text()", namespaces=NS):
        locations |= set(parse(client.get(loc)).xpath("//sm:url/sm:loc/text()", namespaces=NS))
    return locations


@pytest.fixture
def site():
    now = timezone.now()
    shown = CategoryFactory(slug="karier")
    only_drafts = CategoryFactory(slug="kosong")
    writer, drafter = AuthorFactory(slug="sari"), AuthorFactory(slug="dina")
    published = ArticleFactory(slug="terbit", category=shown, authors=[writer], tags=["cloud"])
    old = ArticleFactory(slug="lama", category=shown, authors=[writer], published_at=now - timedelta(days=5))
    hidden = [
        ArticleFactory(slug="draf", status=Status.DRAFT, published_at=None, tags=["rahasia"]),
        ArticleFactory(slug="ditinjau", status=Status.REVIEW, published_at=None),
        ArticleFactory(slug="terjadwal", published_at=now + timedelta(hours=1)),
        ArticleFactory(slug="kedaluwarsa", expires_at=now - timedelta(minutes=1)),
        ArticleFactory(slug="arsip", status=Status.ARCHIVED),
    ]
    for article in hidden:
        article.category = only_drafts
        article.save()
        article.authors.set([drafter])
    SkillFactory(slug="data-analysis")
    RoleFactory(slug="data-analyst")
    return published, old, hidden


def test_index_lists_every_section(client, site):
    index = parse(client.get("/sitemap.xml"))
    assert index.tag == f"{{{NS['sm']}}}sitemapindex"
    locations = index.xpath("//sm:sitemap/sm:loc/text()", namespaces=NS)
    assert locations == [f"http://testserver/sitemap-{section}.xml" for section in SECTIONS]
    assert index.xpath("//sm:sitemap[1]/sm:lastmod/text()", namespaces=NS)


def test_sitemaps_list_published_pages_only(client, site):
    published, old, hidden = site
    urls = {url.removeprefix("http://testserver") for url in all_locations(client)}
    assert {published.get_absolute_url(), old.get_absolute_url()} <= urls
    assert {"/categories/karier/", "/tags/cloud/", "/authors/sari/"} <= urls
    assert {"/careers/", "/careers/skills/data-analysis/", "/careers/roles/data-analyst/"} <= urls
    for article in hidden:
        assert article.get_absolute_url() not in urls
    # Sections, tags and authors with nothing public are not listed either.
    assert not {"/categories/kosong/", "/tags/rahasia/", "/authors/dina/"} & urls


def test_article_entries_have_lastmod(client, site):
    published, _old, _hidden = site
    root = parse(client.get("/sitemap-articles.xml"))
    (lastmod,) = root.xpath(
        f"//sm:url[sm:loc='http://testserver{published.get_absolute_url()}']/sm:lastmod/text()", namespaces=NS
    )
    assert lastmod == timezone.localtime(published.updated_at).date().isoformat()


def test_news_sitemap_has_the_last_48_hours(client, site):
    published, _old, _hidden = site  # `_old` is five days old: not news
    root = parse(client.get("/sitemap-news.xml"))
    assert root.xpath("//sm:url/sm:loc/text()", namespaces=NS) == [f"http://testserver{published.get_absolute_url()}"]
    (news,) = root.xpath("//sm:url/news:news", namespaces=NS)
    assert news.xpath("news:publication/news:name/text()", namespaces=NS) == ["Azura Portal"]
    assert news.xpath("news:publication/news:language/text()", namespaces=NS) == ["id"]
    assert news.xpath("news:title/text()", namespaces=NS) == [published.title]
    assert news.xpath("news:publication_date/text()", namespaces=NS)


def test_unknown_section_is_404(client):
    assert client.get("/sitemap-rahasia.xml").status_code == 404


@pytest.mark.parametrize("size", [1, 30])
def test_sitemap_query_count_does_not_grow(client, django_assert_max_num_queries, size):
    section, author = CategoryFactory(), AuthorFactory()
    for number in range(size):
        ArticleFactory(category=section, authors=[author], tags=[f"tag-{number}"])
        SkillFactory()
    client.get("/sitemap.xml")  # warm the per-process caches (site settings)
    with django_assert_max_num_queries(12):
        client.get("/sitemap.xml")
    for name in SECTIONS:
        with django_assert_max_num_queries(3):
            client.get(f"/sitemap-{name}.xml")


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/preview/", "/search/", "/en/preview/", "/en/search/"):
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the site itself stays crawlable
