"""WordPress import, step one: reading real WXR exports and reporting what they hold (a dry run).

The two exports in ../shared/wordpress/ were written by WordPress itself (see its README).
"""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Author, Category
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

EXPORTS = Path(__file__).resolve().parents[2].parent / "shared" / "wordpress"
THEME_TEST_DATA = EXPORTS / "themeunittestdata.wordpress.xml"
SMALL_EXPORT = EXPORTS / "small-export.xml"


def dry_run(path) -> str:
    out = StringIO()
    call_command("import_wordpress", str(path), "--dry-run", stdout=out)
    return out.getvalue()


def report_of(path, tmp_path) -> dict:
    target = tmp_path / "report.json"
    call_command("import_wordpress", str(path), "--dry-run", "--report", str(target), stdout=StringIO())
    return {row["kind"]: row for row in json.loads(target.read_text())["kinds"]}


def test_the_theme_test_data_is_read_whole_and_reported_per_kind(tmp_path):
    kinds = report_of(THEME_TEST_DATA, tmp_path)
    found = {kind: row["found"] for kind, row in kinds.items()}
    assert found == {
        "authors": 2,
        "category terms": 68,
        "category (listed twice)": 1,
        "tag terms": 110,
        "nav_menu terms": 6,
        "posts (publish)": 56,
        "posts (draft)": 1,
        "posts (future)": 1,
        "page items": 21,
        "attachment items": 37,
        "nav_menu_item items": 70,
        "comments": 33,
    }
    assert kinds["posts (future)"]["outcome"] == "articles, scheduled"
    assert kinds["page items"]["outcome"].startswith("skipped")  # reported, never dropped silently


def test_the_small_export_reports_its_private_post_and_draft_page(tmp_path):
    kinds = report_of(SMALL_EXPORT, tmp_path)
    found = {kind: row["found"] for kind, row in kinds.items()}
    assert found["posts (publish)"] == 5 and found["posts (private)"] == 1
    assert found["page items"] == 5 and found["authors"] == 3 and found["comments"] == 1
    assert kinds["posts (private)"]["outcome"] == "articles, not public (draft)"


def test_a_dry_run_writes_nothing():
    ArticleFactory(title="Sudah ada")
    before = (Article.objects.count(), Author.objects.count(), Category.objects.count())
    out = dry_run(THEME_TEST_DATA)
    assert "WXR 1.2" in out and "Dry run: nothing was written." in out
    assert (Article.objects.count(), Author.objects.count(), Category.objects.count()) == before


HOSTILE = {
    "entity bomb": (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&lol2;</title></channel></rss>',
        "refused",
    ),
    "external entity": (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&x;</title></channel></rss>',
        "refused",
    ),
    "truncated file": (
        '<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
        "<wp:wxr_version>1.2</wp:wxr_version><item><title>Setengah",
        "not well-formed",
    ),
    "plain RSS feed": (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Berita</title><item><title>A</title></item>'
        "</channel></rss>",
        "not a WordPress export",
    ),
    "not RSS at all": ('<?xml version="1.0"?><html><body>Halo</body></html>', "not a WordPress export"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_or_foreign_file_ends_with_one_clear_message_and_changes_nothing(tmp_path, name):
    text, words = HOSTILE[name]
    path = tmp_path / "export.xml"
    path.write_text(text)
    before = Article.objects.count()
    with pytest.raises(CommandError) as refused:
        dry_run(path)
    assert words in str(refused.value)
    assert "Traceback" not in str(refused.value)
    assert Article.objects.count() == before


def test_importing_for_real_is_not_offered_yet():
    with pytest.raises(CommandError, match="--dry-run"):
        call_command("import_wordpress", str(SMALL_EXPORT), stdout=StringIO())
