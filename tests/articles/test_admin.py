"""The editorial workflow through the admin views: every allowed step works, every forbidden one is refused."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from articles import services
from articles.models import Article, ArticleAuthor, ArticleTransition, Author, Status
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, SkillFactory, staff_user

pytestmark = pytest.mark.django_db


def own_article(user, status=Status.DRAFT, **kwargs):
    article = ArticleFactory(status=status, created_by=user, authors=[], **kwargs)
    ArticleAuthor.objects.create(article=article, author=services.author_for_user(user=user), order=0)
    return article


def change_data(article: Article, **overrides) -> dict:
    """Return a complete change-form POST for the article as stored (inlines left as they are)."""
    article = Article.objects.get(pk=article.pk)
    local = timezone.localtime(article.published_at) if article.published_at else None
    data = {
        "title": article.title,
        "slug": article.slug,
        "summary": article.summary,
        "body": article.body,
        "category": article.category_id,
        "language": article.language,
        "seo_title": article.seo_title,
        "seo_description": article.seo_description,
        "loaded_version": article.updated_at.isoformat(),
        "published_at_0": local.strftime("%Y-%m-%d") if local else "",
        "published_at_1": local.strftime("%H:%M:%S") if local else "",
        "article_authors-TOTAL_FORMS": "0",
        "article_authors-INITIAL_FORMS": "0",
        "related_links-TOTAL_FORMS": "0",
        "related_links-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("role", ["Writer", "Editor", "superuser"])
def test_admin_pages_render(client, role):
    user = staff_user(role)
    client.force_login(user)
    article = own_article(user)
    for url in [
        "/admin/",
        "/admin/articles/article/",
        "/admin/articles/article/add/",
        f"/admin/articles/article/{article.pk}/change/",
        f"/admin/articles/article/{article.pk}/history/",
        f"/admin/articles/article/{article.pk}/share/",
        "/admin/articles/article/calendar/",
        "/admin/articles/article/calendar/?month=2025-10",
        "/admin/articles/article/calendar/?month=junk",
        "/admin/articles/image/picker/",
        "/admin/articles/image/add/",
        *(["/admin/articles/articletransition/"] if role != "Writer" else []),
    ]:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)


# --- permission matrix: role × transition, through the transition view ---

MATRIX = [
    # role, whose article, from state, action, allowed
    ("Writer", "own", Status.DRAFT, "submit", True),
    ("Writer", "own", Status.REVIEW, "withdraw", True),
    ("Writer", "own", Status.REVIEW, "send_back", False),
    ("Writer", "own", Status.REVIEW, "publish", False),
    ("Writer", "own", Status.DRAFT, "publish", False),
    ("Writer", "own", Status.PUBLISHED, "unpublish", False),
    ("Writer", "own", Status.PUBLISHED, "archive", False),
    ("Writer", "other", Status.DRAFT, "submit", False),
    ("Writer", "other", Status.REVIEW, "withdraw", False),
    ("Editor", "other", Status.DRAFT, "submit", True),
    ("Editor", "other", Status.REVIEW, "withdraw", True),
    ("Editor", "other", Status.REVIEW, "send_back", True),
    ("Editor", "other", Status.REVIEW, "publish", True),
    ("Editor", "other", Status.PUBLISHED, "unpublish", True),
    ("Editor", "other", Status.PUBLISHED, "archive", True),
    ("Editor", "other", Status.ARCHIVED, "publish", False),  # wrong state: unpublish first
    ("Editor", "other", Status.DRAFT, "withdraw", False),  # wrong state
    ("superuser", "other", Status.REVIEW, "publish", True),
    ("superuser", "other", Status.PUBLISHED, "archive", True),
]
TARGET = {
    "submit": Status.REVIEW,
    "withdraw": Status.DRAFT,
    "send_back": Status.DRAFT,
    "publish": Status.PUBLISHED,
    "unpublish": Status.DRAFT,
    "archive": Status.ARCHIVED,
}


@pytest.mark.parametrize(("role", "whose", "state", "action", "allowed"), MATRIX)
def test_transition_matrix(client, role, whose, state, action, allowed):
    user = staff_user(role, "actor")
    someone = staff_user("Writer", "someone")
    article = own_article(user if whose == "own" else someone, status=state)
    client.force_login(user)
    url = f"/admin/articles/article/{article.pk}/step/{action}/"

    page = client.get(url)
    assert page.status_code == (200 if allowed else 403)

    response = client.post(url, {"note": "Perlu sumber tambahan."})
    article.refresh_from_db()
    if allowed:
        assert response.status_code == 302
        assert article.status == TARGET[action]
        step = ArticleTransition.objects.get(article=article)
        assert (step.from_status, step.to_status, step.by) == (state, TARGET[action], user)
    else:
        assert response.status_code == 403
        assert article.status == state
        assert not ArticleTransition.objects.exists()


def test_buttons_shown_match_permissions(client):
    writer = staff_user("Writer", "w")
    article = own_article(writer)
    client.force_login(writer)
    html = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert "/step/submit/" in html
    assert "/step/publish/" not in html
    editor = staff_user("Editor", "e")
    client.force_login(editor)
    html = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert "/step/publish/" in html and "/step/archive/" in html


def test_send_back_needs_a_note(client):
    editor = staff_user("Editor", "e")
    article = ArticleFactory(status=Status.REVIEW)
    client.force_login(editor)
    response = client.post(f"/admin/articles/article/{article.pk}/step/send_back/", {"note": ""})
    assert response.status_code == 200
    assert Article.objects.get(pk=article.pk).status == Status.REVIEW


def test_editor_schedules_through_admin(client):
    editor = staff_user("Editor", "e")
    article = ArticleFactory(status=Status.REVIEW, published_at=None)
    client.force_login(editor)
    when = timezone.localtime(timezone.now() + timedelta(days=2)).replace(microsecond=0)
    response = client.post(
        f"/admin/articles/article/{article.pk}/step/publish/",
        {"at_0": when.strftime("%Y-%m-%d"), "at_1": when.strftime("%H:%M:%S")},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_scheduled and article.published_at == when
    listing = client.get("/admin/articles/article/").content.decode()
    assert "Scheduled for" in listing or "Dijadwalkan" in listing


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
    assert "Ayu Lestari" in response.content.decode()
    assert Article.objects.get(pk=article.pk).title == "Versi Ayu"


# --- list and bulk actions ---


def test_bulk_actions_respect_roles(client):
    writer = staff_user("Writer", "w")
    mine = own_article(writer)
    theirs = own_article(staff_user("Writer", "x"))
    in_review = own_article(writer, status=Status.REVIEW)
    client.force_login(writer)
    changelist = "/admin/articles/article/"

    client.post(changelist, {"action": "submit_articles", "_selected_action": [mine.pk, theirs.pk]})
    assert Article.objects.get(pk=mine.pk).status == Status.REVIEW
    assert Article.objects.get(pk=theirs.pk).status == Status.DRAFT

    # Writers are not offered "publish"; posting it anyway changes nothing.
    client.post(changelist, {"action": "publish_articles", "_selected_action": [in_review.pk]})
    assert Article.objects.get(pk=in_review.pk).status == Status.REVIEW

    editor = staff_user("Editor", "e")
    client.force_login(editor)
    client.post(changelist, {"action": "publish_articles", "_selected_action": [in_review.pk, mine.pk]})
    assert Article.objects.get(pk=in_review.pk).is_published
    client.post(changelist, {"action": "archive_articles", "_selected_action": [in_review.pk]})
    assert Article.objects.get(pk=in_review.pk).status == Status.ARCHIVED
    client.post(changelist, {"action": "unpublish_articles", "_selected_action": [mine.pk]})
    assert Article.objects.get(pk=mine.pk).status == Status.DRAFT


def test_changelist_queries_do_not_grow(client, django_assert_max_num_queries):
    editor = staff_user("Editor", "e")
    client.force_login(editor)
    ArticleFactory.create_batch(2, tags=["AI"])
    with django_assert_max_num_queries(30) as few:
        client.get("/admin/articles/article/")
    ArticleFactory.create_batch(15, tags=["AI", "Data"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/admin/articles/article/")
    assert response.status_code == 200


def test_changelist_filters_and_search(client):
    editor = staff_user("Editor", "e")
    client.force_login(editor)
    ArticleFactory(title="Kecerdasan buatan", tags=["AI"], featured=True)
    ArticleFactory(title="Jadwal nanti", published_at=timezone.now() + timedelta(days=1))
    for query in ["?state=scheduled", "?state=live", "?state=draft", "?tag=ai", "?featured__exact=1", "?q=buatan"]:
        assert client.get(f"/admin/articles/article/{query}").status_code == 200
    assert "Jadwal nanti" in client.get("/admin/articles/article/?state=scheduled").content.decode()
    assert "Jadwal nanti" not in client.get("/admin/articles/article/?state=live").content.decode()


def test_dashboard_lists_review_scheduled_recent_and_my_drafts(client):
    editor = staff_user("Editor", "e")
    ArticleFactory(title="Menunggu review", status=Status.REVIEW)
    ArticleFactory(title="Terjadwal besok", published_at=timezone.now() + timedelta(days=1))
    ArticleFactory(title="Baru terbit")
    own_article(editor, title="Draf saya")
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    for title in ["Menunggu review", "Terjadwal besok", "Baru terbit", "Draf saya"]:
        assert title in html


def test_calendar_shows_scheduled_and_published(client):
    editor = staff_user("Editor", "e")
    when = timezone.now() + timedelta(days=1)
    ArticleFactory(title="Terjadwal", published_at=when)
    client.force_login(editor)
    html = client.get(f"/admin/articles/article/calendar/?month={timezone.localtime(when):%Y-%m}").content.decode()
    assert "Terjadwal" in html


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
    assert diff.status_code == 200 and "Judul pertama" in html and "Judul kedua" in html

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


def test_restoring_a_revision_can_bring_back_its_byline(client):
    editor = staff_user("Editor", "e")
    sari, budi = AuthorFactory(name="Sari"), AuthorFactory(name="Budi")
    AuthorFactory(name="Tono")
    article = ArticleFactory(authors=[sari, budi], summary="Versi pertama")
    services.article_record_relations(article=article)
    first = article.history.order_by("history_date").first()
    client.force_login(editor)
    services.article_set_byline(article=article, names=["Tono"])
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
    services.article_set_byline(article=article, names=["Tono"])
    client.force_login(editor)
    data = change_data(Article.objects.get(pk=article.pk))
    assert client.post(f"/admin/articles/article/{article.pk}/history/{first.pk}/", data).status_code == 302
    assert [a.name for a in Article.objects.get(pk=article.pk).byline_authors] == ["Tono"]
