import json
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.utils import timezone
from taggit.models import Tag

from articles import services
from articles.models import Status
from articles.views import HomeView
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    ImageFactory,
    RelatedReadFactory,
    png_bytes,
)

pytestmark = pytest.mark.django_db

JAKARTA = ZoneInfo("Asia/Jakarta")


def jsonld_blocks(html: str) -> list[dict]:
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S)
    ]


# --- article page -----------------------------------------------------------


def test_article_page_shows_what_a_reader_needs(client):
    team = AuthorFactory(name="Azura Team", slug="azura-team", is_team=True)
    writer = AuthorFactory(name="Sari Wulandari", slug="sari")
    section = CategoryFactory(name="Karier & Skill", slug="karier")
    article = ArticleFactory(
        title="Skill yang dicari 2026",
        summary="Ringkasan singkat.",
        category=section,
        authors=[team, writer],
        tags=["ai", "reskilling"],
        cover=ImageFactory(alt_text="Orang belajar di laptop"),
        published_at=timezone.make_aware(timezone.datetime(2025, 10, 28, 10, 0)),
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<h1 class="article-title" lang="id">Skill yang dicari 2026</h1>' in html
    assert "Ringkasan singkat." in html
    assert 'href="/authors/azura-team/" rel="author">Azura Team</a> dan <a href="/authors/sari/"' in html
    assert "28 Oktober 2025" in html
    assert "1 menit" in html or "1 min read" in html
    assert 'href="/categories/karier/"' in html  # breadcrumb
    assert 'href="/tags/ai/"' in html and 'href="/tags/reskilling/"' in html
    assert 'alt="Orang belajar di laptop"' in html
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert re.search(r'<img [^>]*width="64" height="36"', html)


def test_article_page_dates_in_english_under_en(client):
    article = ArticleFactory(published_at=timezone.make_aware(timezone.datetime(2025, 10, 28, 10, 0)))
    html = client.get("/en" + article.get_absolute_url()).content.decode()
    assert "28 October 2025" in html


def test_baca_juga_lists_related_reads(client):
    article = ArticleFactory()
    pick = ArticleFactory(title="Bacaan pilihan editor")
    RelatedReadFactory(article=article, related=pick)
    html = client.get(article.get_absolute_url()).content.decode()
    related_section = html.split('id="related-title"')[1]
    assert "Bacaan pilihan editor" in related_section


def test_inline_related_read_after_the_chosen_paragraph(client):
    article = ArticleFactory(inline_related_after=2)
    pick = ArticleFactory(title="Bacaan sisipan")
    RelatedReadFactory(article=article, related=pick)
    html = client.get(article.get_absolute_url()).content.decode()
    body = html.split('class="article-body prose"')[1].split("</div>")[0]
    assert body.index("Second paragraph") < body.index("Bacaan sisipan") < body.index("Third paragraph")


@pytest.mark.parametrize(
    "changes",
    [
        {"status": Status.DRAFT},
        {"status": Status.REVIEW},
        {"status": Status.ARCHIVED},
        {"published_at": timezone.now() + timedelta(days=1)},
        {"expires_at": timezone.now() - timedelta(minutes=1)},
    ],
    ids=["draft", "review", "archived", "scheduled", "expired"],
)
def test_non_public_articles_are_404_for_readers(client, changes):
    article = ArticleFactory(title="Rahasia redaksi", **changes)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 404
    assert "Rahasia redaksi" not in response.content.decode()
    for url in ["/", "/articles/", article.category.get_absolute_url()]:
        assert "Rahasia redaksi" not in client.get(url).content.decode()


def test_old_slug_redirects_permanently(client):
    article = ArticleFactory(slug="judul-lama")
    services.article_update(article=article, by=None, slug="judul-baru")
    response = client.get("/articles/judul-lama/")
    assert response.status_code == 301
    assert response["Location"] == "/articles/judul-baru/"


def test_old_slug_of_an_unpublished_article_is_404(client):
    article = ArticleFactory(slug="judul-lama")
    services.article_update(article=article, by=None, slug="judul-baru")
    services.article_archive(article=article, by=None)
    assert client.get("/articles/judul-lama/").status_code == 404


def test_json_ld_describes_the_article_and_breadcrumbs(client):
    team = AuthorFactory(name="Azura Team", is_team=True)
    person = AuthorFactory(name="Budi", website="https://budi.example")
    article = ArticleFactory(title="Judul", authors=[team, person], cover=ImageFactory())
    news, breadcrumbs = jsonld_blocks(client.get(article.get_absolute_url()).content.decode())
    assert news["@type"] == "NewsArticle"
    assert news["headline"] == "Judul"
    assert news["datePublished"] and news["dateModified"]
    assert news["image"][0].startswith("http://testserver/media/")
    assert [a["@type"] for a in news["author"]] == ["Organization", "Person"]
    assert news["author"][1]["sameAs"] == ["https://budi.example"]
    assert news["publisher"]["logo"]["url"].endswith(".png")
    assert breadcrumbs["@type"] == "BreadcrumbList"
    assert [item["position"] for item in breadcrumbs["itemListElement"]] == [1, 2, 3]


def _links(html: str, rel: str) -> list[tuple[str, str]]:
    """Return (hreflang, href) of each <link rel=...> in the page's head."""
    head = html.split("</head>")[0]
    return [
        (
            re.search(r'hreflang="([^"]*)"', tag).group(1) if "hreflang" in tag else "",
            re.search(r'href="([^"]*)"', tag).group(1),
        )
        for tag in re.findall(rf'<link rel="{rel}"[^>]*>', head)
        if "application/" not in tag  # feeds
    ]


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_an_indonesian_story_has_one_canonical_address_and_no_english_alternate(client, prefix):
    article = ArticleFactory(title="Pekerja gudang belajar membaca dasbor", language="id")
    response = client.get(f"{prefix}/articles/{article.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    indonesian = f"http://testserver/articles/{article.slug}/"
    assert _links(html, "canonical") == [("", indonesian)]
    assert _links(html, "alternate") == [("id", indonesian)]  # no hreflang="en": there is no English version
    assert f'<meta property="og:url" content="{indonesian}">' in html
    news, _breadcrumbs = jsonld_blocks(html)
    assert news["mainEntityOfPage"]["@id"] == indonesian and news["inLanguage"] == "id"
    # Under /en/ the interface is English and the story's own words are marked Indonesian.
    assert f'<html lang="{prefix[1:] or "id"}">' in html
    assert '<h1 class="article-title" lang="id">' in html and 'class="article-body prose" lang="id"' in html


def test_an_english_story_is_canonical_under_en_and_listed_there_in_the_sitemap(client):
    article = ArticleFactory(title="Warehouse workers learn to read dashboards", language="en")
    english = f"http://testserver/en/articles/{article.slug}/"
    for prefix in ("", "/en"):
        html = client.get(f"{prefix}/articles/{article.slug}/").content.decode()
        assert _links(html, "canonical") == [("", english)]
        assert _links(html, "alternate") == [("en", english)]
    assert f"<loc>{english}</loc>" in client.get("/sitemap-articles.xml").content.decode()


def test_other_pages_still_offer_both_editions(client):
    html = client.get("/").content.decode()
    assert _links(html, "alternate") == [("id", "http://testserver/"), ("en", "http://testserver/en/")]


def test_titles_and_summaries_are_escaped_everywhere(client):
    evil = '</script><script>alert("x")</script><b>'
    article = ArticleFactory(title=evil, summary=evil, tags=["ai"])
    for url in [article.get_absolute_url(), "/", "/articles/", "/tags/ai/", article.category.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert '<script>alert("x")</script>' not in html, url
    html = client.get(article.get_absolute_url()).content.decode()
    news, _ = jsonld_blocks(html)
    assert news["headline"] == evil


def test_every_page_has_metadata(client):
    article = ArticleFactory(tags=["ai"], seo_title="Judul SEO", seo_description="Deskripsi SEO")
    author = article.byline_authors[0]
    for url in [
        "/",
        "/articles/",
        article.get_absolute_url(),
        author.get_absolute_url(),
        "/tags/ai/",
        article.category.get_absolute_url(),
        "/authors/",
    ]:
        html = client.get(url).content.decode()
        assert re.search(r"<title>[^<]+</title>", html), url
        assert '<meta name="description" content="' in html, url
        assert '<link rel="canonical" href="http://testserver/' in html, url
        assert '<meta property="og:title"' in html and '<meta name="twitter:card"' in html, url
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<title>Judul SEO – " in html
    assert 'content="Deskripsi SEO"' in html


# --- lists --------------------------------------------------------------------


def test_home_shows_lead_latest_sections_tags_and_careers(client):
    section = CategoryFactory(name="AI & Otomasi")
    lead = ArticleFactory(
        title="Cerita utama", featured=True, category=section, published_at=timezone.now() - timedelta(days=2)
    )
    latest = ArticleFactory(title="Kabar terbaru", category=section, tags=["ai"])
    for day in range(3, 3 + HomeView.latest_count):
        ArticleFactory(
            title=f"Kabar hari ke-{day}", category=section, published_at=timezone.now() - timedelta(days=day)
        )
    html = client.get("/").content.decode()
    assert html.index("Cerita utama") < html.index("Kabar terbaru")
    assert 'id="section-' in html and "AI &amp; Otomasi" in html
    # The section's rail starts below what "Terbaru" shows: no story twice on the page.
    rail = html.split('id="section-')[1]
    oldest = f"Kabar hari ke-{2 + HomeView.latest_count}"
    assert oldest in rail and "Kabar terbaru" not in rail and "Cerita utama" not in rail
    assert html.count(">Kabar terbaru</a>") == 1
    assert 'href="/tags/ai/"' in html
    assert 'href="/careers/"' in html
    assert lead.get_absolute_url() in html and latest.get_absolute_url() in html


def test_archive_paginates_by_twelve(client):
    for _ in range(13):
        ArticleFactory()
    first = client.get("/articles/")
    assert len(first.context["articles"]) == 12
    second = client.get("/articles/?page=2")
    assert len(second.context["articles"]) == 1
    assert 'rel="prev"' in second.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "abc", "3", "99999999999999999999", "9" * 5000, "1.5", "%00"])
def test_bad_page_numbers_give_a_404_page(client, page):
    ArticleFactory()
    response = client.get("/articles/", {"page": page})
    assert response.status_code == 404
    assert 'class="site-header"' in response.content.decode()


def test_list_pages_show_only_their_subject(client):
    section, other = CategoryFactory(), CategoryFactory()
    author = AuthorFactory()
    mine = ArticleFactory(title="Milik penulis", category=section, authors=[author], tags=["cloud"])
    ArticleFactory(title="Bukan milik", category=other, tags=["ai"])
    for url in [author.get_absolute_url(), section.get_absolute_url(), "/tags/cloud/"]:
        html = client.get(url).content.decode()
        assert "Milik penulis" in html, url
        assert "Bukan milik" not in html, url
    assert client.get("/tags/tidak-ada/").status_code == 404
    assert mine in client.get(section.get_absolute_url()).context["articles"]


def test_author_list_shows_only_authors_with_public_work(client):
    visible = AuthorFactory(name="Penulis Aktif")
    hidden = AuthorFactory(name="Penulis Draf")
    ArticleFactory(authors=[visible])
    ArticleFactory(authors=[hidden], status=Status.DRAFT)
    html = client.get("/authors/").content.decode()
    assert "Penulis Aktif" in html and "Penulis Draf" not in html


# --- query budgets --------------------------------------------------------------


def build_site(n: int):
    """Return an article and its author, section and tag, with n articles around them."""
    section = CategoryFactory()
    authors = [AuthorFactory(avatar=None) for _ in range(3)]
    tags = [f"tag{i}" for i in range(5)]
    article = None
    for i in range(n):
        article = ArticleFactory(category=section, authors=authors, tags=tags, featured=i == 0)
    for related in list(section.articles.all())[1:6]:
        RelatedReadFactory(article=article, related=related)
    for i in range(n):
        CategoryFactory(name=f"Extra {n}-{i}")
    return article, authors[0], section, Tag.objects.get(name="tag0")


# The warm-up visit creates the site settings, a content change: the measured visit is the first
# of a new content generation and works out everything kept per generation (counts, picks).
PAGES = {
    "home": (lambda a, au, s, t: "/", 8),
    "archive": (lambda a, au, s, t: "/articles/", 5),
    "article": (lambda a, au, s, t: a.get_absolute_url(), 7),
    "author": (lambda a, au, s, t: au.get_absolute_url(), 6),
    "authors": (lambda a, au, s, t: "/authors/", 2),
    "section": (lambda a, au, s, t: s.get_absolute_url(), 6),
    "tag": (lambda a, au, s, t: f"/tags/{t.slug}/", 6),
}


@pytest.mark.parametrize("size", [1, 20])
@pytest.mark.parametrize("page", PAGES)
def test_query_budget_does_not_grow_with_content(client, django_assert_max_num_queries, page, size):
    url_for, budget = PAGES[page]
    url = url_for(*build_site(size))
    client.get(url)  # warm the per-process caches (site settings, section menu)
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200


def test_default_social_image_is_the_absolute_logo_url(client):
    html = client.get("/authors/").content.decode()
    assert re.search(r'<meta property="og:image" content="http://testserver/static/img/logo[^"]*\.png">', html)


@pytest.mark.parametrize("name", ["Café", "Kecerdasan Buatan 日本語", "Ağ güvenliği"])
def test_a_tag_with_letters_beyond_ascii_has_working_pages(client, name):
    article = ArticleFactory(tags=[name], title="Artikel bertopik unik")
    tag = Tag.objects.get(name=name)
    assert not tag.slug.isascii()

    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    tag_url = tag_link = re.search(r'href="(/tags/[^"]+)"', page.content.decode()).group(1)
    listing = client.get(tag_url)
    assert listing.status_code == 200 and "Artikel bertopik unik" in listing.content.decode()
    assert client.get(tag_link + "feed/").status_code == 200
    sitemap = client.get("/sitemap-tags.xml")
    assert sitemap.status_code == 200 and tag_url in sitemap.content.decode()
    from tests.factories import staff_user

    token = services.preview_token(link=services.preview_share(article=article, by=staff_user("Editor", "e")))
    assert client.get(f"/preview/{token}/").status_code == 200


@pytest.mark.parametrize("name", ["!!!", "+", "x" * 101])
def test_a_tag_without_a_usable_address_is_refused_not_stored(name):
    from django.core.exceptions import ValidationError

    article = ArticleFactory(tags=["ai"])
    with pytest.raises(ValidationError):
        services.article_update(article=article, by=None, tags=["ai", name])
    assert list(article.tags.names()) == ["ai"]


def test_pictures_in_the_body_are_responsive_and_always_described(client):
    described = ImageFactory(alt_text="Grafik gaji analis data 2026", file=ContentFile(png_bytes(1000, 500), "a.png"))
    own_words = ImageFactory(alt_text="Teks perpustakaan", file=ContentFile(png_bytes(900, 600), "b.png"))
    article = ArticleFactory(
        body=(
            f'<p>Gaji naik.</p><figure><img src="{described.fallback_url}" alt=""><figcaption>Gaji</figcaption></figure>'
            f'<p>Lalu:</p><img src="{own_words.fallback_url}" alt="Kata penulis sendiri">'
            '<img src="/media/renditions/tidak-ada.png" alt="Bukan dari perpustakaan">'
        )
    )
    html = client.get(article.get_absolute_url()).content.decode()
    body = html.split('class="article-body prose"')[1].split("</div>")[0]
    assert body.count("<picture>") == 2
    assert body.count('<source type="image/avif"') == 2 and body.count('<source type="image/webp"') == 2
    assert f'srcset="{described.fallback_srcset}"' in body and " 480w" in body and " 800w" in body
    assert 'width="1000" height="500"' in body
    assert 'alt="Grafik gaji analis data 2026"' in body  # the writer left it empty: the library's description
    assert 'alt="Kata penulis sendiri"' in body and 'alt="Teks perpustakaan"' not in body  # the writer's words win
    assert 'loading="lazy"' in body
    assert '<img src="/media/renditions/tidak-ada.png" alt="Bukan dari perpustakaan">' in body  # left as it was


@pytest.mark.parametrize(
    ("prefix", "today", "older", "full"),
    [
        ("", "Hari ini, 9.30 WIB", "9 Maret 2026", "10 Maret 2026, 9.30 WIB"),
        ("/en", "Today, 9:30 a.m. WIB", "9 March 2026", "10 March 2026, 9:30 a.m. WIB"),
    ],
)
def test_cards_give_todays_stories_a_time_and_the_article_page_always(client, prefix, today, older, full):
    afternoon = datetime(2026, 3, 10, 14, 5, tzinfo=JAKARTA)
    with time_machine.travel(afternoon, tick=False):
        fresh = ArticleFactory(title="Kabar pagi", published_at=datetime(2026, 3, 10, 9, 30, tzinfo=JAKARTA))
        ArticleFactory(title="Kabar kemarin", published_at=datetime(2026, 3, 9, 22, 0, tzinfo=JAKARTA))
        listing = client.get(f"{prefix}/articles/").content.decode()
        assert f">{today}</time>" in listing and f">{older}</time>" in listing
        assert f">{full}</time>" in client.get(f"{prefix}/articles/{fresh.slug}/").content.decode()
