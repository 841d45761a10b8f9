"""Keeping the index current: the text each article is found by, written to the database's backend.

The index holds every article, whatever its state (an article scheduled for later becomes
public by time alone); visibility is decided at query time by `Article.objects.published()`.
`reindex_changed` listens to `portal.changes.reindex`, which is sent after commit and before
the page cache moves to a new generation.
"""

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection

from articles.models import Article, ArticleAuthor, TaggedArticle
from articles.search.postgres import DEFAULT_CONFIG, TEXT_SEARCH_CONFIGS
from articles.search.query import MARKERS
from articles.search.sqlite import FTS_TABLE
from articles.search.stemming import stem_text
from portal.text import plain_text

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Document:
    pk: int
    language: str
    title: str
    meta: str
    body: str


def _text(html_text: str) -> str:
    """Return the plain text the index stores (without the characters that mark highlights)."""
    return MARKERS.sub("", plain_text(html_text))


def build_documents(ids: Iterable[int]) -> list[Document]:
    """Return what the index stores for each article id (three queries per call)."""
    ids = list(ids)
    authors, tags = defaultdict(list), defaultdict(list)
    for article_id, name in (
        ArticleAuthor.objects.filter(article_id__in=ids)
        .order_by("order", "pk")
        .values_list("article_id", "author__name")
    ):
        authors[article_id].append(name)
    for article_id, name in TaggedArticle.objects.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag__name"
    ):
        tags[article_id].append(name)
    rows = Article.objects.filter(pk__in=ids).values("pk", "language", "title", "summary", "body")
    return [
        Document(
            pk=row["pk"],
            language=row["language"],
            title=_text(row["title"]),
            meta=_text(" ".join([row["summary"], *tags[row["pk"]], *authors[row["pk"]]])),
            body=_text(row["body"]),
        )
        for row in rows
    ]


def index_articles(ids: Iterable[int]) -> int:
    """Write the index entries of the given articles (removing those of deleted ones); return how many."""
    ids = set(ids)
    if not ids:
        return 0
    documents = build_documents(ids)
    if connection.vendor == "postgresql":
        _postgres_write(documents)
    elif connection.vendor == "sqlite":
        unindex_articles(ids)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, meta, body) VALUES (%s, %s, %s, %s)",  # noqa: S608
                [
                    (
                        doc.pk,
                        stem_text(doc.title, doc.language),
                        stem_text(doc.meta, doc.language),
                        stem_text(doc.body, doc.language),
                    )
                    for doc in documents
                ],
            )
    return len(documents)


def _postgres_write(documents: list[Document]) -> None:
    """Write the weighted vectors of a batch in one UPDATE (the text is parsed by PostgreSQL, once).

    `search_title_vector` (title and meta) is the first part of `search_vector`.
    """
    if not documents:
        return
    table = connection.ops.quote_name(Article._meta.db_table)
    rows = ", ".join(["(%s, %s::regconfig, %s, %s, %s)"] * len(documents))
    params = []
    for doc in documents:
        params += [doc.pk, TEXT_SEARCH_CONFIGS.get(doc.language, DEFAULT_CONFIG), doc.title, doc.meta, doc.body]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} AS a SET search_title_vector = v.small, search_vector = v.small || v.body "  # noqa: S608 (table name from the model, values as parameters)
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


def reindex_changed(sender, *, change, **kwargs) -> None:
    """Listener of `portal.changes.reindex`: index the articles of a committed change (deleted ones leave)."""
    if not change.articles:
        return
    try:
        index_articles(change.articles)
    except Exception:
        logger.exception(
            "Search index update failed for articles %s; run rebuild_search_index", sorted(change.articles)
        )
        raise
