"""Sitemaps: an index at /sitemap.xml over articles, sections, tags, authors, careers pages and Google News.

Every article list starts from `Article.objects.published()`. Each section costs a
constant number of queries (a count and one page of rows), however many items it has.
"""

from datetime import timedelta

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, Author, Category
from careers.models import Role, Skill

NEWS_WINDOW = timedelta(hours=48)
NEWS_TEMPLATE = "articles/sitemap_news.xml"


def _published_ids():
    return Article.objects.published().values("pk")


class ArticleSitemap(Sitemap):
    limit = 10_000

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at", "-pk")

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        # One aggregate instead of Django's default of calling lastmod() on every item.
        return Article.objects.published().aggregate(latest=Max("updated_at"))["latest"]


class GroupSitemap(Sitemap):
    """Sections, tags or authors that have at least one published article; lastmod = their newest change."""

    model = None
    articles_path = ""  # the lookup from the model to its articles

    def items(self):
        latest = Max(f"{self.articles_path}__updated_at", filter=Q(**{f"{self.articles_path}__in": _published_ids()}))
        return self.model.objects.annotate(latest_change=latest).filter(latest_change__isnull=False).order_by("pk")

    def lastmod(self, item):
        return item.latest_change

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(latest=Max("updated_at"))["latest"]


class CategorySitemap(GroupSitemap):
    model = Category
    articles_path = "articles"


class TagSitemap(GroupSitemap):
    model = Tag
    articles_path = "articles_taggedarticle_items__content_object"

    def location(self, tag):
        return reverse("articles:tag_detail", kwargs={"slug": tag.slug})


class AuthorSitemap(GroupSitemap):
    model = Author
    articles_path = "articles"


class CareersPagesSitemap(Sitemap):
    """The careers section's fixed pages (those whose views exist)."""

    url_names = ["careers:hub", "careers:skill_list", "careers:role_list", "careers:resource_list"]

    def items(self):
        urls = []
        for name in self.url_names:
            try:
                urls.append(reverse(name))
            except NoReverseMatch:
                continue
        return urls

    def location(self, url):
        return url


class SkillSitemap(Sitemap):
    def items(self):
        return Skill.objects.only("slug").order_by("pk")


class RoleSitemap(Sitemap):
    def items(self):
        return Role.objects.only("slug").order_by("pk")


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
    "careers": CareersPagesSitemap,
    "skills": SkillSitemap,
    "roles": RoleSitemap,
}


def sitemap_index(request):
    return sitemap_views.index(request, SITEMAPS, sitemap_url_name="sitemap_section")


def sitemap_section(request, section):
    """Return one section's sitemap; the news section has its own template with the news: namespace."""
    template_name = NEWS_TEMPLATE if section == "news" else "sitemap.xml"
    return sitemap_views.sitemap(request, SITEMAPS, section=section, template_name=template_name)
