"""What the articles app tells `portal.changes` about writes that no article service makes.

Articles themselves (their row, byline, tags, skills, related reads) are announced by
`articles.services`. Sections, authors, pictures and taggit's tags are edited in their own
admin screens (or cascade from a delete), so they are watched here; a rename or delete
re-indexes the articles whose search text carries the name. A deleted picture's files are
removed from storage after the delete commits.
"""

from django.db import transaction
from django.db.models.signals import post_delete
from taggit.models import Tag

from articles.images import delete_files, stored_names
from articles.models import ArticleAuthor, Author, Category, Image, TaggedArticle
from portal import changes


def _section(section: Category) -> dict:
    return {"sections": [section.pk]}


def _author(author: Author) -> dict:
    return {
        "authors": [author.pk],
        "articles": ArticleAuthor.objects.filter(author=author).values_list("article_id", flat=True),
    }


def _image(image: Image) -> dict:
    # A deleted cover leaves its articles without one (SET_NULL): their pages change.
    return {"articles": image.cover_of.values_list("pk", flat=True)}


def _tag(tag: Tag) -> dict:
    return {
        "tags": [tag.pk],
        "articles": TaggedArticle.objects.filter(tag=tag).values_list("content_object_id", flat=True),
    }


def _delete_image_files(sender, instance: Image, **kwargs) -> None:
    """A deleted picture's original and renditions stop being served once the delete commits."""
    names = stored_names(instance)
    transaction.on_commit(lambda: delete_files(names), robust=True)


def connect() -> None:
    post_delete.connect(_delete_image_files, sender=Image, dispatch_uid="articles-image-files")
    changes.watch(Category, _section)
    changes.watch(Author, _author)
    changes.watch(Image, _image)
    changes.watch(Tag, _tag)
