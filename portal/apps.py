from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Site")

    def ready(self):
        from portal import security, signals

        signals.connect()
        post_migrate.connect(_analyze_after_migrate, sender=self, dispatch_uid="portal-analyze")
        security.install_autocomplete_guard()


def _analyze_after_migrate(sender, using="default", **kwargs):
    from portal.db import refresh_planner_statistics

    refresh_planner_statistics()
