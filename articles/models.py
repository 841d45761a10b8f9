import math
import re
import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from articles.sanitize import sanitize_html
from articles.validators import validate_image_file

WORDS_PER_MINUTE = 200


def image_upload_to(instance, filename: str) -> str:
    """Return a generated storage name; the uploader's file name is never used as a path."""
    suffix = PurePosixPath(filename).suffix.lower()
    if suffix not in {".jpg", ".jpeg", ".png", ".webp", ".gif"}:
        suffix = ".jpg"
    now = timezone.now()
    return f"images/{now:%Y/%m}/{uuid.uuid4().hex}{suffix}"


class Image(models.Model):
    """An image in the portal's own library: covers and pictures inside article bodies."""

    file = models.ImageField(
        _("file"),
        upload_to=image_upload_to,
        width_field="width",
        height_field="height",
        validators=[validate_image_file],
        help_text=_("A JPEG, PNG, WebP or GIF picture, at most 10 MB and 40 megapixels."),
    )
    width = models.PositiveIntegerField(_("width"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height"), editable=False, default=0)
    alt_text = models.CharField(
        _("alt text"),
        max_length=250,
        help_text=_("Describe what the picture shows for readers who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True, help_text=_("Photographer or source."))
    renditions = models.JSONField(_("renditions"), default=dict, blank=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return self.alt_text or self.file.name

    def save(self, *args, **kwargs):
        from articles.images import build_renditions

        super().save(*args, **kwargs)
        if self.file and self.renditions.get("source") != self.file.name:
            self.renditions = build_renditions(self.file)
            super().save(update_fields=["renditions"])

    @property
    def sources(self) -> list[dict]:
        """Return the <source> entries (type and srcset), best format first."""
        return [
            {"type": fmt["type"], "srcset": ", ".join(f"{url} {w}w" for w, url in fmt["sizes"])}
            for fmt in self.renditions.get("formats", [])
            if fmt["sizes"]
        ]

    @property
    def fallback_srcset(self) -> str:
        """Return the srcset of the original format, for the <img> itself."""
        sizes = self.renditions.get("fallback", [])
        return ", ".join(f"{url} {w}w" for w, url in sizes)

    @property
    def fallback_url(self) -> str:
        """Return a mid-sized rendition in the original format, or the original file."""
        sizes = self.renditions.get("fallback", [])
        if sizes:
            return sizes[min(1, len(sizes) - 1)][1]
        return self.file.url if self.file else ""


class Author(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    bio = models.TextField(_("bio"), blank=True)
    avatar = models.ForeignKey(
        Image, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("avatar")
    )
    is_team = models.BooleanField(
        _("team byline"),
        default=False,
        help_text=_("Tick for a shared byline such as “Azura Team”; it is shown as an organisation, not a person."),
    )
    website = models.URLField(_("website"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)
    x_handle = models.CharField(_("X (Twitter) handle"), max_length=30, blank=True, help_text=_("Without the @."))
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author_profile",
        verbose_name=_("login"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:author_detail", kwargs={"slug": self.slug})

    @property
    def same_as(self) -> list[str]:
        """Return the author's public profile links, for JSON-LD."""
        links = [self.website, self.linkedin]
        if self.x_handle:
            links.append(f"https://x.com/{self.x_handle}")
        return [link for link in links if link]


class Category(models.Model):
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower numbers come first in menus."))

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:category_detail", kwargs={"slug": self.slug})


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


class ArticleQuerySet(models.QuerySet):
    def published(self, *, at=None):
        """Return what readers may see: published, live at `at` (now) and not yet expired."""
        now = at or timezone.now()
        return self.filter(status=Status.PUBLISHED, published_at__lte=now).filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now)
        )

    def for_listing(self):
        """Return the rows with what an article card shows, in a constant number of queries."""
        return (
            self.select_related("category", "cover")
            .defer("search_vector", "search_title_vector")
            .prefetch_related(
                Prefetch("article_authors", queryset=ArticleAuthor.objects.select_related("author").order_by("order"))
            )
        )

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
    # Full-text index (PostgreSQL; GIN-indexed by migration). Kept current by articles/signals.py;
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

    def save(self, *args, **kwargs):
        # Sanitise on every path that stores a body (admin, services, importers, shell).
        self.body = sanitize_html(self.body)
        self.reading_time = reading_time_minutes(self.body)
        if self.pk:
            previous = Article.objects.filter(pk=self.pk).values("slug", "status").first()
            if previous and previous["slug"] != self.slug and previous["status"] == Status.PUBLISHED:
                OldSlug.objects.update_or_create(slug=previous["slug"], defaults={"article": self})
        super().save(*args, **kwargs)
        OldSlug.objects.filter(slug=self.slug).delete()

    def get_absolute_url(self):
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


class RelatedRead(models.Model):
    """An editor's pick for an article's "Baca Juga" block."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="related_from", verbose_name=_("related article")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "related"], name="unique_related_read"),
            models.CheckConstraint(condition=~Q(article=models.F("related")), name="related_read_not_self"),
        ]
        verbose_name = _("related read")
        verbose_name_plural = _("related reads")

    def __str__(self):
        return f"{self.article} → {self.related}"


class OldSlug(models.Model):
    """An address a published article used to have; it redirects (301) to the current one."""

    slug = models.SlugField(max_length=220, unique=True)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="old_slugs")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("old address")
        verbose_name_plural = _("old addresses")

    def __str__(self):
        return self.slug


class ArticleTransition(models.Model):
    """One step of the editorial workflow: who moved an article from which state to which, when and why."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(_("from"), max_length=10, choices=Status.choices)
    to_status = models.CharField(_("to"), max_length=10, choices=Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    note = models.TextField(_("note"), blank=True)
    published_at = models.DateTimeField(_("publish time"), null=True, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("workflow step")
        verbose_name_plural = _("workflow steps")

    def __str__(self):
        return f"{self.article}: {self.get_from_status_display()} → {self.get_to_status_display()}"
