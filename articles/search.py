"""Full-text search over published articles, plus skills, roles and resources.

One interface, `search(query, page=…)`, with two backends chosen by the database
in use:

- PostgreSQL: `Article.search_vector`, a weighted tsvector (A title, B summary,
  tags and authors, C body) built with the text-search configuration of the
  article's language and GIN-indexed, and `Article.search_title_vector`, its A
  and B part alone. Only a bounded set of the newest matches is ranked (see
  `PostgresArticleHits`), with `ts_rank` on the small vector; snippets from
  `ts_headline`. Past that bound the page says "more than N articles".
- SQLite: an FTS5 table (`articles_search_fts`, rowid = article id) with the
  same three columns; ranked with `bm25`, snippets from `snippet()`.

The index holds every article, whatever its state: an article scheduled for
later becomes public by time alone, so visibility is always decided at query
time by `Article.objects.published()`. Skill aliases widen the query, so
"analisis data" also finds "data analysis".
"""

import html
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from hashlib import md5

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchQueryField
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Page, Paginator
from django.db import connection, transaction
from django.db.models import Case, F, Func, IntegerField, Q, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat, Left
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from careers.models import Resource, Role, Skill, fold
from portal.cache import bump_content_generation, kept

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200  # characters kept from what the reader typed
MAX_TERMS = 12  # words kept from the query
MAX_VARIANTS = 6  # alternative wordings added from skill aliases
ARTICLES_PER_PAGE = 10
# PostgreSQL ranks at most about twice this many matches (see PostgresArticleHits); beyond it the
# page says "more than" this many articles instead of an exact count.
CANDIDATE_LIMIT = 500
CAREERS_LIMIT = 5  # skills, roles and resources shown (on the first page only)
SNIPPET_WORDS = 24
# Characters of the body (after the summary) that PostgreSQL's ts_headline looks through for a snippet.
SNIPPET_SOURCE_CHARS = 3000

FTS_TABLE = "articles_search_fts"
TEXT_SEARCH_CONFIGS = {"id": "indonesian", "en": "english"}
DEFAULT_CONFIG = "indonesian"
# Words with a special meaning in FTS5 and search-box syntax; dropped when typed in capitals.
OPERATORS = {"AND", "OR", "NOT", "NEAR"}
# Private-use characters mark highlights in database output; everything else is escaped.
MARK_START, MARK_END = "\ue000", "\ue001"
_MARKERS = re.compile(f"[{MARK_START}{MARK_END}]")
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")
# PostgreSQL ts_rank weights in D, C, B, A order: a title match outranks any number of body matches.
RANK_WEIGHTS = [0.0, 0.1, 0.3, 1.0]
# SQLite bm25 weights per FTS5 column: title, meta (summary, tags, authors), body.
BM25_WEIGHTS = (10.0, 3.0, 1.0)


# --- the query --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedQuery:
    """What the reader typed, cut down to safe words, with alternative wordings from skill aliases."""

    text: str
    variants: tuple[tuple[str, ...], ...] = ()
    message: str = ""

    @property
    def terms(self) -> tuple[str, ...]:
        return self.variants[0] if self.variants else ()

    def __bool__(self) -> bool:
        return bool(self.variants)


def words(text: str) -> tuple[str, ...]:
    """Return the folded words of `text`, without search operators typed in capitals."""
    return tuple(fold(word) for word in _WORD.findall(text) if word not in OPERATORS)


def parse_query(raw: str | None, *, synonyms: Iterable[list[str]] = ()) -> ParsedQuery:
    """Return the query as words, never raising: every input becomes a query or a message."""
    text = " ".join(_MARKERS.sub("", (raw or "").replace("\x00", "")).split())
    message = ""
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
        message = _("Your search was long, so only its first words were used.")
    if not text:
        return ParsedQuery(text="", message=_("Type one or more words to search for."))
    terms = words(text)[:MAX_TERMS]
    if not terms:
        return ParsedQuery(text=text, message=_("Type words or numbers to search for, not only punctuation."))
    return ParsedQuery(text=text, variants=(terms, *_synonym_variants(terms, synonyms)), message=message)


def _synonym_variants(terms: tuple[str, ...], synonyms: Iterable[list[str]]) -> list[tuple[str, ...]]:
    """Return the query with each skill name or alias it contains swapped for the skill's other names."""
    variants: list[tuple[str, ...]] = []
    for names in synonyms:
        spelled = [words(name) for name in names]
        for found in spelled:
            start = _find(terms, found)
            if start is None:
                continue
            for other in spelled:
                variant = (*terms[:start], *other, *terms[start + len(found) :])[:MAX_TERMS]
                if other and variant != terms and variant not in variants:
                    variants.append(variant)
            break
        if len(variants) >= MAX_VARIANTS:
            return variants[:MAX_VARIANTS]
    return variants


def _find(terms: tuple[str, ...], needle: tuple[str, ...]) -> int | None:
    """Return where `needle` starts inside `terms`, or None."""
    if not needle:
        return None
    for start in range(len(terms) - len(needle) + 1):
        if terms[start : start + len(needle)] == needle:
            return start
    return None


def skill_synonyms() -> list[list[str]]:
    """Return every skill's name and aliases (one query)."""
    return [skill.alias_list for skill in Skill.objects.only("name", "aliases")]


# --- snippets ---------------------------------------------------------------------------------


def marked_html(text: str) -> SafeString:
    """Return `text` escaped, with the database's highlight markers turned into balanced <mark>s."""
    parts, open_ = [], False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", " ".join((text or "").split())):
        if piece == MARK_START:
            if not open_:
                parts.append("<mark>")
                open_ = True
        elif piece == MARK_END:
            if open_:
                parts.append("</mark>")
                open_ = False
        else:
            parts.append(escape(html.unescape(piece)))
    if open_:
        parts.append("</mark>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text was escaped above


def highlight(text: str, terms: Iterable[str], *, width: int = 200) -> SafeString:
    """Return an escaped excerpt of plain `text` around the first term, with each term in <mark>."""
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not text or not terms:
        return escape(text[:width])
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - width // 4) if first else 0
    excerpt = text[start : start + width]
    marked = pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", _MARKERS.sub("", excerpt))
    prefix, suffix = ("…" if start else ""), ("…" if start + width < len(text) else "")
    return mark_safe(f"{prefix}{marked_html(marked)}{suffix}")  # noqa: S308 - escaped by marked_html


def plain_text(body: str) -> str:
    """Return the sanitised body as plain text, tags turned into spaces (blocks must not run together)."""
    return " ".join(html.unescape(_MARKERS.sub("", _TAG.sub(" ", body or ""))).split())


# --- results ----------------------------------------------------------------------------------


@dataclass
class SearchResults:
    query: ParsedQuery
    page: Page | None = None
    skills: list = field(default_factory=list)
    roles: list = field(default_factory=list)
    resources: list = field(default_factory=list)
    # Set when more articles match than were ranked: the page then says "more than" this many.
    more_than: int | None = None

    @property
    def message(self) -> str:
        return self.query.message

    @property
    def article_count(self) -> int:
        return self.page.paginator.count if self.page else 0

    @property
    def is_empty(self) -> bool:
        return not (self.article_count or self.skills or self.roles or self.resources)


def search(query: str | None, *, page: int | str = 1, per_page: int = ARTICLES_PER_PAGE) -> SearchResults:
    """Return published articles (paginated; raises InvalidPage) and careers matches for `query`.

    The number of database queries does not depend on the number of rows.
    """
    parsed = parse_query(query, synonyms=skill_synonyms() if _has_words(query) else ())
    if not parsed:
        return SearchResults(query=parsed)
    hits = PostgresArticleHits(parsed) if connection.vendor == "postgresql" else SqliteArticleHits(parsed)
    article_page = Paginator(hits, per_page).page(page)
    article_page.object_list = list(article_page.object_list)
    for article in article_page.object_list:
        if not hasattr(article, "snippet"):  # PostgreSQL rows carry the raw ts_headline
            article.snippet = marked_html(article.headline)
    results = SearchResults(query=parsed, page=article_page, more_than=getattr(hits, "more_than", None))
    if article_page.number == 1:
        results.skills, results.roles, results.resources = kept(
            f"search-careers:{query_digest(parsed)}",
            lambda: (
                _careers_matches(parsed, Skill, ["name", "aliases", "description"], "description"),
                _careers_matches(parsed, Role, ["name", "description"], "description"),
                _careers_matches(parsed, Resource, ["title", "provider", "description"], "description"),
            ),
        )
    return results


def query_digest(parsed: ParsedQuery) -> str:
    """Return a short, cache-key-safe name for the query's wordings."""
    return md5(repr(parsed.variants).encode(), usedforsecurity=False).hexdigest()


def _has_words(query: str | None) -> bool:
    return bool(query and _WORD.search(query[: MAX_QUERY_LENGTH * 2]))


def _careers_matches(parsed: ParsedQuery, model, fields: list[str], snippet_field: str) -> list:
    """Return up to CAREERS_LIMIT rows with every word of a wording in one of `fields`; name matches first.

    These tables hold hundreds of rows, not hundreds of thousands, so a scan is fine.
    """
    wording = Q()
    for terms in parsed.variants:
        all_terms = Q()
        for term in terms:
            all_terms &= Q.create([(f"{name}__icontains", term) for name in fields], connector=Q.OR)
        wording |= all_terms
    title = fields[0]
    in_title = Q.create([(f"{title}__icontains", t) for t in parsed.terms], connector=Q.AND)
    rows = list(
        model.objects.filter(wording)
        .annotate(title_match=Case(When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField()))
        .order_by("-title_match", title)[:CAREERS_LIMIT]
    )
    all_words = {term for terms in parsed.variants for term in terms}
    for row in rows:
        row.snippet = highlight(getattr(row, snippet_field), all_words)
    return rows


# --- SQLite: FTS5 -----------------------------------------------------------------------------


def fts5_match(parsed: ParsedQuery) -> str:
    """Return an FTS5 MATCH expression: every word quoted (so nothing is an operator), wordings OR-ed."""
    return " OR ".join("(" + " ".join(f'"{term}"' for term in terms) + ")" for terms in parsed.variants)


class SqliteArticleHits:
    """A sliceable, countable list of published articles matching the query, best first (for Paginator).

    FTS5 ranks the matches on its own (fast); which of them readers may see is then asked
    of `published()` by primary key. Filtering inside the FTS query instead made SQLite
    build the list of every published id for each search.
    """

    def __init__(self, parsed: ParsedQuery):
        from articles.models import Article

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
        from articles.models import Article

        ids = self._ranked_public_ids(bounds.stop)[bounds.start : bounds.stop]
        if not ids:
            return []
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, snippet({FTS_TABLE}, -1, %s, %s, '…', {SNIPPET_WORDS}) FROM {FTS_TABLE} "  # noqa: S608
                f"WHERE {FTS_TABLE} MATCH %s AND rowid IN ({', '.join(['%s'] * len(ids))})",
                [MARK_START, MARK_END, self.match, *ids],
            )
            snippets = dict(cursor.fetchall())
        articles = (
            Article.objects.published().for_listing().defer("body", "search_vector", "search_title_vector").in_bulk(ids)
        )
        hits = []
        for pk in ids:
            if pk in articles:
                article = articles[pk]
                article.snippet = marked_html(snippets.get(pk, ""))
                hits.append(article)
        return hits


# --- PostgreSQL: tsvector + GIN ---------------------------------------------------------------


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


class PostgresArticleHits:
    """A sliceable, countable list of published articles matching the query, best first (for Paginator).

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
        self.parsed = parsed
        self.query = postgres_query(parsed)
        self.limit = limit or CANDIDATE_LIMIT
        self._ids: list[int] | None = None

    def ranked_ids(self) -> list[int]:
        """Return the ids of the candidates, best first (one query, then kept per content generation).

        A story that spreads brings many readers to the same search: the ranking is kept until
        content changes or the next scheduled publish or expiry; the page's rows still come
        through `published()` each time.
        """
        if self._ids is None:
            self._ids = kept(f"search-ids:{self.limit}:{query_digest(self.parsed)}", self._rank)
        return self._ids

    def _rank(self) -> list[int]:
        from articles.models import Article

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

    @property
    def more_than(self) -> int | None:
        """Return the limit when more articles match than were ranked, else None (the count is exact)."""
        return self.limit if len(self.ranked_ids()) > self.limit else None

    def count(self) -> int:
        return len(self.ranked_ids())

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, bounds: slice) -> list:
        from articles.models import Article

        ids = self.ranked_ids()[bounds]
        if not ids:
            return []
        body_text = Func(
            F("body"), Value("<[^>]*>"), Value(" "), Value("g"), function="regexp_replace", output_field=TextField()
        )
        rows = (
            Article.objects.published()
            .filter(pk__in=ids)
            .annotate(
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
            .for_listing()
            .defer("body", "search_vector", "search_title_vector")
        )
        articles = {article.pk: article for article in rows}
        return [articles[pk] for pk in ids if pk in articles]


# --- keeping the index current ----------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    pk: int
    language: str
    title: str
    meta: str
    body: str


def build_documents(ids: Iterable[int], *, models=None) -> list[Document]:
    """Return what the index stores for each article id (three queries per call).

    `models` = (Article, ArticleAuthor, TaggedArticle); migrations pass their historical models.
    """
    if models is None:
        from articles.models import Article, ArticleAuthor, TaggedArticle

        models = (Article, ArticleAuthor, TaggedArticle)
    article_model, byline_model, tag_link_model = models
    ids = list(ids)
    authors, tags = defaultdict(list), defaultdict(list)
    for article_id, name in (
        byline_model._default_manager.filter(article_id__in=ids)
        .order_by("order", "pk")
        .values_list("article_id", "author__name")
    ):
        authors[article_id].append(name)
    for article_id, name in tag_link_model._default_manager.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag__name"
    ):
        tags[article_id].append(name)
    rows = article_model._default_manager.filter(pk__in=ids).values("pk", "language", "title", "summary", "body")
    return [
        Document(
            pk=row["pk"],
            language=row["language"],
            title=plain_text(row["title"]),
            meta=plain_text(" ".join([row["summary"], *tags[row["pk"]], *authors[row["pk"]]])),
            body=plain_text(row["body"]),
        )
        for row in rows
    ]


def index_articles(ids: Iterable[int], *, models=None) -> int:
    """Write the index entries of the given articles (removing those of deleted ones); return how many."""
    ids = set(ids)
    if not ids:
        return 0
    documents = build_documents(ids, models=models)
    article_model = models[0] if models else None
    if connection.vendor == "postgresql":
        _postgres_write(documents, article_model)
    elif connection.vendor == "sqlite":
        unindex_articles(ids)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, meta, body) VALUES (%s, %s, %s, %s)",  # noqa: S608
                [(doc.pk, doc.title, doc.meta, doc.body) for doc in documents],
            )
    # The index is written after the save that started a new content generation (on commit): a
    # search run in between kept its results under that generation, so start another one.
    bump_content_generation()
    return len(documents)


def _postgres_write(documents: list[Document], article_model=None) -> None:
    """Write the weighted vectors of a batch in one UPDATE (the text is parsed by PostgreSQL, once).

    `search_title_vector` (title and meta) is the first part of `search_vector`; a historical
    model from before migration 0006 has no such column, and only `search_vector` is written.
    """
    if article_model is None:
        from articles.models import Article as article_model
    if not documents:
        return
    table = connection.ops.quote_name(article_model._meta.db_table)
    rows = ", ".join(["(%s, %s::regconfig, %s, %s, %s)"] * len(documents))
    params = []
    for doc in documents:
        params += [doc.pk, TEXT_SEARCH_CONFIGS.get(doc.language, DEFAULT_CONFIG), doc.title, doc.meta, doc.body]
    try:
        article_model._meta.get_field("search_title_vector")
        columns = "search_title_vector = v.small, search_vector = v.small || v.body"
    except FieldDoesNotExist:
        columns = "search_vector = v.small || v.body"
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} AS a SET {columns} "  # noqa: S608 (table name from the model, values as parameters)
            "FROM (SELECT id, "
            "setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, meta), 'B') AS small, "
            "setweight(to_tsvector(config, body), 'C') AS body "
            f"FROM (VALUES {rows}) AS d(id, config, title, meta, body)) AS v WHERE a.id = v.id",
            params,
        )


def unindex_articles(ids: Iterable[int]) -> None:
    """Remove index entries (SQLite; on PostgreSQL the vector goes with its row)."""
    ids = list(ids)
    if ids and connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({', '.join(['%s'] * len(ids))})",  # noqa: S608
                ids,
            )


def remove_orphans() -> None:
    """Drop index entries of articles that no longer exist (SQLite; PostgreSQL vectors live on the row)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid NOT IN (SELECT id FROM articles_article)")  # noqa: S608


def schedule_index(ids: Iterable[int]) -> None:
    """Re-index these articles once the current transaction commits (once each, however many signals).

    After commit, the admin's article, tags and byline inlines are all saved, so one pass
    indexes the final state; a rolled-back save indexes nothing.
    """
    conn = transaction.get_connection()
    pending = getattr(conn, "_search_pending", None)
    registered = pending is not None and any(func is _flush_pending for _sids, func, _robust in conn.run_on_commit)
    if not registered:
        pending = conn._search_pending = set()
    pending.update(pk for pk in ids if pk is not None)
    if not registered:
        transaction.on_commit(_flush_pending, robust=True)


def _flush_pending() -> None:
    conn = transaction.get_connection()
    pending = conn.__dict__.pop("_search_pending", set())
    try:
        index_articles(pending)
    except Exception:
        logger.exception("Search index update failed for articles %s; run rebuild_search_index", sorted(pending))
        raise
