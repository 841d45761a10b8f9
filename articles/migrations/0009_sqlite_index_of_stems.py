"""SQLite's search index stores word stems, Indonesian or English as the article is (PostgreSQL: unchanged).

FTS5's own stemmer (porter) is English-only: "lelah" never found "melelahkan". The table is
made again without it and filled with each word's Snowball stem, the stemmers PostgreSQL's
`indonesian` and `english` configurations use. What it writes is frozen here (a copy of
`articles.search.indexing` and `stemming` as they were), so later changes to the live code never
change what this migration does.
"""

import html
import re
from collections import defaultdict

import Stemmer
from django.db import migrations

FTS_TABLE = "articles_search_fts"
STEMMERS = {"id": "indonesian", "en": "english"}
_BLOCK_TAG = re.compile(
    r"</?(?:p|li|ul|ol|h[1-6]|div|br|hr|td|th|tr|table|blockquote|figure|figcaption|pre|section|article)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")
_MARKERS = re.compile("[\ue000\ue001]")
_WORD = re.compile(r"[^\W_]+")


def _plain(text):
    spaced = _BLOCK_TAG.sub(" ", text or "")
    return _MARKERS.sub("", " ".join(html.unescape(_TAG.sub("", spaced)).split()))


def _stems(stemmers, text, language):
    stemmer = stemmers[STEMMERS.get(language, "indonesian")]
    return " ".join(stemmer.stemWords([word.casefold() for word in _WORD.findall(text)]))


def _rows(apps, ids, stemmers):
    article_model = apps.get_model("articles", "Article")
    authors, tags = defaultdict(list), defaultdict(list)
    for article_id, name in (
        apps.get_model("articles", "ArticleAuthor")
        ._default_manager.filter(article_id__in=ids)
        .order_by("order", "pk")
        .values_list("article_id", "author__name")
    ):
        authors[article_id].append(name)
    for article_id, name in (
        apps.get_model("articles", "TaggedArticle")
        ._default_manager.filter(content_object_id__in=ids)
        .values_list("content_object_id", "tag__name")
    ):
        tags[article_id].append(name)
    rows = article_model._default_manager.filter(pk__in=ids).values("pk", "language", "title", "summary", "body")
    return [
        (
            row["pk"],
            _stems(stemmers, _plain(row["title"]), row["language"]),
            _stems(stemmers, _plain(" ".join([row["summary"], *tags[row["pk"]], *authors[row["pk"]]])), row["language"]),
            _stems(stemmers, _plain(row["body"]), row["language"]),
        )
        for row in rows
    ]


def _make_table(schema_editor, tokenize):
    schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    schema_editor.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, meta, body, tokenize = '{tokenize}')")


def index_stems(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    _make_table(schema_editor, "unicode61 remove_diacritics 2")
    stemmers = {name: Stemmer.Stemmer(name) for name in STEMMERS.values()}
    ids = list(apps.get_model("articles", "Article")._default_manager.order_by("pk").values_list("pk", flat=True))
    with schema_editor.connection.cursor() as cursor:
        for start in range(0, len(ids), 500):
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, meta, body) VALUES (%s, %s, %s, %s)",  # noqa: S608
                _rows(apps, ids[start : start + 500], stemmers),
            )


def index_words(apps, schema_editor):
    """Back to 0004's table (words, porter-stemmed by FTS5); filled again by `rebuild_search_index`."""
    if schema_editor.connection.vendor == "sqlite":
        _make_table(schema_editor, "porter unicode61 remove_diacritics 2")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_category_name_en"),
    ]

    operations = [
        migrations.RunPython(index_stems, index_words),
    ]
