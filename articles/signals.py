"""Signal receivers of the articles app (kept small; rules live in services)."""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record
from taggit.models import Tag

from articles import search, services
from articles.models import Article, ArticleAuthor, Author, Category, TaggedArticle
from portal.templatetags.portal import NAV_SECTIONS_CACHE_KEY


@receiver([post_save, post_delete], sender=Category)
def forget_nav_sections(sender, **kwargs):
    cache.delete(NAV_SECTIONS_CACHE_KEY)


@receiver(pre_create_historical_record, sender=Article.history.model)
def revision_keeps_tags_and_byline(sender, instance, history_instance, **kwargs):
    """Give every revision the tags and byline of its moment, whatever saved it (a workflow step too).

    Without them, restoring a revision made by a workflow step would clear the article's tags.
    """
    for name, value in services.article_relation_names(article=instance).items():
        setattr(history_instance, name, value)


# --- search index: re-index once after commit whenever indexed text may have changed ---


@receiver(post_save, sender=Article)
def index_saved_article(sender, instance, raw=False, **kwargs):
    if not raw:
        search.schedule_index([instance.pk])


@receiver(post_delete, sender=Article)
def unindex_deleted_article(sender, instance, **kwargs):
    # Scheduled too, so the byline/tag receivers of the same cascade cannot re-add it.
    search.schedule_index([instance.pk])


@receiver([post_save, post_delete], sender=ArticleAuthor)
@receiver([post_save, post_delete], sender=TaggedArticle)
def index_after_byline_or_tag_link(sender, instance, raw=False, **kwargs):
    if not raw:
        search.schedule_index([instance.content_object_id if sender is TaggedArticle else instance.article_id])


@receiver(m2m_changed, sender=Article.authors.through)
@receiver(m2m_changed, sender=Article.tags.through)
def index_after_m2m_change(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        search.schedule_index([instance.pk])
    elif pk_set:
        search.schedule_index(pk_set)


@receiver(post_save, sender=Author)
def index_after_author_rename(sender, instance, raw=False, created=False, **kwargs):
    if not raw and not created:
        search.schedule_index(ArticleAuthor.objects.filter(author=instance).values_list("article_id", flat=True))


@receiver(post_save, sender=Tag)
def index_after_tag_rename(sender, instance, raw=False, created=False, **kwargs):
    if not raw and not created:
        search.schedule_index(TaggedArticle.objects.filter(tag=instance).values_list("content_object_id", flat=True))
