"""Show that public pages use indexes: EXPLAIN every query a page sends (PostgreSQL).

`manage.py check_query_plans` requests home, archive (first and a deep page),
section, tag, author, article, search and careers pages with the test client, EXPLAINs
each query that reads the articles table and fails when any plan scans that
table sequentially. Run it on a seeded volume (`make bench` does).
"""

import re

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from articles.models import Article

ARTICLES_TABLE = Article._meta.db_table


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def add_arguments(self, parser):
        parser.add_argument("--verbose-plans", action="store_true", help="Print every plan.")

    def handle(self, *args, verbose_plans=False, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Query plans are checked on PostgreSQL (set DATABASE_URL).")
        urls = self.urls()
        failures = []
        plain_static = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        with override_settings(
            ALLOWED_HOSTS=["testserver"], PAGE_CACHE_SECONDS=0, SECURE_SSL_REDIRECT=False, STORAGES=plain_static
        ):
            client = Client()
            for label, url in urls.items():
                client.get(url)  # warm caches that are not the database
                with CaptureQueriesContext(connection) as captured:
                    status = client.get(url).status_code
                plans = [self.explain(query["sql"]) for query in captured if ARTICLES_TABLE in query["sql"]]
                seq = [plan for plan in plans if re.search(rf"Seq Scan on {ARTICLES_TABLE}\b", plan)]
                verdict = "SEQ SCAN" if seq else "index only"
                self.stdout.write(
                    f"{label:14} {status} {len(captured):3d} queries, {len(plans)} on articles: {verdict}"
                )
                if verbose_plans or seq:
                    for plan in seq or plans:
                        self.stdout.write(plan)
                if seq:
                    failures.append(label)
        if failures:
            raise CommandError(f"Sequential scans of {ARTICLES_TABLE}: {', '.join(failures)}")
        self.stdout.write(self.style.SUCCESS("Every articles query uses an index."))

    @staticmethod
    def explain(sql: str) -> str:
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN {sql}")
            return "\n".join(row[0] for row in cursor.fetchall())

    @staticmethod
    def urls() -> dict[str, str]:
        from careers.models import Role, Skill

        article = Article.objects.published().newest_first()[50]
        tag = article.tags.first()
        author = article.authors.first()
        skill = Skill.objects.filter(articles__isnull=False).first() or Skill.objects.first()
        roles = list(Role.objects.order_by("outlook", "slug")[:2])
        careers = {
            "careers hub": "/careers/",
            "skill": skill.get_absolute_url() if skill else "/careers/",
            "role": roles[0].get_absolute_url() if roles else "/careers/",
            "path": f"/careers/path/?from={roles[0].slug}&to={roles[-1].slug}" if len(roles) == 2 else "/careers/",
        }
        return {
            "home": "/",
            "archive": "/articles/",
            "archive p5000": "/articles/?page=5000",
            "section": article.category.get_absolute_url(),
            "tag": f"/tags/{tag.slug}/" if tag else "/",
            "author": author.get_absolute_url() if author else "/",
            "article": article.get_absolute_url(),
            "search": "/search/?q=analisis+data",
            **careers,
        }
