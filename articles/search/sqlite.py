"""SQLite backend: an FTS5 table (rowid = article id; title, meta, body) ranked with bm25.

The table holds each word as its stem (see `stemming`), so snippets are cut from the
article's own text instead, around the words whose stems matched.
"""

from django.db import connection
from django.db.models.expressions import RawSQL

from articles.models import Article
from articles.search.query import ParsedQuery, snippet
from articles.search.stemming import query_stems
from portal.text import plain_text

FTS_TABLE = "articles_search_fts"
# bm25 weights per FTS5 column: title, meta (summary, tags, authors), body.
BM25_WEIGHTS = (10.0, 3.0, 1.0)


def fts5_match(parsed: ParsedQuery) -> str:
    """Return an FTS5 MATCH expression: each word by its stems (quoted, so nothing is an operator),
    every word of a wording required, wordings OR-ed."""

    def word(term: str) -> str:
        stems = [f'"{stem}"' for stem in query_stems(term)]
        return stems[0] if len(stems) == 1 else "(" + " OR ".join(stems) + ")"

    return " OR ".join("(" + " AND ".join(word(term) for term in terms) + ")" for terms in parsed.variants)


class SqliteArticleHits:
    """A sliceable, countable list of published articles matching the query, best first (for Paginator).

    FTS5 ranks the matches on its own (fast); which of them readers may see is then asked
    of `published()` by primary key. Filtering inside the FTS query instead made SQLite
    build the list of every published id for each search.
    """

    def __init__(self, parsed: ParsedQuery):
        self.parsed = parsed
        self.match = fts5_match(parsed)
        self.published = Article.objects.published()

    def _matching(self) -> RawSQL:
        return RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [self.match])  # noqa: S608, S611

    def count(self) -> int:
        return self.published.filter(pk__in=self._matching()).count()

    def __len__(self) -> int:
        return self.count()

    def _ranked_public_ids(self, stop: int) -> list[int]:
        """Return the ids of the best `stop` public matches, ranked by bm25 (title above body)."""
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        public: list[int] = []
        offset, batch = 0, max(stop * 2, 40)
        with connection.cursor() as cursor:
            while len(public) < stop:
                cursor.execute(
                    f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "  # noqa: S608
                    f"ORDER BY bm25({FTS_TABLE}, {weights}), rowid DESC LIMIT %s OFFSET %s",
                    [self.match, batch, offset],
                )
                ranked = [row[0] for row in cursor.fetchall()]
                visible = set(self.published.filter(pk__in=ranked).values_list("pk", flat=True))
                public += [pk for pk in ranked if pk in visible]
                if len(ranked) < batch:
                    break
                offset, batch = offset + batch, batch * 2
        return public[:stop]

    def __getitem__(self, bounds: slice) -> list:
        ids = self._ranked_public_ids(bounds.stop)[bounds.start : bounds.stop]
        if not ids:
            return []
        articles = Article.objects.published().for_listing().defer("search_vector", "search_title_vector").in_bulk(ids)
        words = [term for terms in self.parsed.variants for term in terms]
        hits = []
        for pk in ids:
            if pk in articles:
                article = articles[pk]
                # The body around the first match, else the summary (a title or tag match).
                article.snippet = snippet(plain_text(article.body), words, article.language) or snippet(
                    article.summary, words, article.language, always=True
                )
                hits.append(article)
        return hits
