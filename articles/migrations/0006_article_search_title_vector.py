"""A second, small search vector: title (A) and meta (B) without the body, to rank search candidates.

On PostgreSQL the new column is filled from the existing `search_vector` (its A and B
lexemes are exactly the title and meta part, positions included), then GIN-indexed and
analysed so the planner knows how common each word is. SQLite keeps its FTS5 table and
leaves the column empty, like `search_vector`.
"""

import django.contrib.postgres.search
from django.db import migrations

GIN_INDEX = "article_search_title_gin"


def fill_and_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "UPDATE articles_article SET search_title_vector = ts_filter(search_vector, '{a,b}') "
        "WHERE search_vector IS NOT NULL"
    )
    schema_editor.execute(f"CREATE INDEX {GIN_INDEX} ON articles_article USING gin (search_title_vector)")
    schema_editor.execute("ANALYZE articles_article")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX}")


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0005_covering_published_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_title_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(fill_and_index, drop_index),
    ]
