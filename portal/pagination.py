"""Pagination that stays cheap on long lists: cached counts and index-only deep pages."""

from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.functional import cached_property

from portal.cache import content_generation, derived_cache_seconds


class FastPaginator(Paginator):
    """A Paginator for large querysets.

    - The total is counted once per content generation (and never kept past the
      next scheduled publish), not with a COUNT(*) on every request.
    - A page first selects only the primary keys of its rows, so skipping to a
      deep page walks the index alone, then loads the rows and their prefetches.
    """

    def __init__(self, *args, count_key: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        if not self.count_key:
            return super().count
        key = f"portal:count:{content_generation()}:{self.count_key}"
        total = cache.get(key)
        if total is None:
            total = super().count
            cache.set(key, total, derived_cache_seconds())
        return total

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids)}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)
