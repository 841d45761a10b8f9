"""What both backends share: a bounded, ranked, paginable list of published articles."""

from django.utils.safestring import mark_safe

from articles.models import Article
from articles.search.query import ParsedQuery, query_digest
from portal.cache import kept


class RankedHits:
    """A sliceable, countable list of published articles matching the query, best first (for Paginator).

    A backend ranks a bounded set of candidates (`_rank`) and writes the snippets of a page
    (`_snippets`, escaped HTML); both are kept per content generation and query, since a story
    that spreads brings many readers to the same search. The page's rows always come through
    `published()`. When more than `limit` articles match, `more_than` says so and the count is
    that of the candidates.
    """

    def __init__(self, parsed: ParsedQuery, *, limit: int):
        self.parsed = parsed
        self.limit = limit
        self._ids: list[int] | None = None

    def _rank(self) -> list[int]:
        """Return the ids of the candidates, best first."""
        raise NotImplementedError

    def _snippets(self, ids: list[int]) -> dict[int, str]:
        """Return each article's snippet as escaped HTML, its matched words in <mark>."""
        raise NotImplementedError

    def ranked_ids(self) -> list[int]:
        if self._ids is None:
            self._ids = kept(f"search-ids:{self.limit}:{query_digest(self.parsed)}", self._rank)
        return self._ids

    @property
    def more_than(self) -> int | None:
        """Return the limit when more articles match than were ranked, else None (the count is exact)."""
        return self.limit if len(self.ranked_ids()) > self.limit else None

    def count(self) -> int:
        return len(self.ranked_ids())

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, bounds: slice) -> list[Article]:
        ids = self.ranked_ids()[bounds]
        if not ids:
            return []
        snippets = kept(
            f"search-snippets:{self.limit}:{query_digest(self.parsed)}:{bounds.start}:{bounds.stop}",
            lambda: self._snippets(ids),
        )
        articles = (
            Article.objects.published().for_listing().defer("body", "search_vector", "search_title_vector").in_bulk(ids)
        )
        hits = []
        for pk in ids:
            if pk in articles:
                article = articles[pk]
                article.snippet = mark_safe(snippets.get(pk, ""))  # noqa: S308 - escaped by the backend's _snippets
                hits.append(article)
        return hits
