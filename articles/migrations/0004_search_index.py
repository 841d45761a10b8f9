"""The full-text search index: a GIN-indexed tsvector on PostgreSQL, an FTS5 table on SQLite.

Each backend's structure is created only on its own database; the index is then
filled from the articles already stored. What it writes is frozen here (a copy of
`articles.search.indexing` as it was), so later changes to the live code never change
what this migration does.
"""

import html
import re
from collections import defaultdict

import django.contrib.postgres.search
from django.db import migrations

FTS_TABLE = "articles_search_fts"
GIN_INDEX = "article_search_vector_gin"
CONFIGS = {"id": "indonesian", "en": "english"}
_TAG = re.compile(r"<[^>]*>")


def _plain(text):
    return " ".join(html.unescape(_TAG.sub(" ", text or "")).split())


def _documents(models, ids):
    """Return (id, config, title, meta, body) for each article: title, summary + tags + authors, body."""
    article_model, byline_model, tag_link_model = models
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
        (
            row["pk"],
            CONFIGS.get(row["language"], "indonesian"),
            _plain(row["title"]),
            _plain(" ".join([row["summary"], *tags[row["pk"]], *authors[row["pk"]]])),
            _plain(row["body"]),
        )
        for row in rows
    ]


def _write(schema_editor, documents):
    with schema_editor.connection.cursor() as cursor:
        if schema_editor.connection.vendor == "postgresql":
            cursor.executemany(
                "UPDATE articles_article SET search_vector = setweight(to_tsvector(%s::regconfig, %s), 'A') "
                "|| setweight(to_tsvector(%s::regconfig, %s), 'B') || setweight(to_tsvector(%s::regconfig, %s), 'C') "
                "WHERE id = %s",
                [(config, title, config, meta, config, body, pk) for pk, config, title, meta, body in documents],
            )
        else:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, meta, body) VALUES (%s, %s, %s, %s)",  # noqa: S608
                [(pk, title, meta, body) for pk, _config, title, meta, body in documents],
            )


def create_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX {GIN_INDEX} ON articles_article USING gin (search_vector)")
    elif vendor == "sqlite":
        # porter over unicode61: case- and accent-folding, with English suffixes stemmed.
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
            "title, meta, body, tokenize = 'porter unicode61 remove_diacritics 2')"
        )
    else:
        return
    models = (
        apps.get_model("articles", "Article"),
        apps.get_model("articles", "ArticleAuthor"),
        apps.get_model("articles", "TaggedArticle"),
    )
    ids = list(models[0]._default_manager.values_list("pk", flat=True))
    for start in range(0, len(ids), 500):
        _write(schema_editor, _documents(models, ids[start : start + 500]))


def drop_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX}")
    elif vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_editorial_groups"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(create_index, drop_index),
    ]
