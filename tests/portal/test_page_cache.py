from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.utils import timezone

from articles import services
from articles.models import Status
from portal.cache import content_generation
from portal.models import SiteSettings
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    ResourceFactory,
    RoleSkillFactory,
    SkillFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    # The site settings row is created on first use, which is a content change of its own.
    SiteSettings.load()


def test_second_anonymous_visit_is_served_from_the_cache(client, django_assert_num_queries):
    ArticleFactory(title="Kabar pertama")
    first = client.get("/")
    with django_assert_num_queries(0):
        second = client.get("/")
    assert second.content == first.content
    assert "public" in second["Cache-Control"]
    assert "s-maxage=300" in second["Cache-Control"]
    assert "stale-while-revalidate=60" in second["Cache-Control"]


def test_conditional_get_answers_304(client):
    ArticleFactory()
    etag = client.get("/articles/")["ETag"]
    response = client.get("/articles/", headers={"if-none-match": etag})
    assert response.status_code == 304


def test_languages_are_cached_apart(client):
    ArticleFactory()
    assert '<html lang="id">' in client.get("/").content.decode()
    assert '<html lang="en">' in client.get("/en/").content.decode()
    assert '<html lang="id">' in client.get("/").content.decode()


def test_anyone_with_a_session_bypasses_the_cache(client, django_assert_max_num_queries):
    ArticleFactory()
    client.get("/")
    client.cookies["sessionid"] = "anything"
    response = client.get("/")
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def edit_article_title(article):
    services.article_update(article=article, by=None, title="Judul yang diperbarui")
    return "Judul yang diperbarui"


def publish_new_article(article):
    new = services.article_create(
        by=None, title="Artikel yang baru terbit", slug="baru-terbit", summary="Ringkas.", category=article.category,
        authors=article.byline_authors,
    )  # fmt: skip
    services.article_publish(article=new, by=None)
    return "Artikel yang baru terbit"


def rename_author(article):
    author = article.byline_authors[0]
    author.name = "Nama Penulis Baru"
    author.save()
    return "Nama Penulis Baru"


def rename_section(article):
    article.category.name = "Rubrik Baru"
    article.category.save()
    return "Rubrik Baru"


def retag(article):
    services.article_update(article=article, by=None, tags=["ai", "topik-segar"])
    return "topik-segar"


def change_site_settings(article):
    site = SiteSettings.load()
    site.organisation_name = "PT Penerbit Baru"
    site.save()
    return "PT Penerbit Baru"


@pytest.mark.parametrize(
    ("url", "change"),
    [
        ("/", edit_article_title),
        ("/articles/", publish_new_article),
        ("/", rename_author),
        ("/", rename_section),
        ("/", retag),
        ("/authors/", change_site_settings),
    ],
)
def test_content_changes_make_cached_pages_fresh(client, committed, url, change):
    article = ArticleFactory(tags=["ai"], category=CategoryFactory(), authors=[AuthorFactory()])
    article = type(article).objects.for_listing().get(pk=article.pk)
    client.get(url)
    with committed():
        expected = change(article)
    assert expected in client.get(url).content.decode()


def test_unpublishing_and_deleting_remove_an_article_from_cached_pages(client, committed):
    article = ArticleFactory(title="Akan ditarik")
    gone = ArticleFactory(title="Akan dihapus")
    assert "Akan ditarik" in client.get("/").content.decode()
    with committed():
        services.article_unpublish(article=article, by=None)
        services.article_delete(article=gone, by=None)
    html = client.get("/").content.decode()
    assert "Akan ditarik" not in html and "Akan dihapus" not in html


def delete_tag(article):
    from taggit.models import Tag

    Tag.objects.get(name="Topik Unik Sekali").delete()
    return "Topik Unik Sekali"


def delete_author(article):
    name = article.byline_authors[0].name
    article.byline_authors[0].delete()
    return name


@pytest.mark.parametrize(
    ("url", "delete"),
    [("/", delete_tag), (None, delete_author)],
    ids=["tag", "author"],
)
def test_deleting_what_a_cached_page_shows_makes_it_fresh(client, committed, url, delete):
    article = ArticleFactory(
        tags=["Topik Unik Sekali"], category=CategoryFactory(), authors=[AuthorFactory(name="Penulis Hilang")]
    )
    article = type(article).objects.for_detail().get(pk=article.pk)
    url = url or article.get_absolute_url()
    before = client.get(url).content.decode()
    with committed():
        gone = delete(article)
    assert gone in before
    assert gone not in client.get(url).content.decode()


def test_deleting_a_section_removes_it_from_cached_menus(client, committed):
    ArticleFactory()
    empty = CategoryFactory(name="Rubrik Sepi")
    assert "Rubrik Sepi" in client.get("/authors/").content.decode()
    with committed():
        empty.delete()
    assert "Rubrik Sepi" not in client.get("/authors/").content.decode()


@pytest.mark.parametrize(
    "change",
    [
        lambda skill: skill.save(),
        lambda skill: RoleSkillFactory(skill=skill),
        lambda skill: ResourceFactory(skills=[skill]),
        lambda skill: skill.delete(),
    ],
    ids=["skill-edit", "role-skill", "resource", "skill-delete"],
)
def test_careers_changes_start_a_new_cache_generation(committed, change):
    skill = SkillFactory(name="Analisis Data")
    before = content_generation()
    with committed():
        change(skill)
    assert content_generation() != before


def test_revisions_and_sessions_do_not_count_as_content():
    assert content_generation() == content_generation()
    ArticleFactory()
    before = content_generation()
    Session.objects.create(session_key="x" * 32, session_data="", expire_date=timezone.now())
    assert content_generation() == before


NOON = datetime(2026, 3, 10, 12, 0, tzinfo=ZoneInfo("Asia/Jakarta"))


def test_a_cached_page_never_outlives_the_next_scheduled_publish(client):
    now = NOON  # far from midnight, when cached pages end anyway
    with time_machine.travel(now, tick=False):
        ArticleFactory(title="Sudah terbit")
        ArticleFactory(title="Terjadwal", status=Status.PUBLISHED, published_at=now + timedelta(seconds=90))
        response = client.get("/")
        assert "Terjadwal" not in response.content.decode()
        assert "max-age=90" in response["Cache-Control"]
    with time_machine.travel(now + timedelta(seconds=91), tick=False):
        assert "Terjadwal" in client.get("/").content.decode()


def test_a_cached_page_never_outlives_the_next_expiry(client):
    now = NOON  # far from midnight, when cached pages end anyway
    with time_machine.travel(now, tick=False):
        ArticleFactory(title="Segera kedaluwarsa", expires_at=now + timedelta(seconds=45))
        response = client.get("/")
        assert "Segera kedaluwarsa" in response.content.decode()
        assert "max-age=45" in response["Cache-Control"]
    with time_machine.travel(now + timedelta(seconds=46), tick=False):
        assert "Segera kedaluwarsa" not in client.get("/").content.decode()


def test_a_page_cached_before_midnight_ends_at_midnight_when_today_moves_on(client):
    evening = datetime(2026, 3, 10, 23, 58, tzinfo=ZoneInfo("Asia/Jakarta"))
    with time_machine.travel(evening, tick=False):
        ArticleFactory(title="Kabar malam", published_at=evening - timedelta(hours=2))
        response = client.get("/")
        assert "Hari ini, 21.58 WIB" in response.content.decode()
        assert "max-age=120" in response["Cache-Control"]
    with time_machine.travel(evening + timedelta(minutes=3), tick=False):
        html = client.get("/").content.decode()
        assert "Hari ini" not in html and "10 Maret 2026" in html


def test_error_pages_and_health_checks_are_not_cached(client):
    assert "public" not in client.get("/articles/tidak-ada/").get("Cache-Control", "")
    assert "public" not in client.get("/healthz")["Cache-Control"]


def test_an_unprefixed_page_is_indonesian_whatever_the_browser_asks_for(client):
    ArticleFactory()
    client.get("/en/")
    english_browser = client.get("/", headers={"accept-language": "en"})
    assert '<html lang="id">' in english_browser.content.decode()
    assert '<html lang="en">' in client.get("/en/", headers={"accept-language": "id"}).content.decode()


def test_a_hit_replays_the_stored_headers_and_says_how_old_it_is(client):
    ArticleFactory()
    first = client.get("/")
    second = client.get("/")
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "nonce-" not in second["Content-Security-Policy"]
    assert second["ETag"] == first["ETag"]
    assert second["Cross-Origin-Resource-Policy"] == "same-origin"
    assert int(second["Age"]) >= 0
    assert not first.has_header("Age")


def test_head_is_answered_from_the_stored_get(client, django_assert_num_queries):
    ArticleFactory()
    client.get("/articles/")
    with django_assert_num_queries(0):
        response = client.head("/articles/")
    assert response.status_code == 200


# The rules for what may be shared, on the middleware itself: public pages never set cookies or
# vary on them, so these cases are built by hand.


def middleware_serving(make_response):
    from portal.middleware import PageCacheMiddleware

    calls = []

    def view(request):
        calls.append(request.path)
        return make_response()

    return PageCacheMiddleware(view), calls


@pytest.mark.parametrize(
    "make_response",
    [
        lambda: _response_with(cookie=True),
        lambda: _response_with(vary="Cookie"),
        lambda: _response_with(csp="script-src 'self' 'nonce-abc123'"),
        lambda: _response_with(cache_control="private, max-age=60"),
        lambda: _response_with(cache_control="no-store"),
        lambda: _response_with(status=404),
    ],
    ids=["sets-cookie", "varies-on-cookie", "csp-nonce", "private", "no-store", "not-found"],
)
def test_responses_that_are_not_safe_to_share_are_never_stored(rf, make_response):
    middleware, calls = middleware_serving(make_response)
    middleware(rf.get("/halaman/"))
    middleware(rf.get("/halaman/"))
    assert len(calls) == 2


def test_a_shareable_response_is_stored_once(rf):
    middleware, calls = middleware_serving(_response_with)
    middleware(rf.get("/halaman/"))
    replayed = middleware(rf.get("/halaman/"))
    assert len(calls) == 1
    assert replayed.content == b"isi halaman"


def test_a_page_rendered_while_content_changed_is_not_served_as_the_new_content(rf):
    from portal.cache import bump_content_generation

    def edited_during_rendering():
        bump_content_generation()  # an editor saves while this page is being rendered
        return _response_with()

    middleware, calls = middleware_serving(edited_during_rendering)
    middleware(rf.get("/halaman/"))
    middleware.get_response = lambda request: calls.append(request.path) or _response_with()
    middleware(rf.get("/halaman/"))
    assert len(calls) == 2


def test_a_broken_cache_still_serves_the_page(rf, monkeypatch):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get_many", broken)
    monkeypatch.setattr(cache, "set", broken)
    middleware, calls = middleware_serving(_response_with)
    assert middleware(rf.get("/halaman/")).content == b"isi halaman"
    assert len(calls) == 1


def _response_with(*, status=200, cookie=False, vary=None, csp=None, cache_control=None):
    from django.http import HttpResponse

    response = HttpResponse(b"isi halaman", status=status)
    if cookie:
        response.set_cookie("pelacak", "1")
    if vary:
        response["Vary"] = vary
    if csp:
        response["Content-Security-Policy"] = csp
    if cache_control:
        response["Cache-Control"] = cache_control
    return response
