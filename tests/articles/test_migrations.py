"""The search migration fills the index from articles stored before it, with its own frozen code."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from articles import search
from articles.models import Article

BEFORE_SEARCH = [("articles", "0003_editorial_groups")]


@pytest.mark.django_db(transaction=True)
def test_articles_stored_before_the_search_migration_are_found_after_it():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("articles")
    executor.migrate(BEFORE_SEARCH)
    apps = executor.loader.project_state(BEFORE_SEARCH).apps
    category = apps.get_model("articles", "Category").objects.create(name="Karier", slug="karier")
    article = apps.get_model("articles", "Article").objects.create(
        title="Gelombang <em>otomasi</em>",
        slug="gelombang-otomasi",
        summary="Ringkasan.",
        body="<p>Perusahaan logistik memakai robot gudang.</p>",
        category=category,
        status="published",
        published_at=timezone.now() - timedelta(hours=1),
    )
    author = apps.get_model("articles", "Author").objects.create(name="Sekar Ayu", slug="sekar-ayu")
    apps.get_model("articles", "ArticleAuthor").objects.create(article=article, author=author, order=0)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(latest)

    try:
        for word in ("otomasi", "gudang", "sekar"):
            assert [hit.title for hit in search.search(word).page.object_list] == ["Gelombang <em>otomasi</em>"]
    finally:
        # The FTS5 table is not flushed with the models: leave no entry behind for later tests.
        Article.objects.all().delete()
        search.remove_orphans()
