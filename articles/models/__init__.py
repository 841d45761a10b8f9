"""The articles app's models (a package: library, articles, what hangs off them)."""

from articles.models.article import (
    WORDS_PER_MINUTE,
    Article,
    ArticleAuthor,
    ArticleQuerySet,
    ArticleRevisionBase,
    Language,
    Status,
    TaggedArticle,
    byline_prefetch,
    reading_time_minutes,
)
from articles.models.library import Author, Category, Image, image_upload_to
from articles.models.links import ArticleTransition, OldSlug, PreviewLink, RelatedRead

__all__ = [
    "WORDS_PER_MINUTE",
    "Article",
    "ArticleAuthor",
    "ArticleQuerySet",
    "ArticleRevisionBase",
    "ArticleTransition",
    "Author",
    "Category",
    "Image",
    "Language",
    "OldSlug",
    "PreviewLink",
    "RelatedRead",
    "Status",
    "TaggedArticle",
    "byline_prefetch",
    "image_upload_to",
    "reading_time_minutes",
]
