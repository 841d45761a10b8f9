"""RSS 2.0 and Atom feeds: the whole site and each section, tag and author (latest 20 published articles)."""

import mimetypes
import re
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from articles.models import Article, Author, Category
from portal.models import SiteSettings

FEED_SIZE = 20
# Root-relative addresses in the body (images, internal links) must be absolute in a feed reader.
_RELATIVE_URL = re.compile(r'(\s(?:src|href)=")/(?!/)')


class RssWithContentFeed(Rss201rev2Feed):
    """RSS 2.0 with the full body in <content:encoded>."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:content": "http://purl.org/rss/1.0/modules/content/"}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])


class AtomWithContentFeed(Atom1Feed):
    """Atom 1.0 with the full body in <content type="html">."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})


@dataclass
class FeedSource:
    """What one feed request is about: the subject (None for the whole site) and the site's base address."""

    subject: object
    base_url: str


class LatestArticlesFeed(Feed):
    feed_type = RssWithContentFeed

    # --- the channel -------------------------------------------------------------------------

    def get_object(self, request, *args, **kwargs):
        return FeedSource(subject=self.get_subject(**kwargs), base_url=request.build_absolute_uri("/").rstrip("/"))

    def get_subject(self, **kwargs):
        return None

    def title(self, obj):
        return f"{SiteSettings.load().site_name} – {self.subject_title(obj.subject)}"

    def subject_title(self, subject):
        return _("Latest articles")

    def link(self, obj):
        return reverse("articles:article_list")

    def description(self, obj):
        return _("The latest articles on AI, work and tech careers.")

    def subtitle(self, obj):
        return self.description(obj)

    def feed_copyright(self, obj):
        return f"© {SiteSettings.load().organisation_name}"

    # --- the items ---------------------------------------------------------------------------

    def items(self, obj):
        articles = self.filter_articles(Article.objects.published(), obj.subject)
        items = list(articles.for_listing().prefetch_related("tags").newest_first()[:FEED_SIZE])
        for article in items:
            article.feed_base_url = obj.base_url
        return items

    def filter_articles(self, queryset, subject):
        return queryset

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.byline_authors) or None

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_guid(self, item):
        # Stable across slug changes, so a renamed article is not a new item to subscribers.
        return f"urn:azura-portal:article:{item.pk}"

    item_guid_is_permalink = False

    def item_categories(self, item):
        return [item.category.name, *(tag.name for tag in item.tags.all())]

    def item_enclosures(self, item):
        cover = item.cover
        if not cover or not cover.file:
            return []
        try:
            length = cover.file.size
        except OSError:
            return []
        mime_type = mimetypes.guess_type(cover.file.name)[0] or "image/jpeg"
        return [Enclosure(item.feed_base_url + cover.file.url, str(length), mime_type)]

    def item_extra_kwargs(self, item):
        return {"content": _RELATIVE_URL.sub(rf"\1{item.feed_base_url}/", item.body)}


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = AtomWithContentFeed


class CategoryFeed(LatestArticlesFeed):
    def get_subject(self, slug):
        return get_object_or_404(Category, slug=slug)

    def subject_title(self, subject):
        return subject.display_name

    def link(self, obj):
        return obj.subject.get_absolute_url()

    def description(self, obj):
        return obj.subject.description or _("The latest articles in %(section)s.") % {
            "section": obj.subject.display_name
        }

    def filter_articles(self, queryset, subject):
        return queryset.filter(category=subject)


class CategoryAtomFeed(CategoryFeed):
    feed_type = AtomWithContentFeed


class TagFeed(LatestArticlesFeed):
    def get_subject(self, slug):
        return get_object_or_404(Tag, slug=slug)

    def subject_title(self, subject):
        return _("Topic: %(name)s") % {"name": subject.name}

    def link(self, obj):
        return reverse("articles:tag_detail", kwargs={"slug": obj.subject.slug})

    def description(self, obj):
        return _("Articles about %(name)s: news and analysis on AI, work and tech careers.") % {
            "name": obj.subject.name
        }

    def filter_articles(self, queryset, subject):
        return queryset.filter(tags=subject)


class TagAtomFeed(TagFeed):
    feed_type = AtomWithContentFeed


class AuthorFeed(LatestArticlesFeed):
    def get_subject(self, slug):
        return get_object_or_404(Author, slug=slug)

    def subject_title(self, subject):
        return subject.name

    def link(self, obj):
        return obj.subject.get_absolute_url()

    def description(self, obj):
        return _("Articles by %(name)s") % {"name": obj.subject.name}

    def filter_articles(self, queryset, subject):
        return queryset.filter(authors=subject)


class AuthorAtomFeed(AuthorFeed):
    feed_type = AtomWithContentFeed
