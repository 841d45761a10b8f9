"""SQLite backend: an FTS5 table (rowid = article id; title, meta, body) ranked with bm25.

The table holds each word as its stem (see `stemming`), so snippets are cut from the
article's own text instead, around the words whose stems matched.
"""

from django.db import connection
from django.db.models.expressions import RawSQL

from articles.models import Article
from articles.search.hits import RankedHits
from articles.search.query import ParsedQuery, snippet
from articles.search.stemming import query_stems
from portal.text import plain_text

FTS_TABLE = "articles_search_fts"
# At most about twice this many matches are ranked; beyond it the page says "more than" this many.
CANDIDATE_LIMIT = 500
# Above this many full-text matches, the newest public ones are found by walking this index.
WALK_PUBLISHED_ABOVE = 2_000
PUBLISHED_INDEX = "article_published_idx"


def fts5_match(parsed: ParsedQuery) -> str:
    """Return an FTS5 MATCH expression: each word by its stems (quoted, so nothing is an operator),
    every word of a wording required, wordings OR-ed."""

    def word(term: str) -> str:
        stems = [f'"{stem}"' for stem in query_stems(term)]
        return stems[0] if len(stems) == 1 else "(" + " OR ".join(stems) + ")"

    return " OR ".join("(" + " AND ".join(word(term) for term in terms) + ")" for terms in parsed.variants)


class SqliteArticleHits(RankedHits):
    """Published articles matching the query, best first (see `RankedHits`).

    As on PostgreSQL (see `PostgresArticleHits`), only a bounded set of candidates is ranked:
    the newest CANDIDATE_LIMIT public matches in the title, the newest CANDIDATE_LIMIT in the
    title, summary, tags and authors, and the newest CANDIDATE_LIMIT + 1 anywhere. Title
    matches come first, then summary, tag and author matches, then body-only matches, each
    newest first. Snippets are cut from the articles' own text (the table holds stems).
    """

    def __init__(self, parsed: ParsedQuery, *, limit: int | None = None):
        super().__init__(parsed, limit=limit or CANDIDATE_LIMIT)
        self.match = fts5_match(parsed)

    def _rank(self) -> list[int]:
        # bm25 is not used here: FTS5 evaluates "MATCH … AND rowid IN (candidates)" once per
        # candidate (4 s for 500), and scoring every match is what made common words slow.
        matches = [f"{{title}} : ({self.match})", f"{{title meta}} : ({self.match})", self.match]
        count = f"(SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {', '.join([count] * len(matches))}", matches)
            counts = cursor.fetchone()
        limits = (self.limit, self.limit, self.limit + 1)
        in_title, in_meta, anywhere = (
            self._newest(match, limit, many=found > WALK_PUBLISHED_ABOVE) if found else []
            for match, limit, found in zip(matches, limits, counts, strict=True)
        )
        return list(dict.fromkeys([*in_title, *in_meta, *anywhere]))

    def _newest(self, match: str, limit: int, *, many: bool) -> list[int]:
        """Return the ids of the newest `limit` public articles matching `match`, newest first."""
        newest = (
            Article.objects.published()
            .filter(pk__in=RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match]))  # noqa: S608, S611
            .newest_first()
            .values_list("pk", flat=True)[:limit]
        )
        sql, params = newest.query.sql_with_params()
        if many:
            # Many matches: walk the published index newest first and stop at `limit` (SQLite would
            # otherwise look every match up by id and sort them all: 250 ms for a common word at 100k).
            table = connection.ops.quote_name(Article._meta.db_table)
            sql = sql.replace(f"FROM {table}", f"FROM {table} INDEXED BY {PUBLISHED_INDEX}", 1)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]

    def _snippets(self, ids: list[int]) -> dict[int, str]:
        """Return each article's snippet: the body around its first match, else the summary (a title or tag match)."""
        words = [term for terms in self.parsed.variants for term in terms]
        found = {}
        for row in Article.objects.filter(pk__in=ids).values("pk", "language", "summary", "body"):
            text = snippet(plain_text(row["body"]), words, row["language"]) or snippet(
                row["summary"], words, row["language"], always=True
            )
            found[row["pk"]] = str(text)
        return found
