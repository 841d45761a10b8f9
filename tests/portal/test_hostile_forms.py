"""Hostile forms: hostile values give form errors or refusals, never exceptions or changes they should not make."""

import pytest
from django.core.cache import cache

from articles.models import Article, Status
from tests.articles.conftest import change_data, own_article
from tests.factories import staff_user

pytestmark = pytest.mark.django_db


# --- Forms: hostile values give form errors, never exceptions -------------------------------------


@pytest.fixture
def editor(client):
    user = staff_user("Editor", "editor-hostile")
    client.force_login(user)
    return user


@pytest.mark.parametrize(
    "overrides",
    [
        {"title": "x" * 5000},
        {"title": "a\x00b"},
        {"summary": "y" * 50_000},
        {"slug": "not a slug/../"},
        {"slug": "s" * 1000},
        {"category": "999999999999999999999"},
        {"category": "abc"},
        {"language": "xx"},
        {"status": "published"},
        {"loaded_version": "garbage"},
        {"loaded_version": "9999-12-31T23:59:59+00:00"},
        {"loaded_version": "\x00"},
        {"published_at_0": "2025-13-45", "published_at_1": "99:99"},
        {"published_at_0": "0000-00-00", "published_at_1": "x"},
        {"seo_title": "t" * 500},
        {"article_authors-TOTAL_FORMS": "1000000", "article_authors-INITIAL_FORMS": "0"},
        {"article_authors-TOTAL_FORMS": "-1"},
        {"article_authors-TOTAL_FORMS": "1", "article_authors-0-author": "'; DROP TABLE x; --"},
        {"related_links-TOTAL_FORMS": "1", "related_links-0-related": "999999"},
        {"inline_related_after": "-5"},
        {"inline_related_after": "99999999999999999999"},
        {"tags": ["99999999999999999999"]},
        {"tags": ["-99999999999999999999", "abc"]},
        {"skills": ["99999999999999999999"]},
        {"suggested_skills": ["99999999999999999999"]},
    ],
)
def test_article_form_with_hostile_fields(client, editor, overrides):
    article = own_article(editor, status=Status.DRAFT)
    before = Article.objects.get(pk=article.pk)
    response = client.post(f"/admin/articles/article/{article.pk}/change/", change_data(article, **overrides))
    assert response.status_code in (200, 302, 400, 403), response.status_code
    after = Article.objects.get(pk=article.pk)
    if response.status_code != 302:
        assert after.title == before.title and after.body == before.body
    assert after.status == Status.DRAFT  # a tampered status never publishes


@pytest.mark.parametrize(
    "data",
    [
        {"username": "u" * 10_000, "password": "p"},
        {"username": "a\x00b", "password": "p\x00"},
        {"username": "", "password": ""},
        {"username": ["a", "b"], "password": "p"},
        {"username": "admin", "password": "p" * 100_000},
    ],
)
def test_login_form_with_hostile_fields(client, data):
    response = client.post("/admin/login/", data, REMOTE_ADDR="198.51.100.200")
    assert response.status_code in (200, 400, 429)


@pytest.mark.parametrize(
    "data",
    [
        {"language": "xx", "next": "/"},
        {"language": "\x00", "next": "\x00"},
        {"language": "en" * 5000, "next": "/" + "a" * 10_000},
    ],
)
def test_language_switch_with_hostile_fields(client, data):
    response = client.post("/i18n/setlang/", data)
    assert response.status_code in (200, 302, 400)


def test_image_form_with_hostile_fields(client, editor):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.factories import png_bytes

    for data in [
        {"alt_text": "a" * 5000, "caption": "", "credit": ""},
        {"alt_text": "ok", "caption": "c" * 5000, "credit": "\x00"},
    ]:
        data["file"] = SimpleUploadedFile("a.png", png_bytes(10, 10), content_type="image/png")
        response = client.post("/admin/articles/image/add/", data)
        assert response.status_code == 200
        assert response.context["adminform"].form.errors


def test_oversized_request_bodies_are_refused_cleanly(client, editor):
    cache.clear()
    many_fields = "&".join(f"f{i}=x" for i in range(2000))
    response = client.post(
        "/admin/articles/article/add/", many_fields, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
