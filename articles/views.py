from django.conf import settings
from django.core.paginator import InvalidPage
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView
from taggit.models import Tag

from articles import search, selectors, services
from articles.images import responsive_body
from articles.models import Article, Author, Category, OldSlug
from articles.structured_data import article_jsonld
from portal.models import SiteSettings
from portal.pagination import FastPaginator


class PublishedArticleMixin:
    """Every public article page starts from `published()` with the listing prefetches."""

    paginator_class = FastPaginator

    def get_queryset(self):
        return Article.objects.published().for_listing().newest_first()

    def get_count_key(self) -> str:
        return self.request.resolver_match.view_name

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        return super().get_paginator(
            queryset, per_page, orphans, allow_empty_first_page, count_key=self.get_count_key(), **kwargs
        )


class HomeView(TemplateView):
    template_name = "articles/home.html"
    latest_count = 6

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        front = selectors.front_page(latest_count=self.latest_count)
        context.update(
            lead=front.lead,
            latest=front.latest,
            sections=front.sections,
            popular_tags=selectors.popular_tags(),
        )
        return context


class ArticleListView(PublishedArticleMixin, ListView):
    template_name = "articles/article_list.html"
    context_object_name = "articles"
    paginate_by = settings.ARTICLES_PER_PAGE


class ArticleDetailView(PublishedArticleMixin, DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().for_detail()

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            old = OldSlug.objects.filter(slug=kwargs["slug"]).select_related("article").first()
            if old and old.article.is_published:
                return redirect(old.article, permanent=True)
            raise

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        related = selectors.related_reads(article=article)
        body_before, body_after = split_after_paragraph(responsive_body(article.body), article.inline_related_after)
        context.update(
            related_reads=related,
            inline_related=related[0] if related and body_after else None,
            body_before=body_before,
            body_after=body_after,
            jsonld=article_jsonld(article=article, request=self.request, site=SiteSettings.load()),
        )
        return context


def split_after_paragraph(html: str, paragraph: int | None) -> tuple[str, str]:
    """Return the body split after its n-th closing </p> (all of it first when n is unset or too big)."""
    if not paragraph:
        return html, ""
    position = -1
    for _index in range(paragraph):
        position = html.find("</p>", position + 1)
        if position == -1:
            return html, ""
    cut = position + len("</p>")
    if not html[cut:].strip():
        return html, ""
    return html[:cut], html[cut:]


class AuthorListView(ListView):
    template_name = "articles/author_list.html"
    context_object_name = "authors"
    paginate_by = 24

    def get_queryset(self):
        # EXISTS probes each author's own bylines; a join with DISTINCT read every published byline (200 ms at 100k).
        writes = Article.objects.published().filter(article_authors__author=OuterRef("pk"))
        return Author.objects.filter(Exists(writes)).select_related("avatar")


class FilteredArticleListView(PublishedArticleMixin, ListView):
    """An article list narrowed to one author, section or tag (the `subject`)."""

    context_object_name = "articles"
    paginate_by = settings.ARTICLES_PER_PAGE

    def get_subject(self):
        raise NotImplementedError

    def filter_articles(self, queryset, subject):
        raise NotImplementedError

    def get_queryset(self):
        self.subject = self.get_subject()
        return self.filter_articles(super().get_queryset(), self.subject)

    def get_count_key(self) -> str:
        return f"{super().get_count_key()}:{self.subject.pk}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(subject=self.subject, **kwargs)


class AuthorDetailView(FilteredArticleListView):
    template_name = "articles/author_detail.html"

    def get_subject(self):
        return get_object_or_404(Author.objects.select_related("avatar"), slug=self.kwargs["slug"])

    def filter_articles(self, queryset, subject):
        return queryset.filter(authors=subject)


class CategoryDetailView(FilteredArticleListView):
    template_name = "articles/category_detail.html"

    def get_subject(self):
        return get_object_or_404(Category, slug=self.kwargs["slug"])

    def filter_articles(self, queryset, subject):
        return queryset.filter(category=subject)


class TagDetailView(FilteredArticleListView):
    template_name = "articles/tag_detail.html"

    def get_subject(self):
        return get_object_or_404(Tag, slug=self.kwargs["slug"])

    def filter_articles(self, queryset, subject):
        return queryset.filter(tags=subject)


# --- Previews (editorial workflow) ---------------------------------------------------------------


class ArticlePreviewView(ArticleDetailView):
    """The real article page for any state, marked as a preview: never cached, never indexed."""

    def get_queryset(self):
        return Article.objects.for_detail()

    def get_object(self, queryset=None):
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])

    def get(self, request, *args, **kwargs):
        # Skip the old-address redirect of the public page: a preview is addressed by id.
        self.object = self.get_object()
        response = self.render_to_response(self.get_context_data(object=self.object))
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, **kwargs)


def render_preview(request, *, article_id: int):
    """Return the preview page of an article (the caller has checked who may see it)."""
    return never_cache(ArticlePreviewView.as_view())(request, pk=article_id)


@never_cache
def article_preview_link(request, token: str):
    """A guest preview from a signed link; expired or tampered links are simply not found."""
    article_id = services.preview_article_id(token=token)
    if article_id is None:
        raise Http404
    return render_preview(request, article_id=article_id)


class SearchView(TemplateView):
    """Search across published articles, skills, roles and resources; never indexed by search engines."""

    template_name = "articles/search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            results = search.search(self.request.GET.get("q", ""), page=self.request.GET.get("page") or 1)
        except InvalidPage as error:
            raise Http404(str(error)) from error
        context.update(results=results, query=results.query.text, page_obj=results.page)
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response["X-Robots-Tag"] = "noindex"
        return response
