from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Site")

    def ready(self):
        from portal import cache, changes
        from portal.models import SiteSettings

        # Every committed change starts a new page-cache generation (after search re-indexed it).
        changes.content_changed.connect(cache.bump_on_change, dispatch_uid="portal-page-cache")
        changes.watch(SiteSettings)
        post_migrate.connect(_analyze_after_migrate, sender=self, dispatch_uid="portal-analyze")


def _analyze_after_migrate(sender, using="default", **kwargs):
    from portal.db import refresh_planner_statistics

    refresh_planner_statistics()
