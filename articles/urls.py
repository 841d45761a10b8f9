from django.urls import path, register_converter
from django.urls.converters import SlugConverter

from articles import feeds, views


class UnicodeSlugConverter(SlugConverter):
    """A slug of letters in any script (taggit slugs "Café" as "café"; Django's `slug` accepts ASCII only)."""

    regex = r"[-\w]+"


register_converter(UnicodeSlugConverter, "uslug")

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="article_list"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
    path("authors/", views.AuthorListView.as_view(), name="author_list"),
    path("authors/<slug:slug>/", views.AuthorDetailView.as_view(), name="author_detail"),
    path("categories/<slug:slug>/", views.CategoryDetailView.as_view(), name="category_detail"),
    path("tags/<uslug:slug>/", views.TagDetailView.as_view(), name="tag_detail"),
    path("preview/<str:token>/", views.article_preview_link, name="article_preview"),
    # Discovery: search and feeds (RSS 2.0, and Atom under …/feed/atom/).
    path("search/", views.SearchView.as_view(), name="search"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("feed/atom/", feeds.LatestArticlesAtomFeed(), name="feed_atom"),
    path("categories/<slug:slug>/feed/", feeds.CategoryFeed(), name="category_feed"),
    path("categories/<slug:slug>/feed/atom/", feeds.CategoryAtomFeed(), name="category_feed_atom"),
    path("tags/<uslug:slug>/feed/", feeds.TagFeed(), name="tag_feed"),
    path("tags/<uslug:slug>/feed/atom/", feeds.TagAtomFeed(), name="tag_feed_atom"),
    path("authors/<slug:slug>/feed/", feeds.AuthorFeed(), name="author_feed"),
    path("authors/<slug:slug>/feed/atom/", feeds.AuthorAtomFeed(), name="author_feed_atom"),
]
