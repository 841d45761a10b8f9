"""Staff previews, signed guest links, and scheduled articles appearing on time."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from articles import services
from articles.models import PreviewLink, Status
from tests.factories import ArticleFactory, staff_user

pytestmark = pytest.mark.django_db


def share(article) -> str:
    """Return the address of a new guest preview link of the article, made by an editor."""
    link = services.preview_share(article=article, by=staff_user("Editor", "sharing-editor"))
    return f"/preview/{services.preview_token(link=link)}/"


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
        url = share(article)
        assert client.get(article.get_absolute_url()).status_code == 404
        assert_private(client.get(url))
        traveller.shift(timedelta(days=6, hours=23))
        assert client.get(url).status_code == 200
        traveller.shift(timedelta(hours=2))
        assert client.get(url).status_code == 404


def test_tampered_or_foreign_links_are_not_found(client):
    article = ArticleFactory(status=Status.DRAFT)
    other_link = share(ArticleFactory(status=Status.DRAFT))
    token = share(article).split("/")[2]
    value, signature = token.split(":")
    for bad in [
        f"{int(value) + 1}:{signature}",
        f"{value}:{signature[:-1]}x",
        "garbage",
        value,
        "x" * 500,
        f"{article.pk}:{signature}",
    ]:
        assert client.get(f"/preview/{bad}/").status_code == 404, bad
    assert client.get(other_link).status_code == 200


def test_share_page_makes_lists_and_revokes_links(client):
    article = ArticleFactory(status=Status.DRAFT, title="Berita yang ditarik")
    editor = staff_user("Editor", "e", first_name="Eka", last_name="Putri")
    client.force_login(editor)
    share_url = f"/admin/articles/article/{article.pk}/share/"
    assert "/preview/" not in client.get(share_url).content.decode()  # looking makes no link
    assert client.post(share_url, {"do": "make"}).status_code == 302
    assert client.post(share_url, {"do": "make"}).status_code == 302
    html = client.get(share_url).content.decode()
    links = re.findall(r'value="https?://[^"]+(/preview/[^"]+/)"', html)
    assert len(links) == 2 and "Eka Putri" in html
    client.logout()
    assert all(client.get(link).status_code == 200 for link in links)

    client.force_login(editor)
    assert client.post(share_url, {"do": "revoke"}).status_code == 302
    assert PreviewLink.objects.filter(article=article, revoked_by=editor).count() == 2
    assert "/preview/" not in client.get(share_url).content.decode()
    client.logout()
    for link in links:
        response = client.get(link)
        assert response.status_code == 404 and "Berita yang ditarik" not in response.content.decode()


def test_archiving_or_deleting_an_article_stops_its_links(client):
    editor = staff_user("Editor", "e")
    pulled, gone = ArticleFactory(title="Ditarik"), ArticleFactory(title="Dihapus")
    pulled_link, gone_link = share(pulled), share(gone)
    assert client.get(pulled_link).status_code == 200
    services.article_unpublish(article=pulled, by=editor)
    assert client.get(pulled_link).status_code == 200  # back to draft: still a preview
    services.article_archive(article=pulled, by=editor)
    assert client.get(pulled_link).status_code == 404
    services.article_delete(article=gone, by=editor)
    assert client.get(gone_link).status_code == 404


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
    assert client.post(f"/admin/articles/article/{draft.pk}/share/", {"do": "make"}).status_code == 403
    client.force_login(owner)
    assert client.post(f"/admin/articles/article/{draft.pk}/share/", {"do": "make"}).status_code == 302
    assert "/preview/" in client.get(f"/admin/articles/article/{draft.pk}/share/").content.decode()
