"""Signal receivers of the articles app (kept small; rules live in services)."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles.models import Category
from portal.templatetags.portal import NAV_SECTIONS_CACHE_KEY


@receiver([post_save, post_delete], sender=Category)
def forget_nav_sections(sender, **kwargs):
    cache.delete(NAV_SECTIONS_CACHE_KEY)
