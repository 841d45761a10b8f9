"""schema.org data for article pages (JSON-LD), built from already-loaded objects."""

from django.templatetags.static import static

from articles.models import Article


def _absolute(request, url: str) -> str:
    return request.build_absolute_uri(url) if url else ""


def article_jsonld(*, article: Article, request, site) -> list[dict]:
    """Return the NewsArticle and BreadcrumbList objects for an article page."""
    url = _absolute(request, article.get_canonical_url())
    authors = [
        {
            "@type": "Organization" if author.is_team else "Person",
            "name": author.name,
            "url": _absolute(request, author.get_absolute_url()),
            **({"sameAs": author.same_as} if author.same_as else {}),
        }
        for author in article.byline_authors
    ]
    news = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": article.title[:110],
        "description": article.meta_description,
        "datePublished": article.published_at.isoformat() if article.published_at else None,
        "dateModified": (article.updated_at or article.published_at).isoformat() if article.published_at else None,
        "inLanguage": article.language,
        "articleSection": article.category.name,
        "keywords": [tag.name for tag in article.tags.all()],
        "author": authors,
        "publisher": {
            "@type": "Organization",
            "name": site.organisation_name,
            "logo": {"@type": "ImageObject", "url": _absolute(request, static("img/logo.png"))},
        },
    }
    if article.cover:
        news["image"] = [_absolute(request, url) for _width, url in article.cover.renditions.get("fallback", [])] or [
            _absolute(request, article.cover.file.url)
        ]
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": site.site_name, "item": _absolute(request, "/")},
            {
                "@type": "ListItem",
                "position": 2,
                "name": article.category.name,
                "item": _absolute(request, article.category.get_absolute_url()),
            },
            {"@type": "ListItem", "position": 3, "name": article.title, "item": url},
        ],
    }
    return [news, breadcrumbs]
