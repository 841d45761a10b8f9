from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Newsroom")

    def ready(self):
        from articles import groups, search, signals
        from articles.models import Article
        from articles.templatetags.articles import next_midnight
        from portal import cache, changes

        signals.connect()
        changes.reindex.connect(search.reindex_changed, dispatch_uid="articles-search")
        post_migrate.connect(groups.ensure_editorial_groups, sender=self, dispatch_uid="articles-groups")
        cache.register_schedule(lambda now: Article.objects.next_change(at=now))
        cache.register_schedule(next_midnight)  # cards say "Today, 14.05 WIB"
