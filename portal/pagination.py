"""Pagination that stays cheap on long lists: cached counts and seek-based deep pages."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from portal.cache import kept

# A deep page skips at most this many rows, from a kept position (a "seek anchor") above it.
ANCHOR_EVERY = 600
NEWEST_FIRST = ("-published_at", "-pk")


class FastPaginator(Paginator):
    """A Paginator for large querysets.

    - The total is counted once per content generation (and never kept past the
      next scheduled publish), not with a COUNT(*) on every request.
    - A page first selects only the primary keys of its rows, then loads the rows
      and their prefetches.
    - On lists ordered newest first, a deep page does not skip every row above it.
      The (published_at, pk) of row n × ANCHOR_EVERY is found once per generation (by
      the first reader who goes that deep) and kept; the page then seeks to it with
      the index and skips fewer than ANCHOR_EVERY rows from there.
    """

    def __init__(self, *args, count_key: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key

    def _kept(self, name: str, compute):
        return kept(f"{name}:{self.count_key}", compute)

    @cached_property
    def count(self):
        if not self.count_key:
            return super().count
        return self._kept("count", lambda: Paginator.count.func(self))

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if top + self.orphans >= self.count:
            top = self.count
        ids = self.page_ids(bottom, top)
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids)}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)

    def page_ids(self, bottom: int, top: int) -> list[int]:
        """Return the primary keys of rows bottom..top (0-based, top excluded)."""
        ids = self.object_list.values_list("pk", flat=True)
        seekable = self.count_key and tuple(self.object_list.query.order_by) == NEWEST_FIRST
        if bottom < ANCHOR_EVERY or not seekable:
            return list(ids[bottom:top])
        start = bottom - bottom % ANCHOR_EVERY
        anchor = self._kept(
            f"seek-anchor:{start}", lambda: list(ids.values_list("published_at", "pk")[start : start + 1])
        )
        if not anchor:
            return []
        published_at, pk = anchor[0]
        # The anchor's range comes first in the WHERE clause, so SQLite seeks with it rather than
        # with published()'s own "published_at <= now" (PostgreSQL takes the tighter bound by itself).
        model = self.object_list.model
        from_anchor = model._default_manager.filter(published_at__lte=published_at).exclude(
            published_at=published_at, pk__gt=pk
        )
        skip = bottom - start
        return list((from_anchor & self.object_list).values_list("pk", flat=True)[skip : skip + top - bottom])
