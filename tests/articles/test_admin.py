"""The editorial workflow through the admin views: every allowed step works, every forbidden one is refused.

The change form is in test_admin_forms.py, revisions and restoring in test_admin_revisions.py.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, ArticleTransition, Status

# Re-exported: test_sanitize, test_services and tests/portal/test_access import these from here.
from tests.articles.conftest import change_data, own_article  # noqa: F401
from tests.factories import ArticleFactory, staff_user

pytestmark = pytest.mark.django_db


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
        "/admin/articles/article/calendar/?month=1-1",
        "/admin/articles/article/calendar/?month=9999-12",
        "/admin/articles/article/calendar/?month=0-0",
        "/admin/articles/article/calendar/?month=2025-13",
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
