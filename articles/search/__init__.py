"""Full-text search over published articles, plus skills, roles and resources.

One interface, `search(query, page=…)`, with a backend chosen by the database in use; both
are `hits.RankedHits`: a bounded set of the newest matches is ranked, and the ranking and each
page's snippets are kept per content generation and query.

- `postgres`: `Article.search_vector`, a weighted tsvector (A title, B summary, tags and
  authors, C body) built with the text-search configuration of the article's language and
  GIN-indexed, and `Article.search_title_vector`, its A and B part alone; candidates ranked
  by `ts_rank`, snippets from `ts_headline`.
- `sqlite`: an FTS5 table with the same three columns holding word stems (`stemming`: the
  Snowball stemmers PostgreSQL's configurations use); title matches first, then summary, tag
  and author matches, then the body's, each newest first; snippets cut from the article's
  text by `query.snippet`.

`query` turns what the reader typed into words (skill aliases widen it, so "analisis data"
also finds "data analysis") and marks snippets; `careers` finds skills, roles and resources
by whole words, prefixes and forms of a root; `indexing` keeps the index current after every
committed change. Visibility is always decided at query time by `published()`.
"""

from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db import connection

from articles.search.careers import careers_matches, closest_skills
from articles.search.indexing import index_articles, reindex_changed, remove_orphans, unindex_articles
from articles.search.postgres import PostgresArticleHits
from articles.search.query import (
    MAX_QUERY_LENGTH,
    MAX_TERMS,
    ParsedQuery,
    has_words,
    marked_html,
    parse_query,
    query_digest,
    skill_synonyms,
)
from articles.search.sqlite import FTS_TABLE, SqliteArticleHits
from portal.cache import kept

ARTICLES_PER_PAGE = 10

__all__ = [
    "ARTICLES_PER_PAGE",
    "FTS_TABLE",
    "MAX_QUERY_LENGTH",
    "MAX_TERMS",
    "ParsedQuery",
    "SearchResults",
    "index_articles",
    "marked_html",
    "parse_query",
    "reindex_changed",
    "remove_orphans",
    "search",
    "unindex_articles",
]


@dataclass
class SearchResults:
    query: ParsedQuery
    page: Page | None = None
    skills: list = field(default_factory=list)
    roles: list = field(default_factory=list)
    resources: list = field(default_factory=list)
    # Set when more articles match than were ranked: the page then says "more than" this many.
    more_than: int | None = None
    # Skills spelled like the query, offered when no skill matches it.
    close_skills: list = field(default_factory=list)

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
    parsed = parse_query(query, synonyms=skill_synonyms() if has_words(query) else ())
    if not parsed:
        return SearchResults(query=parsed)
    hits = PostgresArticleHits(parsed) if connection.vendor == "postgresql" else SqliteArticleHits(parsed)
    article_page = Paginator(hits, per_page).page(page)
    article_page.object_list = list(article_page.object_list)
    results = SearchResults(query=parsed, page=article_page, more_than=hits.more_than)
    if article_page.number == 1:
        results.skills, results.roles, results.resources = kept(
            f"search-careers:{query_digest(parsed)}", lambda: careers_matches(parsed)
        )
        if not results.skills:
            results.close_skills = kept(f"search-close-skills:{query_digest(parsed)}", lambda: closest_skills(parsed))
    return results
