"""Access control as a matrix: who × which admin screen or action × whose article, and the public site for everyone.

tests/articles/test_admin.py covers the workflow transitions and the bulk workflow actions;
this file covers what is left: list, add, view, change, delete (single and bulk), history,
preview and share, plus the public surfaces, for anonymous visitors, logged-in non-staff,
writers, editors and superusers.
"""

import pytest
from django.contrib.auth import get_user_model

from articles.models import Article, Status
from tests.articles.test_admin import change_data, own_article
from tests.factories import ArticleFactory, UserFactory, staff_user

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "Writer", "Editor", "superuser"]
# Whose article, in which state: the writer's own draft, a colleague's draft, a colleague's published article.
TARGETS = ["own_draft", "other_draft", "other_published"]

# May the role change / delete the target? (Anonymous and non-staff members may do nothing at all.)
MAY_CHANGE = {
    ("Writer", "own_draft"): True,
    ("Writer", "other_draft"): False,
    ("Writer", "other_published"): False,
    **{(role, target): True for role in ("Editor", "superuser") for target in TARGETS},
}


def login_as(client, role):
    if role == "anonymous":
        return None
    # "member": a login, but not staff.
    user = UserFactory(username="member") if role == "member" else staff_user(role, f"acting-{role.lower()}")
    client.force_login(user)
    return user


def make_target(target, actor):
    """Return the article for a target; "own" means the actor's own, when the actor can own one."""
    colleague = staff_user("Writer", "colleague")
    if target == "own_draft":
        owner = actor if actor is not None and actor.is_staff else colleague
        return own_article(owner, title="Draf milik sendiri")
    if target == "other_draft":
        return own_article(colleague, title="Draf rekan")
    return own_article(colleague, status=Status.PUBLISHED, title="Artikel rekan")


def assert_sent_to_login(response):
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("role", ROLES)
def test_list_and_add_screens(client, role):
    login_as(client, role)
    for url in ["/admin/", "/admin/articles/article/", "/admin/articles/article/add/", "/admin/articles/image/"]:
        response = client.get(url)
        if role in ("anonymous", "member"):
            assert_sent_to_login(response)
        else:
            assert response.status_code == 200, (role, url)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("target", TARGETS)
def test_change_screen_and_save(client, role, target):
    actor = login_as(client, role)
    article = make_target(target, actor)
    url = f"/admin/articles/article/{article.pk}/change/"
    response = client.post(url, change_data(article, title="Judul yang disusupkan"))
    stored = Article.objects.get(pk=article.pk)
    if role in ("anonymous", "member"):
        assert_sent_to_login(response)
        assert_sent_to_login(client.get(url))
    elif MAY_CHANGE[(role, target)]:
        assert response.status_code == 302, response.content.decode()[:2000]
        assert stored.title == "Judul yang disusupkan"
    else:
        assert response.status_code == 403
    if not (role not in ("anonymous", "member") and MAY_CHANGE[(role, target)]):
        assert stored.title == article.title


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("target", TARGETS)
def test_delete_screen_and_bulk_delete(client, role, target):
    actor = login_as(client, role)
    article = make_target(target, actor)
    allowed = role not in ("anonymous", "member") and MAY_CHANGE[(role, target)]

    # The bulk "delete selected" action first: refused ones leave the article in place.
    response = client.post(
        "/admin/articles/article/", {"action": "delete_selected", "_selected_action": [article.pk], "post": "yes"}
    )
    if role in ("anonymous", "member"):
        assert_sent_to_login(response)
    assert Article.objects.filter(pk=article.pk).exists() is not allowed
    if allowed:
        return

    url = f"/admin/articles/article/{article.pk}/delete/"
    page = client.get(url)
    response = client.post(url, {"post": "yes"})
    if role in ("anonymous", "member"):
        assert_sent_to_login(page)
        assert_sent_to_login(response)
    else:
        assert page.status_code == 403
        assert response.status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


@pytest.mark.parametrize("role", ROLES)
def test_preview_share_and_history_need_staff(client, role):
    actor = login_as(client, role)
    article = make_target("other_draft", actor)
    for suffix in ["preview/", "share/", "history/"]:
        response = client.get(f"/admin/articles/article/{article.pk}/{suffix}")
        if role in ("anonymous", "member"):
            assert_sent_to_login(response)
        else:
            assert response.status_code in (200, 403), (role, suffix)


def test_staff_cannot_grant_themselves_more(client):
    """A writer may not reach user, group or permission screens, nor edit their own account's rights."""
    writer = login_as(client, "Writer")
    for url in ["/admin/auth/user/", f"/admin/auth/user/{writer.pk}/change/", "/admin/auth/group/", "/admin/axes/"]:
        assert client.get(url).status_code in (403, 404), url
    response = client.post(
        f"/admin/auth/user/{writer.pk}/change/", {"username": writer.username, "is_superuser": "on", "is_staff": "on"}
    )
    assert response.status_code in (403, 404)
    writer.refresh_from_db()
    assert not writer.is_superuser


def test_only_superusers_see_login_lockouts(client):
    login_as(client, "Editor")
    assert client.get("/admin/axes/accessattempt/").status_code == 403
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.com", "x-Long-pass-1"))
    assert client.get("/admin/axes/accessattempt/").status_code == 200


PUBLIC = ["/", "/articles/", "/authors/", "/search/?q=rahasia", "/feed/", "/sitemap.xml", "/careers/"]


@pytest.mark.parametrize("role", ROLES)
def test_public_site_is_the_same_for_everyone_and_never_shows_drafts(client, role):
    actor = login_as(client, role)
    ArticleFactory(title="Berita terbit")
    draft = make_target("other_draft", actor)
    Article.objects.filter(pk=draft.pk).update(title="Rahasia redaksi")
    for url in PUBLIC:
        response = client.get(url)
        assert response.status_code == 200, (role, url)
        assert b"Rahasia redaksi" not in response.content, (role, url)
    # The public address of a draft is not found even for staff: they use the admin preview.
    assert client.get(f"/articles/{draft.slug}/").status_code == 404
