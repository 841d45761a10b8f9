from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="article_list"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
    path("authors/", views.AuthorListView.as_view(), name="author_list"),
    path("authors/<slug:slug>/", views.AuthorDetailView.as_view(), name="author_detail"),
    path("categories/<slug:slug>/", views.CategoryDetailView.as_view(), name="category_detail"),
    path("tags/<slug:slug>/", views.TagDetailView.as_view(), name="tag_detail"),
    path("preview/<str:token>/", views.article_preview_link, name="article_preview"),
]
