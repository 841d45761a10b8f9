"""Unpublished content never leaks: every public surface is searched for any unpublished word."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone

from articles import services
from articles.models import Status
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    RelatedReadFactory,
    RoleFactory,
    RoleSkillFactory,
    SkillFactory,
    staff_user,
)

pytestmark = pytest.mark.django_db

HIDDEN_STATES = {
    # word: (status, published_at offset, expires_at offset)
    "zabaglione": (Status.DRAFT, None, None),
    "quokkamantel": (Status.REVIEW, None, None),
    "vortexpisang": (Status.PUBLISHED, timedelta(days=2), None),  # scheduled for later
    "kadaluarsaxyz": (Status.PUBLISHED, -timedelta(days=9), -timedelta(hours=1)),  # expired
    "arsipgelapku": (Status.ARCHIVED, -timedelta(days=30), None),
}


def secrets(word: str) -> list[str]:
    """Return what only the unpublished article says: its title, summary, body, SEO title and address.

    (The bare word is not enough: search pages echo the query, and the tag and extra author made
    for each article are public things whose pages show their own names.)
    """
    return [f"judul {word}", f"ringkasan {word}", f"isi {word}", f"seo {word}", f"rahasia-{word}"]


def leaked(content: str, hidden) -> list[str]:
    content = content.lower()
    return [secret for word, _article in hidden for secret in secrets(word) if secret in content]


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture
def newsroom():
    """Return (visible, hidden): a published article and [(word, article)] for every unpublished state."""
    now = timezone.now()
    section = CategoryFactory(slug="teknologi", name="Teknologi")
    author = AuthorFactory(slug="dewi", name="Dewi Lestari")
    skill = SkillFactory(slug="prompting", name="Prompting")
    role = RoleFactory(slug="penulis-konten")
    RoleSkillFactory(role=role, skill=skill)

    visible = ArticleFactory(
        slug="terbit", title="Artikel yang terbit", category=section, authors=[author], tags=["ai"]
    )
    visible.skills.add(skill)
    ArticleFactory(slug="terbit-lain", category=section, authors=[author], tags=["ai", "karier"])

    hidden = []
    for word, (status, publish_offset, expire_offset) in HIDDEN_STATES.items():
        article = ArticleFactory(
            slug=f"rahasia-{word}",
            title=f"Judul {word}",
            summary=f"Ringkasan {word} yang belum boleh dibaca.",
            body=f"<p>Isi {word} rahasia tentang ai dan karier.</p>",
            status=status,
            published_at=(now + publish_offset) if publish_offset is not None else None,
            expires_at=(now + expire_offset) if expire_offset is not None else None,
            category=section,
            authors=[author, AuthorFactory(slug=f"penulis-{word}", name=f"Penulis {word.title()}")],
            tags=["ai", f"tag-{word}"],
            seo_title=f"SEO {word}",
        )
        article.skills.add(skill)
        RelatedReadFactory(article=visible, related=article)
        hidden.append((word, article))
    return visible, hidden


def assert_nothing_leaks(client, url, hidden):
    response = client.get(url)
    assert response.status_code in (200, 404), (url, response.status_code)
    assert leaked(response.content.decode(), hidden) == [], url


SURFACES = [
    "/",
    "/en/",
    "/articles/",
    "/articles/?page=2",
    "/en/articles/",
    "/articles/terbit/",  # the visible article: related reads point at every hidden article
    "/articles/terbit-lain/",
    "/authors/",
    "/authors/dewi/",
    "/authors/dewi/feed/",
    "/authors/dewi/feed/atom/",
    "/categories/teknologi/",
    "/categories/teknologi/feed/",
    "/categories/teknologi/feed/atom/",
    "/tags/ai/",
    "/tags/ai/feed/",
    "/tags/ai/feed/atom/",
    "/feed/",
    "/feed/atom/",
    "/en/feed/",
    "/robots.txt",
    "/careers/",
    "/careers/skills/",
    "/careers/skills/prompting/",
    "/careers/roles/",
    "/careers/roles/penulis-konten/",
    "/search/?q=ai",
    "/search/?q=karier",
]
# Surfaces of each hidden article's own word, tag and extra author.
WORD_SURFACES = [
    "/search/?q={word}",
    "/en/search/?q={word}",
    "/tags/tag-{word}/",
    "/tags/tag-{word}/feed/",
    "/authors/penulis-{word}/",
    "/authors/penulis-{word}/feed/atom/",
]


@pytest.mark.parametrize("url", SURFACES)
def test_no_unpublished_word_on_a_public_surface(client, newsroom, url):
    visible, hidden = newsroom
    assert visible.slug == "terbit"
    assert_nothing_leaks(client, url, hidden)


@pytest.mark.parametrize("template", WORD_SURFACES)
def test_no_unpublished_word_on_the_surfaces_of_each_hidden_word(client, newsroom, template):
    _visible, hidden = newsroom
    for word, _article in hidden:
        assert_nothing_leaks(client, template.format(word=word), hidden)


def test_no_unpublished_word_in_any_sitemap(client, newsroom):
    """The sitemap index and every sitemap it lists (news included)."""
    _visible, hidden = newsroom
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sitemaps = [path_of(url) for url in re.findall(r"<loc>([^<]+)</loc>", index.content.decode())]
    assert any("news" in url for url in sitemaps), sitemaps
    for url in ["/sitemap.xml", *sitemaps]:
        assert_nothing_leaks(client, url, hidden)


def test_hidden_article_addresses_are_not_found_in_either_language(client, newsroom):
    _visible, hidden = newsroom
    for _word, article in hidden:
        for url in (f"/articles/{article.slug}/", f"/en/articles/{article.slug}/"):
            response = client.get(url)
            assert response.status_code == 404, url
            # The not-found page may repeat the address asked for; nothing else of the article.
            assert leaked(response.content.decode().replace(article.slug, ""), hidden) == [], url


def test_json_ld_of_the_visible_article_names_no_hidden_article(client, newsroom):
    visible, hidden = newsroom
    page = client.get(f"/articles/{visible.slug}/").content.decode()
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL):
        assert leaked(block, hidden) == []
        for word, _article in hidden:
            assert word not in block.lower()


def test_preview_links_work_only_untampered_and_unexpired(client, newsroom):
    """A valid preview link works; tampered or expired ones are simply not found."""
    _visible, hidden = newsroom
    word, draft = hidden[0]
    token = services.preview_token(link=services.preview_share(article=draft, by=staff_user("Editor", "leak-editor")))
    assert word in client.get(f"/preview/{token}/").content.decode().lower()
    tampered = [
        token[:-1] + ("A" if token[-1] != "A" else "B"),
        f"{int(token.split(':')[0]) + 1}:{token.split(':')[1]}",
        "x",
    ]
    for bad in tampered:
        response = client.get(f"/preview/{bad}/")
        assert response.status_code == 404, bad
        assert leaked(response.content.decode(), hidden) == [], bad
    with time_machine.travel(timezone.now() + timedelta(seconds=settings.PREVIEW_LINK_MAX_AGE + 60)):
        response = client.get(f"/preview/{token}/")
        assert response.status_code == 404
        assert leaked(response.content.decode(), hidden) == []
