"""The demo newsroom: `seed_demo` loads it completely, and a second run changes nothing."""

import re

import pytest
from django.core.management import call_command
from django.utils.html import strip_tags
from taggit.models import Tag

from articles.demo_content import ARTICLES, AUTHORS, SECTIONS, SEED_STORY
from articles.models import Article, ArticleAuthor, Author, Category, Image, RelatedRead, Status, TaggedArticle

ALLOWED_BODY_TAGS = {"p", "h2", "h3", "ul", "ol", "li", "strong", "em", "a", "blockquote"}
PUBLIC = [spec for spec in ARTICLES if spec.get("status") != "draft" and not spec.get("days_ahead")]


def counts() -> dict:
    return {
        model.__name__: model.objects.count()
        for model in (Author, Category, Article, Image, ArticleAuthor, RelatedRead, Tag, TaggedArticle)
    } | {"history": Article.history.count(), "skill links": Article.skills.through.objects.count()}


@pytest.mark.django_db
def test_seed_demo_loads_the_newsroom_once(client):
    call_command("seed_demo", "--no-admin")
    first = counts()
    publish_times = dict(Article.objects.values_list("slug", "published_at"))
    covers = dict(Article.objects.values_list("slug", "cover_id"))

    call_command("seed_demo", "--no-admin")

    assert counts() == first
    assert dict(Article.objects.values_list("slug", "published_at")) == publish_times
    assert dict(Article.objects.values_list("slug", "cover_id")) == covers

    assert first["Author"] == len(AUTHORS) == 4
    assert first["Category"] == len(SECTIONS) == 5
    assert Author.objects.get(slug="azura-team", name="Azura Team").is_team
    assert Author.objects.filter(avatar__isnull=False).count() == 4

    published = Article.objects.published()
    assert published.count() == len(PUBLIC) >= 20
    hidden = Article.objects.exclude(pk__in=published.values("pk"))
    assert {a.status for a in hidden} == {Status.DRAFT, Status.PUBLISHED}
    assert sum(a.is_scheduled for a in hidden) == 1

    for article in Article.objects.select_related("cover").prefetch_related("authors", "tags"):
        assert article.cover is not None and article.cover.alt_text, article.slug
        assert article.cover.credit == "Ilustrasi: Azura"
        assert (article.cover.width, article.cover.height) == (1600, 900)
        assert article.cover.renditions.get("formats"), article.slug
        assert 1 <= article.authors.count() <= 2, article.slug
        assert 2 <= article.tags.count() <= 5, article.slug
        assert article.language == "id"

    featured = list(published.filter(featured=True).newest_first())
    assert len(featured) == 3
    assert featured[0].slug == SEED_STORY
    assert published.filter(inline_related_after=2).count() == 2
    assert RelatedRead.objects.values("article").distinct().count() >= 8
    assert TaggedArticle.objects.filter(tag__slug="ai").count() >= 5

    home = client.get("/")
    assert home.status_code == 200
    lead = Article.objects.get(slug=SEED_STORY)
    assert lead.title in home.content.decode()
    page = client.get(lead.get_absolute_url())
    assert page.status_code == 200
    assert "Machine learning engineer" in page.content.decode()
    for article in hidden:
        assert client.get(article.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("spec", ARTICLES, ids=lambda spec: spec["slug"][:40])
def test_demo_article_text_fits_the_house_rules(spec):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", spec["slug"])
    assert len(spec["summary"]) <= 300
    assert len(spec["seo_description"]) <= 160
    assert 2 <= len(spec["tags"]) <= 5
    assert all(tag == tag.lower() for tag in spec["tags"])
    assert set(re.findall(r"<\s*([a-z0-9]+)", spec["body"])) <= ALLOWED_BODY_TAGS
    assert all(href.startswith("https://") for href in re.findall(r'href="([^"]*)"', spec["body"]))
    words = len(re.findall(r"\w+", strip_tags(spec["body"])))
    if spec in PUBLIC:
        assert 350 <= words <= 700, words


def test_demo_articles_point_at_each_other_correctly():
    slugs = [spec["slug"] for spec in ARTICLES]
    assert len(slugs) == len(set(slugs))
    public = {spec["slug"] for spec in PUBLIC}
    for spec in ARTICLES:
        assert spec["slug"] not in spec.get("related", [])
        assert set(spec.get("related", [])) <= public
        assert set(spec["authors"]) <= {author["slug"] for author in AUTHORS}
        assert spec["section"] in {section["slug"] for section in SECTIONS}
