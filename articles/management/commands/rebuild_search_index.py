"""Rebuild the full-text search index from scratch: `manage.py rebuild_search_index`."""

import sys

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from articles import search
from articles.models import Article


class Command(BaseCommand):
    help = "Rebuild the search index of every article (PostgreSQL tsvector or SQLite FTS5), with a progress bar."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500, help="Articles indexed per transaction.")

    def handle(self, *args, batch_size: int, **options):
        ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        total = len(ids)
        bar = ProgressBar(total, stream=self.stdout, interactive=sys.stdout.isatty())
        # Entries are overwritten batch by batch, so search keeps working during a rebuild.
        search.remove_orphans()
        for start in range(0, total, max(1, batch_size)):
            with transaction.atomic():
                bar.advance(search.index_articles(ids[start : start + batch_size]))
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) VALUES ('optimize')")  # noqa: S608
        bar.finish()
        self.stdout.write(self.style.SUCCESS(f"Indexed {total} articles ({connection.vendor})."))


class ProgressBar:
    """A one-line text progress bar; on a non-terminal it prints one line per tenth instead."""

    width = 30

    def __init__(self, total: int, *, stream, interactive: bool):
        self.total, self.done, self.stream, self.interactive = total, 0, stream, interactive
        self._last_tenth = -1

    def advance(self, count: int) -> None:
        self.done += count
        if self.interactive:
            self.stream.write(f"\r{self._line()}", ending="")
            self.stream.flush()
            return
        tenth = self.done * 10 // self.total if self.total else 10
        if tenth != self._last_tenth:
            self._last_tenth = tenth
            self.stream.write(self._line())

    def finish(self) -> None:
        if self.interactive:
            self.stream.write("")

    def _line(self) -> str:
        fraction = self.done / self.total if self.total else 1
        filled = int(self.width * fraction)
        return f"[{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total} ({fraction:.0%})"
