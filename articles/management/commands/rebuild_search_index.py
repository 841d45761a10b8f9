"""Rebuild the full-text search index from scratch: `manage.py rebuild_search_index`."""

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from tqdm import tqdm

from articles import search
from articles.models import Article
from portal.cache import bump_content_generation


class Command(BaseCommand):
    help = "Rebuild the search index of every article (PostgreSQL tsvector or SQLite FTS5), with a progress bar."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500, help="Articles indexed per transaction.")

    def handle(self, *args, batch_size: int, **options):
        ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        batch_size = max(1, batch_size)
        # Entries are overwritten batch by batch, so search keeps working during a rebuild.
        search.remove_orphans()
        with tqdm(total=len(ids), desc="search index", unit="art", file=self.stdout) as bar:
            for start in range(0, len(ids), batch_size):
                with transaction.atomic():
                    bar.update(search.index_articles(ids[start : start + batch_size]))
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) VALUES ('optimize')")  # noqa: S608
        # Search results kept in the page cache came from the old index.
        bump_content_generation()
        self.stdout.write(self.style.SUCCESS(f"Indexed {len(ids)} articles ({connection.vendor})."))
