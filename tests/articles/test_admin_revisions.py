"""Article revisions in the admin: compare, restore, and what a restore brings back (tags, byline)."""

import pytest
from django.utils import timezone

from articles import services
from articles.models import Article, Author, Status
from tests.articles.conftest import change_data, own_article
from tests.factories import ArticleFactory, AuthorFactory, staff_user

pytestmark = pytest.mark.django_db


# --- revisions ---


def test_diff_and_restore_make_a_new_revision(client):
    editor = staff_user("Editor", "e")
    article = ArticleFactory(title="Judul pertama")
    client.force_login(editor)
    client.post(f"/admin/articles/article/{article.pk}/change/", change_data(article, title="Judul kedua"))
    records = list(article.history.order_by("history_date"))
    first, second = records[0], records[-1]
    diff = client.get(f"/admin/articles/article/{article.pk}/history/compare/?a={first.pk}&b={second.pk}")
    html = diff.content.decode()
    assert diff.status_code == 200 and "Judul <del>pertama</del> <ins>kedua</ins>" in html

    count = article.history.count()
    revert_url = f"/admin/articles/article/{article.pk}/history/{first.pk}/"
    assert client.get(revert_url).status_code == 200
    response = client.post(revert_url, change_data(article, title=first.title))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Judul pertama"
    assert article.history.count() == count + 1
    assert article.is_published  # restoring never changes the workflow state


def test_writer_cannot_restore_a_published_article(client):
    writer = staff_user("Writer", "w")
    article = own_article(writer, status=Status.PUBLISHED)
    record = article.history.first()
    client.force_login(writer)
    response = client.post(
        f"/admin/articles/article/{article.pk}/history/{record.pk}/", change_data(article, title="X")
    )
    assert response.status_code in {403, 200}
    assert Article.objects.get(pk=article.pk).title != "X"


def test_restore_page_offers_the_revision_tags(client):
    editor = staff_user("Editor", "e")
    article = ArticleFactory(tags=["Lama"])
    services.article_record_relations(article=article)
    first = article.history.order_by("history_date").first()
    article.tags.set(["Baru"])
    client.force_login(editor)
    form = client.get(f"/admin/articles/article/{article.pk}/history/{first.pk}/").context["adminform"].form
    assert [tag.name for tag in form.initial["tags"]] == ["Lama"]


def test_restoring_a_revision_made_by_a_workflow_step_keeps_the_tags(client):
    editor = staff_user("Editor", "e")
    article = ArticleFactory(
        status=Status.REVIEW, published_at=None, summary="Ringkasan awal", tags=["Pelatihan ulang"]
    )
    services.article_record_relations(article=article)
    services.article_publish(article=article, by=editor)
    step = article.history.order_by("-history_date", "-history_id").first()
    assert step.tag_names == "Pelatihan ulang"  # the workflow step's revision knows the tags of its moment
    client.force_login(editor)
    client.post(f"/admin/articles/article/{article.pk}/change/", change_data(article, summary="Ringkasan keliru"))

    revert_url = f"/admin/articles/article/{article.pk}/history/{step.pk}/"
    form = client.get(revert_url).context["adminform"].form
    assert form.initial["summary"] == "Ringkasan awal"
    assert [tag.name for tag in form.initial["tags"]] == ["Pelatihan ulang"]
    data = change_data(article, summary=form.initial["summary"], tags=[str(t.pk) for t in form.initial["tags"]])
    response = client.post(revert_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.summary == "Ringkasan awal"
    assert list(article.tags.names()) == ["Pelatihan ulang"]


def test_restoring_a_revision_can_bring_back_its_byline(client):
    editor = staff_user("Editor", "e")
    sari, budi = AuthorFactory(name="Sari"), AuthorFactory(name="Budi")
    AuthorFactory(name="Tono")
    article = ArticleFactory(authors=[sari, budi], summary="Versi pertama")
    services.article_record_relations(article=article)
    first = article.history.order_by("history_date").first()
    client.force_login(editor)
    services.article_update(article=article, by=None, authors=list(Author.objects.filter(name="Tono")))
    edit = change_data(article, summary="Versi kedua")
    assert client.post(f"/admin/articles/article/{article.pk}/change/", edit).status_code == 302
    assert [a.name for a in Article.objects.get(pk=article.pk).byline_authors] == ["Tono"]

    revert_url = f"/admin/articles/article/{article.pk}/history/{first.pk}/"
    page = client.get(revert_url)
    assert "Sari, Budi" in page.content.decode()  # the checkbox names the revision's byline
    data = change_data(Article.objects.get(pk=article.pk), summary="Versi pertama", restore_byline="on")
    response = client.post(revert_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    restored = Article.objects.get(pk=article.pk)
    assert restored.summary == "Versi pertama"
    assert [a.name for a in restored.byline_authors] == ["Sari", "Budi"]
    assert restored.history.first().author_names == "Sari, Budi"


def test_the_byline_stays_when_the_restore_box_is_cleared(client):
    editor = staff_user("Editor", "e")
    AuthorFactory(name="Tono")
    article = ArticleFactory(authors=[AuthorFactory(name="Sari")])
    services.article_record_relations(article=article)
    first = article.history.order_by("history_date").first()
    services.article_update(article=article, by=None, authors=list(Author.objects.filter(name="Tono")))
    client.force_login(editor)
    data = change_data(Article.objects.get(pk=article.pk))
    assert client.post(f"/admin/articles/article/{article.pk}/history/{first.pk}/", data).status_code == 302
    assert [a.name for a in Article.objects.get(pk=article.pk).byline_authors] == ["Tono"]


# --- how revisions read (issue 26.5) ---


def _history_html(client, article) -> str:
    return client.get(f"/admin/articles/article/{article.pk}/history/").content.decode()


def test_history_lists_labels_local_minutes_and_the_words_that_changed(client):
    editor = staff_user("Editor", "e", first_name="Ayu", last_name="Lestari")
    article = ArticleFactory(
        status=Status.REVIEW, published_at=None, body="<p>Para pekerja teknologi di <b>Jakarta</b> menghadapi PHK.</p>"
    )
    services.article_publish(article=article, by=editor)
    client.force_login(editor)
    new_body = "<p>Para pekerja teknologi di <b>Bandung</b> menghadapi PHK.</p>"
    assert (
        client.post(f"/admin/articles/article/{article.pk}/change/", change_data(article, body=new_body)).status_code
        == 302
    )

    html = _history_html(client, article)
    assert "<del>Jakarta</del> <ins>Bandung</ins>" in html  # the body's words, not its markup
    assert "&lt;p&gt;" not in html and "&lt;b&gt;" not in html
    assert "Dalam tinjauan &rarr; Terbit" in html  # choice labels, not "review → published"
    published = timezone.localtime(Article.objects.get(pk=article.pk).published_at)
    assert f"{published.hour}.{published:%M} WIB" in html  # site time, to the minute
    assert "+00:00" not in html and "None" not in html
    assert "Ayu Lestari" in html  # who, by name


def test_saving_a_form_unchanged_records_no_publish_time_change(client):
    editor = staff_user("Editor", "e")
    article = ArticleFactory(status=Status.REVIEW, published_at=None)
    services.article_publish(article=article, by=editor)  # stored with microseconds
    published_at = Article.objects.get(pk=article.pk).published_at
    client.force_login(editor)
    client.post(f"/admin/articles/article/{article.pk}/change/", change_data(article, title="Judul baru"))

    assert Article.objects.get(pk=article.pk).published_at == published_at
    newest, previous = article.history.order_by("-history_date", "-history_id")[:2]
    assert [change.field for change in newest.diff_against(previous).changes] == ["title"]


def test_compare_screen_shows_word_diff_and_labels(client):
    editor = staff_user("Editor", "e")
    article = ArticleFactory(body="<p>Belajar <em>Python</em> dulu, lalu SQL.</p>", featured=False)
    client.force_login(editor)
    client.post(
        f"/admin/articles/article/{article.pk}/change/",
        change_data(article, body="<p>Belajar <em>Python</em> dulu, lalu statistik.</p>", featured="on"),
    )
    first, second = article.history.order_by("history_date", "history_id")[:: article.history.count() - 1]
    html = client.get(f"/admin/articles/article/{article.pk}/history/compare/?a={first.pk}&b={second.pk}").content
    html = html.decode()
    assert "<del>SQL.</del> <ins>statistik.</ins>" in html
    assert "&lt;em&gt;" not in html and "&lt;p&gt;" not in html
    assert "Unggulan:</strong> tidak &rarr; ya" in " ".join(html.split())  # field label, "yes"/"no" in words
    assert "WIB" in html
