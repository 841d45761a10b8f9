"""The article change form and the image library in the admin: who may edit what, tags, skills, labels, languages."""

import re

import pytest

from articles.models import Article, Author, Status
from tests.articles.conftest import change_data, own_article
from tests.factories import ArticleFactory, CategoryFactory, SkillFactory, staff_user

pytestmark = pytest.mark.django_db


# --- the change form ---


def test_writer_creates_draft_and_becomes_author(client):
    writer = staff_user("Writer", "wulan", first_name="Wulan", last_name="Sari")
    category = CategoryFactory()
    client.force_login(writer)
    data = {
        "title": "Belajar data",
        "slug": "belajar-data",
        "summary": "Ringkasan.",
        "body": "<p>Isi.</p>",
        "category": category.pk,
        "language": "id",
        "new_tags": "AI, Data",
        # A writer cannot set these; they are ignored.
        "status": "published",
        "featured": "on",
        "published_at_0": "2020-01-01",
        "published_at_1": "10:00:00",
        "article_authors-TOTAL_FORMS": "0",
        "article_authors-INITIAL_FORMS": "0",
        "related_links-TOTAL_FORMS": "0",
        "related_links-INITIAL_FORMS": "0",
    }
    response = client.post("/admin/articles/article/add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="belajar-data")
    assert article.status == Status.DRAFT
    assert article.published_at is None and not article.featured
    assert article.created_by == writer
    assert [a.name for a in article.byline_authors] == ["Wulan Sari"]
    assert Author.objects.get(user=writer).slug == "wulan-sari"
    assert sorted(article.tags.names()) == ["AI", "Data"]
    assert article.history.first().tag_names == "AI, Data"


def test_writer_edits_own_draft_but_not_status(client):
    writer = staff_user("Writer", "w")
    article = own_article(writer)
    client.force_login(writer)
    response = client.post(
        f"/admin/articles/article/{article.pk}/change/", change_data(article, title="Judul baru", status="published")
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Judul baru" and article.status == Status.DRAFT


@pytest.mark.parametrize(
    ("whose", "state"), [("own", Status.REVIEW), ("own", Status.PUBLISHED), ("other", Status.DRAFT)]
)
def test_writer_change_refused(client, whose, state):
    writer = staff_user("Writer", "w")
    article = own_article(writer if whose == "own" else staff_user("Writer", "x"), status=state)
    client.force_login(writer)
    response = client.post(f"/admin/articles/article/{article.pk}/change/", change_data(article, title="Hacked"))
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).title != "Hacked"
    # The delete view is refused too.
    assert client.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


def test_editor_edits_anyones_published_article(client):
    editor = staff_user("Editor", "e")
    article = ArticleFactory()
    client.force_login(editor)
    response = client.post(f"/admin/articles/article/{article.pk}/change/", change_data(article, title="Diperbarui"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Diperbarui" and article.is_published


def test_stale_save_is_refused_naming_who_changed_it(client):
    first = staff_user("Editor", "ayu", first_name="Ayu", last_name="Lestari")
    second = staff_user("Editor", "budi")
    article = ArticleFactory(title="Asli")
    stale_form = change_data(article, title="Versi Budi")

    client.force_login(first)
    assert (
        client.post(
            f"/admin/articles/article/{article.pk}/change/", change_data(article, title="Versi Ayu")
        ).status_code
        == 302
    )

    client.force_login(second)
    response = client.post(f"/admin/articles/article/{article.pk}/change/", stale_form)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ayu Lestari" in html
    assert Article.objects.get(pk=article.pk).title == "Versi Ayu"
    # What differs: the saved title struck through, this editor's underlined; this editor's text stays in the form.
    assert "Versi <del>Ayu</del> <ins>Budi</ins>" in html
    assert response.context["adminform"].form["title"].value() == "Versi Budi"

    # Having seen the difference, saving the same form again keeps this editor's text.
    again = dict(stale_form, loaded_version=response.context["adminform"].form["loaded_version"].value())
    assert client.post(f"/admin/articles/article/{article.pk}/change/", again).status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Versi Budi"


# --- languages ---


@pytest.mark.parametrize(("language", "expected"), [("id", 'lang="id"'), ("en", 'lang="en"')])
def test_admin_in_indonesian_and_english(client, settings, language, expected):
    editor = staff_user("Editor", "e")
    client.force_login(editor)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    html = client.get("/admin/").content.decode()
    assert expected in html
    words = {"id": "Dasbor redaksi", "en": "Newsroom dashboard"}
    assert words[language] in html
    change = client.get(f"/admin/articles/article/{ArticleFactory().pk}/change/").content.decode()
    assert {"id": "Simpan", "en": "Save"}[language] in change


def test_the_tag_admin_speaks_indonesian_too(client, settings):
    # django-taggit ships no Indonesian; locale_vendor/ carries it.
    client.force_login(staff_user("superuser"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "id"
    html = client.get("/admin/taggit/tag/add/").content.decode()
    assert "Tambahkan topik" in html and "item bertag" in html
    assert "tagged items" not in html


# --- tags ---


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("pelatihan ulang", ["pelatihan ulang"]), ("pelatihan ulang, AI ,, pelatihan ulang", ["AI", "pelatihan ulang"])],
)
def test_new_tags_are_separated_by_commas_only(client, typed, expected):
    editor = staff_user("Editor", "e")
    article = ArticleFactory(tags=[])
    client.force_login(editor)
    assert (
        client.post(f"/admin/articles/article/{article.pk}/change/", change_data(article, new_tags=typed)).status_code
        == 302
    )
    assert sorted(article.tags.names()) == expected


# --- skill suggestions (careers) ---------------------------------------------------------


def test_mentioned_skills_are_offered_and_linked_only_when_ticked(client):
    editor = staff_user("Editor")
    analysis = SkillFactory(name="Analisis Data", aliases="data analysis")
    SkillFactory(name="Kubernetes")
    article = ArticleFactory(status=Status.DRAFT, body="<p>Belajar data analysis dulu, baru yang lain.</p>")
    client.force_login(editor)
    url = f"/admin/articles/article/{article.pk}/change/"
    page = client.get(url)
    assert list(page.context["adminform"].form.fields["suggested_skills"].queryset) == [analysis]
    assert article.skills.count() == 0  # offered, not linked

    response = client.post(url, change_data(article, suggested_skills=[str(analysis.pk)]))
    assert response.status_code == 302
    assert list(article.skills.all()) == [analysis]


def test_change_form_inputs_have_labels(client):
    """Every input of the article form has an accessible name (the browser gate runs axe on it too)."""
    editor = staff_user("Editor", "e")
    article = ArticleFactory()
    client.force_login(editor)
    html = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    for name in ["published_at_0", "published_at_1", "expires_at_0", "expires_at_1"]:
        assert f'<label for="id_{name}">' in html
    inputs = {tag: re.search(r'aria-label="([^"]+)"', tag) for tag in re.findall(r"<input[^>]*>", html)}
    for name in ["article_authors-0-order", "article_authors-0-DELETE"]:
        tag = next(tag for tag in inputs if f'name="{name}"' in tag)
        assert inputs[tag], tag
    assert 'data-allow-clear="false"' in html  # select2's "clear all" button would break its list markup
    assert "js/admin-form-labels" in html  # names the body editor and select2 search boxes


# --- the image library ---


def test_writers_change_their_own_pictures_but_only_view_others(client):
    from tests.factories import ImageFactory

    writer, other = staff_user("Writer", "w"), staff_user("Writer", "x")
    mine, theirs = ImageFactory(uploaded_by=writer), ImageFactory(uploaded_by=other, alt_text="Foto asli")
    client.force_login(writer)
    assert client.post(f"/admin/articles/image/{theirs.pk}/change/", {"alt_text": "Diubah"}).status_code == 403
    assert client.post(f"/admin/articles/image/{theirs.pk}/delete/", {"post": "yes"}).status_code == 403
    theirs.refresh_from_db()
    assert theirs.alt_text == "Foto asli"
    view = client.get(f"/admin/articles/image/{theirs.pk}/change/")
    assert view.status_code == 200 and 'name="alt_text"' not in view.content.decode()  # read-only
    form = client.get(f"/admin/articles/image/{mine.pk}/change/")
    assert 'name="alt_text"' in form.content.decode()


def test_editors_change_any_picture(client):
    from tests.factories import ImageFactory

    editor = staff_user("Editor", "e")
    picture = ImageFactory(uploaded_by=staff_user("Writer", "w"))
    client.force_login(editor)
    assert 'name="alt_text"' in client.get(f"/admin/articles/image/{picture.pk}/change/").content.decode()
    assert client.post(f"/admin/articles/image/{picture.pk}/delete/", {"post": "yes"}).status_code == 302


def test_a_new_tag_without_letters_is_a_form_error_and_nothing_is_saved(client):
    editor = staff_user("Editor", "editor-tags")
    article = ArticleFactory(title="Asli", tags=["ai"])
    client.force_login(editor)
    response = client.post(
        f"/admin/articles/article/{article.pk}/change/", change_data(article, title="Baru", new_tags="Café, !!!")
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["new_tags"] and "“!!!”" in str(errors["new_tags"]) and "Café" not in str(errors)
    stored = Article.objects.get(pk=article.pk)
    assert stored.title == "Asli" and list(stored.tags.names()) == ["ai"]


def test_a_scheduled_articles_form_says_scheduled_not_published(client):
    from datetime import timedelta

    from django.utils import timezone

    client.force_login(staff_user("Editor", "editor-schedule"))
    scheduled = ArticleFactory(status=Status.PUBLISHED, published_at=timezone.now() + timedelta(days=1))
    live = ArticleFactory(status=Status.PUBLISHED)
    html = client.get(f"/admin/articles/article/{scheduled.pk}/change/").content.decode()
    state = re.search(r'field-status_label.*?<div class="readonly">(.*?)</div>', html, re.S).group(1)
    assert "Dijadwalkan pada" in state and "Terbit" not in state
    html = client.get(f"/admin/articles/article/{live.pk}/change/").content.decode()
    assert "Terbit" in re.search(r'field-status_label.*?<div class="readonly">(.*?)</div>', html, re.S).group(1)


def test_the_admin_offers_its_other_language_and_switches_to_it(client):
    client.force_login(staff_user("Editor", "e"))
    html = client.get("/admin/articles/article/").content.decode()
    assert 'lang="id"' in html and 'name="language" value="en" lang="en">English</button>' in html

    response = client.post("/i18n/setlang/", {"language": "en", "next": "/admin/articles/article/"})
    assert response.status_code == 302 and response["Location"] == "/admin/articles/article/"
    english = client.get("/admin/articles/article/").content.decode()
    assert '<html lang="en"' in english and "Newsroom" in english
    assert 'name="language" value="id" lang="id">Bahasa Indonesia</button>' in english
