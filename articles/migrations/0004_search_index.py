"""The full-text search index: a GIN-indexed tsvector on PostgreSQL, an FTS5 table on SQLite.

Each backend's structure is created only on its own database; the index is then
filled from the articles already stored (see articles/search.py).
"""

import django.contrib.postgres.search
from django.db import migrations

FTS_TABLE = "articles_search_fts"
GIN_INDEX = "article_search_vector_gin"


def create_index(apps, schema_editor):
    from articles import search

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
        search.index_articles(ids[start : start + 500], models=models)


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
