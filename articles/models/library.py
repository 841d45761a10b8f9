"""The newsroom's library: pictures, authors and sections."""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.validators import validate_image_file
from portal.models import EnglishNamed, english_name_field


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
        from articles.images import build_renditions, strip_metadata

        super().save(*args, **kwargs)
        if self.file and self.renditions.get("source") != self.file.name:
            # A new file: published without its metadata, then rendered in every size once.
            self.width, self.height = strip_metadata(self.file)
            self.renditions = build_renditions(self.file)
            super().save(update_fields=["width", "height", "renditions"])

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


class Category(EnglishNamed, models.Model):
    name = models.CharField(_("name"), max_length=80, unique=True)
    name_en = english_name_field(max_length=80)
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
