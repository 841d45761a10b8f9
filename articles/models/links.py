"""What hangs off an article: editors' related picks, old addresses and the workflow log."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models.article import Article, Status


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


class PreviewLinkQuerySet(models.QuerySet):
    def live(self, *, at=None):
        """Return the links that still open their article: not revoked, not expired (archiving revokes them)."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=at or timezone.now())


class PreviewLink(models.Model):
    """A shareable guest preview of one article: who made it, until when it works, and whether it was revoked.

    The link's address carries a signed id (articles.services.preview); deleting the article
    deletes its links, archiving it revokes them (articles.services.workflow).
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="preview_links")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("made by")
    )
    created_at = models.DateTimeField(_("made"), default=timezone.now)
    expires_at = models.DateTimeField(_("works until"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("revoked by")
    )

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["article", "revoked_at"], name="preview_link_article_live")]
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")

    def __str__(self):
        return f"{self.article} ({self.created_at:%Y-%m-%d %H:%M})"
