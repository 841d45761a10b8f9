"""Staff previews, signed guest links, and scheduled articles appearing on time."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from articles.models import Status
from articles.services import preview_token
from tests.factories import ArticleFactory, staff_user

pytestmark = pytest.mark.django_db


def assert_private(response):
    assert response.status_code == 200
    assert "noindex" in response["X-Robots-Tag"]
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert 'class="preview-banner"' in html


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED, Status.PUBLISHED])
def test_staff_preview_of_any_state(client, status):
    article = ArticleFactory(title="Draf rahasia", status=status)
    client.force_login(staff_user("Writer", "w"))
    response = client.get(f"/admin/articles/article/{article.pk}/preview/")
    assert_private(response)
    assert "Draf rahasia" in response.content.decode()


def test_staff_preview_needs_login(client):
    article = ArticleFactory(status=Status.DRAFT)
    response = client.get(f"/admin/articles/article/{article.pk}/preview/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_guest_preview_link_works_until_it_expires(client, settings):
    settings.PREVIEW_LINK_MAX_AGE = 7 * 24 * 60 * 60
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        article = ArticleFactory(title="Akan terbit", status=Status.REVIEW, published_at=None)
        url = f"/preview/{preview_token(article=article)}/"
        assert client.get(article.get_absolute_url()).status_code == 404
        assert_private(client.get(url))
        traveller.shift(timedelta(days=6, hours=23))
        assert client.get(url).status_code == 200
        traveller.shift(timedelta(hours=2))
        assert client.get(url).status_code == 404


def test_tampered_or_foreign_links_are_not_found(client):
    article = ArticleFactory(status=Status.DRAFT)
    other = ArticleFactory(status=Status.DRAFT)
    token = preview_token(article=article)
    value, stamp, signature = token.split(":")
    for bad in [
        f"{other.pk}:{stamp}:{signature}",
        f"{value}:{stamp}:{signature[:-1]}x",
        "garbage",
        f"{value}:{stamp}",
        "x" * 500,
    ]:
        assert client.get(f"/preview/{bad}/").status_code == 404, bad


@time_machine.travel("2026-03-01 09:00:00+07:00", tick=False)  # the token carries a timestamp in seconds
def test_share_page_shows_a_working_link(client):
    article = ArticleFactory(status=Status.DRAFT)
    client.force_login(staff_user("Editor", "e"))
    html = client.get(f"/admin/articles/article/{article.pk}/share/").content.decode()
    assert f"/preview/{preview_token(article=article)}/" in html


def test_scheduled_article_appears_at_its_time(client):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as traveller:
        editor = staff_user("Editor", "e")
        article = ArticleFactory(title="Terbit nanti", status=Status.REVIEW, published_at=None)
        client.force_login(editor)
        when = timezone.localtime(start + timedelta(hours=3)).replace(microsecond=0)
        response = client.post(
            f"/admin/articles/article/{article.pk}/step/publish/",
            {"at_0": when.strftime("%Y-%m-%d"), "at_1": when.strftime("%H:%M:%S")},
        )
        assert response.status_code == 302
        client.logout()
        assert client.get(article.get_absolute_url()).status_code == 404
        assert "Terbit nanti" not in client.get("/articles/").content.decode()

        traveller.move_to(when + timedelta(minutes=1))
        assert client.get(article.get_absolute_url()).status_code == 200
        assert "Terbit nanti" in client.get("/articles/").content.decode()


def test_a_writer_cannot_share_a_preview_of_someone_elses_draft(client):
    from tests.articles.conftest import own_article

    owner, other = staff_user("Writer", "owner"), staff_user("Writer", "snoop")
    draft = own_article(owner, title="Rahasia redaksi")
    client.force_login(other)
    response = client.get(f"/admin/articles/article/{draft.pk}/share/")
    assert response.status_code == 403 and "/preview/" not in response.content.decode()
    client.force_login(owner)
    assert "/preview/" in client.get(f"/admin/articles/article/{draft.pk}/share/").content.decode()
