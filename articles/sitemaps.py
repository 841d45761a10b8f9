"""Sitemaps: an index at /sitemap.xml over articles, sections, tags, authors, careers pages and Google News.

Every article list starts from `Article.objects.published()`. Each section costs a
constant number of queries (a count and one page of rows), however many items it has.
"""

from datetime import timedelta

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Exists, Max, OuterRef
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, Author, Category
from careers import sitemaps as careers_sitemaps
from portal.cache import kept
from portal.pagination import FastPaginator

NEWS_WINDOW = timedelta(hours=48)
NEWS_TEMPLATE = "articles/sitemap_news.xml"


def latest_article_change():
    """Return when a published article last changed (one aggregate, kept per content generation)."""

    def newest():
        return Article.objects.published().aggregate(latest=Max("updated_at"))["latest"] or False  # kept: not None

    return kept("sitemap-lastmod", newest) or None


class ArticleSitemap(Sitemap):
    # Rendering Django's sitemap template costs about 0.1 ms a URL: 2,000 a page keeps each page
    # near 250 ms to build (once per content generation, then from the page cache).
    limit = 2_000

    def items(self):
        return Article.objects.published().only("slug", "language", "updated_at").order_by("-published_at", "-pk")

    def location(self, article):
        return article.get_canonical_url()

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        # One aggregate instead of Django's default of calling lastmod() on every item.
        return latest_article_change()

    @property
    def paginator(self):
        # The archive's paginator: a kept count, and deep pages that seek instead of skipping rows.
        return FastPaginator(self._items(), self.limit, count_key="sitemap-articles")


class GroupSitemap(Sitemap):
    """Sections, tags or authors that have at least one published article.

    Membership is one EXISTS probe per group. There is no per-group lastmod: finding each
    group's newest change reads every article link (6 s for 2,000 tags at 100k articles).
    """

    model = None
    articles_path = ""  # the lookup from an article to the group

    def items(self):
        has_published = Article.objects.published().filter(**{self.articles_path: OuterRef("pk")})
        return self.model.objects.filter(Exists(has_published)).order_by("pk")

    def get_latest_lastmod(self):
        return latest_article_change()


class CategorySitemap(GroupSitemap):
    model = Category
    articles_path = "category"


class TagSitemap(GroupSitemap):
    model = Tag
    articles_path = "tagged_items__tag"

    def location(self, tag):
        return reverse("articles:tag_detail", kwargs={"slug": tag.slug})


class AuthorSitemap(GroupSitemap):
    model = Author
    articles_path = "article_authors__author"


class NewsSitemap(Sitemap):
    """Google News: articles published in the last 48 hours (rendered with NEWS_TEMPLATE)."""

    limit = 1000  # Google News reads at most 1,000 URLs per sitemap

    def items(self):
        now = timezone.now()
        return (
            Article.objects.published(at=now)
            .filter(published_at__gte=now - NEWS_WINDOW)
            .only("slug", "title", "language", "published_at", "updated_at")
            .order_by("-published_at", "-pk")
        )

    def location(self, article):
        return article.get_canonical_url()

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


SITEMAPS = {
    "articles": ArticleSitemap,
    "news": NewsSitemap,
    "sections": CategorySitemap,
    "tags": TagSitemap,
    "authors": AuthorSitemap,
    **careers_sitemaps.SITEMAPS,
}


def sitemap_index(request):
    return sitemap_views.index(request, SITEMAPS, sitemap_url_name="sitemap_section")


def sitemap_section(request, section):
    """Return one section's sitemap; the news section has its own template with the news: namespace."""
    template_name = NEWS_TEMPLATE if section == "news" else "sitemap.xml"
    return sitemap_views.sitemap(request, SITEMAPS, section=section, template_name=template_name)
