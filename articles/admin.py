from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from articles.models import Article, ArticleAuthor, Author, Category, Image, RelatedRead


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 1
    autocomplete_fields = ["author"]


class RelatedReadInline(admin.TabularInline):
    model = RelatedRead
    fk_name = "article"
    extra = 1
    autocomplete_fields = ["related"]


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ["title", "status", "category", "published_at", "featured"]
    list_filter = ["status", "category", "featured"]
    search_fields = ["title", "summary"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category", "cover", "skills"]
    inlines = [ArticleAuthorInline, RelatedReadInline]
    list_select_related = ["category"]


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "job_title", "is_team"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["avatar", "user"]


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ["alt_text", "width", "height", "created_at"]
    search_fields = ["alt_text", "caption", "credit"]
