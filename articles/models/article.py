"""Articles: states, the QuerySet with the one definition of "published", revisions and bylines."""

import math
import re

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Min, Prefetch, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from articles.models.library import Author, Category, Image

WORDS_PER_MINUTE = 200


class TaggedArticle(TaggedItemBase):
    content_object = models.ForeignKey("Article", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("tag link")
        verbose_name_plural = _("tag links")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class Language(models.TextChoices):
    INDONESIAN = "id", _("Indonesian")
    ENGLISH = "en", _("English")


def byline_prefetch() -> Prefetch:
    """The ordered byline of articles, with its authors (for `with_bylines` and lists already loaded)."""
    return Prefetch("article_authors", queryset=ArticleAuthor.objects.select_related("author").order_by("order"))


class ArticleQuerySet(models.QuerySet):
    def published(self, *, at=None):
        """Return what readers may see: published, live at `at` (now) and not yet expired."""
        now = at or timezone.now()
        return self.filter(status=Status.PUBLISHED, published_at__lte=now).filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now)
        )

    def scheduled(self, *, at=None):
        """Return the articles set to appear later by themselves (published, publish time still to come)."""
        return self.filter(status=Status.PUBLISHED, published_at__gt=at or timezone.now())

    def expired(self, *, at=None):
        """Return the published articles whose unpublish time has passed (off the site by themselves)."""
        return self.filter(status=Status.PUBLISHED, expires_at__lte=at or timezone.now())

    def next_change(self, *, at=None):
        """Return when the site changes by itself next (a scheduled publish or expiry), or None."""
        now = at or timezone.now()
        upcoming = self.filter(status=Status.PUBLISHED).aggregate(
            publish=Min("published_at", filter=Q(published_at__gt=now)),
            expire=Min("expires_at", filter=Q(expires_at__gt=now)),
        )
        return min((moment for moment in upcoming.values() if moment is not None), default=None)

    def with_bylines(self):
        """Return the rows with their bylines, in order, loaded in one more query."""
        return self.prefetch_related(byline_prefetch())

    def for_listing(self):
        """Return the rows with what an article card shows, in a constant number of queries."""
        return self.select_related("category", "cover").defer("search_vector", "search_title_vector").with_bylines()

    def for_detail(self):
        """Return the rows with everything an article page shows."""
        return (
            self.select_related("category", "cover")
            .defer("search_vector", "search_title_vector")
            .prefetch_related(
                "tags",
                Prefetch(
                    "article_authors",
                    queryset=ArticleAuthor.objects.select_related("author", "author__avatar").order_by("order"),
                ),
            )
        )

    def newest_first(self):
        return self.order_by("-published_at", "-pk")


class ArticleRevisionBase(models.Model):
    """Extra columns on each stored revision: simple_history does not follow tags or bylines."""

    tag_names = models.TextField(_("tags"), blank=True, default="")
    author_names = models.TextField(_("authors"), blank=True, default="")

    class Meta:
        abstract = True


class Article(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=220, unique=True, help_text=_("The article's address. Old addresses keep working.")
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        validators=[MaxLengthValidator(400)],
        help_text=_("One or two sentences under the headline; also used in lists and search results."),
    )
    body = models.TextField(_("body"), blank=True)
    cover = models.ForeignKey(
        Image,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cover_of",
        verbose_name=_("cover image"),
    )
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="articles", verbose_name=_("section"))
    tags = TaggableManager(_("tags"), through=TaggedArticle, blank=True)
    authors = models.ManyToManyField(
        Author, through="ArticleAuthor", related_name="articles", verbose_name=_("authors")
    )
    related = models.ManyToManyField(
        "self",
        through="RelatedRead",
        symmetrical=False,
        related_name="picked_by",
        blank=True,
        verbose_name=_("related reads"),
    )
    skills = models.ManyToManyField("careers.Skill", blank=True, related_name="articles", verbose_name=_("skills"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publish time"),
        null=True,
        blank=True,
        help_text=_("A time in the future schedules the article; it appears by itself at that time."),
    )
    expires_at = models.DateTimeField(
        _("unpublish time"),
        null=True,
        blank=True,
        help_text=_("Optional: the article disappears from the site by itself at this time."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    featured = models.BooleanField(_("featured"), default=False, help_text=_("Featured articles lead the home page."))
    language = models.CharField(_("language"), max_length=2, choices=Language.choices, default=Language.INDONESIAN)
    seo_title = models.CharField(
        _("SEO title"),
        max_length=70,
        blank=True,
        help_text=_("Up to 60 characters for search results; the title is used when empty."),
    )
    seo_description = models.CharField(
        _("SEO description"),
        max_length=170,
        blank=True,
        help_text=_("Up to 160 characters for search results; the summary is used when empty."),
    )
    inline_related_after = models.PositiveSmallIntegerField(
        _("related read after paragraph"),
        null=True,
        blank=True,
        help_text=_("Show the first related read inside the body after this paragraph. Leave empty for none."),
    )
    reading_time = models.PositiveSmallIntegerField(_("reading time (minutes)"), default=1, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("created by"),
    )
    # Full-text index (PostgreSQL; GIN-indexed by migration). Kept current by articles.search, which
    # listens to portal.changes;
    # SQLite keeps its FTS5 table instead and leaves this empty. See articles/search.py.
    search_vector = SearchVectorField(null=True, editable=False)
    # The title and meta part of `search_vector` alone (A and B, no body): small enough to rank
    # the candidates of a search quickly. Written together with `search_vector`.
    search_title_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["reading_time", "updated_at", "created_at", "search_vector", "search_title_vector"],
        bases=[ArticleRevisionBase],
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [
            ("publish_article", _("Can publish, schedule, unpublish and archive articles")),
            ("edit_any_article", _("Can edit every article, whatever its state or author")),
        ]
        indexes = [
            # Covering `published()` (status, publish time, expiry): lists, deep pages and the
            # search filter read the index alone.
            models.Index(fields=["status", "-published_at", "expires_at"], name="article_published_idx"),
            models.Index(fields=["category", "status", "-published_at", "expires_at"], name="article_section_idx"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        """The article's address in the interface language being served (links stay in the reader's edition)."""
        return reverse("articles:article_detail", kwargs={"slug": self.slug})

    def get_canonical_url(self):
        """The article's address in its own language: the one search engines index and others link to.

        An Indonesian story has no English version, so its /en/ address names the Indonesian one as canonical.
        """
        with translation.override(self.language):
            return reverse("articles:article_detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        """Return True when readers can see the article now (the twin of `published()`)."""
        now = timezone.now()
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= now
            and (self.expires_at is None or self.expires_at > now)
        )

    @property
    def is_scheduled(self) -> bool:
        return self.status == Status.PUBLISHED and self.published_at is not None and self.published_at > timezone.now()

    @property
    def byline_authors(self) -> list["Author"]:
        """Return the authors in byline order (uses the prefetch from `for_listing`)."""
        return [link.author for link in self.article_authors.all()]

    @property
    def was_updated(self) -> bool:
        """Return True when the article was edited noticeably after it was published."""
        return bool(self.published_at and self.updated_at - self.published_at > timezone.timedelta(minutes=30))

    @property
    def meta_title(self) -> str:
        return self.seo_title or self.title

    @property
    def meta_description(self) -> str:
        return self.seo_description or self.summary


def reading_time_minutes(html: str) -> int:
    """Return the minutes an average reader needs for the body (at least 1)."""
    words = len(re.findall(r"\w+", strip_tags(html)))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


class ArticleAuthor(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="article_links", verbose_name=_("author"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [models.UniqueConstraint(fields=["article", "author"], name="unique_article_author")]
        verbose_name = _("byline")
        verbose_name_plural = _("byline")

    def __str__(self):
        return f"{self.author} – {self.article}"
