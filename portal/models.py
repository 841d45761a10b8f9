from django.core.cache import cache
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

SITE_SETTINGS_CACHE_KEY = "portal:site-settings"


def english_name_field(max_length: int) -> models.CharField:
    """Return the `name_en` field of a model named in Indonesian that the English edition shows."""
    return models.CharField(
        _("English name"),
        max_length=max_length,
        blank=True,
        help_text=_("Shown on the English edition (/en/). Left empty, the Indonesian name is shown there too."),
    )


class EnglishNamed:
    """A model with an Indonesian `name` and an optional English `name_en` (see `english_name_field`)."""

    name: str
    name_en: str

    @property
    def display_name(self) -> str:
        """The name in the language being served: the English one on the English edition, when an editor gave it."""
        if self.name_en and translation.get_language() == "en":
            return self.name_en
        return self.name


class SiteSettings(models.Model):
    """The one row of site-wide settings editors can change in the admin."""

    site_name = models.CharField(_("site name"), max_length=80, default="Azura Portal")
    tagline = models.CharField(
        _("tagline"), max_length=160, blank=True, help_text=_("Shown under the site name and in search results.")
    )
    organisation_name = models.CharField(
        _("organisation name"), max_length=120, default="Azura Labs", help_text=_("The publisher, shown in the footer.")
    )
    address = models.TextField(_("address"), blank=True, help_text=_("Postal address shown in the footer."))
    email = models.EmailField(_("contact email"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return self.site_name

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)
        cache.delete(SITE_SETTINGS_CACHE_KEY)

    def delete(self, *args, **kwargs):
        cache.delete(SITE_SETTINGS_CACHE_KEY)
        return super().delete(*args, **kwargs)

    @classmethod
    def load(cls) -> "SiteSettings":
        """Return the site settings, from the cache when possible."""
        settings = cache.get(SITE_SETTINGS_CACHE_KEY)
        if settings is None:
            settings, _created = cls.objects.get_or_create(pk=1)
            cache.set(SITE_SETTINGS_CACHE_KEY, settings, None)
        return settings
