"""Shared helpers for the admin tests: an article the user owns, and a complete change-form POST."""

from django.utils import timezone

from articles import services
from articles.models import Article, ArticleAuthor, Status
from tests.factories import ArticleFactory


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
