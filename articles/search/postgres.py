"""PostgreSQL backend: weighted tsvectors on the article row (GIN-indexed), a bounded set ranked by ts_rank."""

from collections.abc import Iterable

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchQueryField
from django.db import connection
from django.db.models import Case, F, Func, TextField, Value, When
from django.db.models.functions import Concat, Left

from articles.models import Article
from articles.search.hits import RankedHits
from articles.search.query import MARK_END, MARK_START, SNIPPET_WORDS, ParsedQuery, marked_html

TEXT_SEARCH_CONFIGS = {"id": "indonesian", "en": "english"}
DEFAULT_CONFIG = "indonesian"
# At most about twice this many matches are ranked (see PostgresArticleHits); beyond it the
# page says "more than" this many articles instead of an exact count.
CANDIDATE_LIMIT = 500
# Characters of the body (after the summary) that ts_headline looks through for a snippet.
SNIPPET_SOURCE_CHARS = 3000
# ts_rank weights in D, C, B, A order: a title match outranks any number of body matches.
RANK_WEIGHTS = [0.0, 0.1, 0.3, 1.0]


def _language_config():
    """Return the text-search configuration of each article row's language."""
    return Case(
        *[When(language=code, then=Value(config)) for code, config in TEXT_SEARCH_CONFIGS.items()],
        default=Value(DEFAULT_CONFIG),
        output_field=TextField(),
    )


class WordingsQuery(SearchQuery):
    """A tsquery written as SQL once: every wording parsed with every given configuration, OR-ed.

    Django's combined SearchQuery is a tree of one node per wording and configuration, and a
    search uses the query in four places: compiling those trees cost more than some of the
    database queries themselves.
    """

    def __init__(self, parsed: ParsedQuery, configs: Iterable[str]):
        super().__init__("")
        parts, self.query_params = [], []
        for terms in parsed.variants:
            for config in dict.fromkeys(configs):
                parts.append("plainto_tsquery(%s::regconfig, %s)")
                self.query_params += [config, " ".join(terms)]
        self.query_sql = "(" + " || ".join(parts) + ")"

    def as_sql(self, compiler, connection, function=None, template=None):
        return self.query_sql, list(self.query_params)


def postgres_query(parsed: ParsedQuery, configs: Iterable[str] | None = None) -> SearchQuery:
    """Return one tsquery: each wording parsed with each of `configs` (default: every language's), OR-ed.

    One constant tsquery (not one per row's language) lets PostgreSQL use the GIN index.
    """
    return WordingsQuery(parsed, configs or TEXT_SEARCH_CONFIGS.values())


def _language_query(parsed: ParsedQuery) -> Case:
    """Return, per row, the query parsed with the configuration of the row's language (for ts_headline).

    The snippet's text is parsed with that configuration, so the other language's wordings add
    nothing but time: ts_headline slows down much faster than the query grows.
    """
    return Case(
        *[When(language=code, then=postgres_query(parsed, [config])) for code, config in TEXT_SEARCH_CONFIGS.items()],
        default=postgres_query(parsed, [DEFAULT_CONFIG]),
        output_field=SearchQueryField(),
    )


class PostgresArticleHits(RankedHits):
    """Published articles matching the query, best first (see `RankedHits`).

    Ranking every match is what made common words slow (a `ts_rank` over tens of thousands
    of body-sized vectors, and a count of them all), so only a bounded set of candidates is
    ranked: the newest CANDIDATE_LIMIT matches of the small title-and-meta vector and the
    newest CANDIDATE_LIMIT + 1 matches of the full vector, both taken from `published()`.
    For a common word PostgreSQL walks the published index newest first and stops early;
    for a rare one it reads the GIN index. The candidates are ranked by `ts_rank` on the
    small vector (title above summary, tags and authors; body-only matches after them),
    ties newest first, in one query; the page's rows and snippets come in a second.

    Every title match is in the full vector too, so while the full vector has no more than
    CANDIDATE_LIMIT public matches the candidates are exactly the matches; when there are
    more, `more_than` says so and the count is that of the candidates.
    """

    def __init__(self, parsed: ParsedQuery, *, limit: int | None = None):
        super().__init__(parsed, limit=limit or CANDIDATE_LIMIT)
        self.query = postgres_query(parsed)

    def _rank(self) -> list[int]:
        def newest(vector: str, limit: int) -> tuple[str, tuple]:
            matches = Article.objects.published().filter(**{vector: self.query}).order_by("-published_at", "-pk")
            return matches.values_list("pk", "published_at", "search_title_vector")[:limit].query.sql_with_params()

        (titles_sql, titles_params), (all_sql, all_params) = (
            newest("search_title_vector", self.limit),
            newest("search_vector", self.limit + 1),
        )
        # The candidates carry their small vector: ranking them reads no row a second time.
        # An article in both lists comes twice; the first is kept.
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT c.id FROM (({titles_sql}) UNION ALL ({all_sql})) AS c(id, published_at, small) "  # noqa: S608 (SQL from the ORM and this module, values as parameters)
                f"ORDER BY ts_rank(%s::float4[], c.small, {self.query.query_sql}) DESC NULLS LAST, "
                "c.published_at DESC, c.id DESC",
                [*titles_params, *all_params, RANK_WEIGHTS, *self.query.query_params],
            )
            return list(dict.fromkeys(row[0] for row in cursor.fetchall()))

    def _snippets(self, ids: list[int]) -> dict[int, str]:
        """Return each article's ts_headline (the opening of its summary and body, in its language), marked."""
        body_text = Func(
            F("body"), Value("<[^>]*>"), Value(" "), Value("g"), function="regexp_replace", output_field=TextField()
        )
        rows = Article.objects.filter(pk__in=ids).annotate(
            headline=SearchHeadline(
                # The opening of the text is enough for a snippet; ts_headline's cost grows with length.
                Concat(F("summary"), Value(" "), Left(body_text, SNIPPET_SOURCE_CHARS), output_field=TextField()),
                _language_query(self.parsed),
                config=_language_config(),
                start_sel=MARK_START,
                stop_sel=MARK_END,
                max_words=SNIPPET_WORDS + 10,
                min_words=SNIPPET_WORDS - 10,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        return {pk: str(marked_html(headline)) for pk, headline in rows.values_list("pk", "headline")}
