"""factory_boy factories for every app (tests import from here)."""

from datetime import timedelta
from io import BytesIO

import factory
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image as PILImage

from articles.models import Article, ArticleAuthor, Author, Category, Image, RelatedRead, Status
from articles.services.relations import article_announce, article_links
from careers.models import Resource, Role, RoleSkill, Skill


def png_bytes(width: int = 64, height: int = 36, color: str = "#336699") -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    # A name readers could see on a byline (a login name is refused there); pass first_name="" for none.
    first_name = factory.LazyAttribute(lambda u: u.username.replace("-", " ").replace("_", " ").title())
    last_name = "Santoso"
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.django.Password("correct-horse-battery")


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Image

    file = factory.LazyFunction(lambda: ContentFile(png_bytes(), name="cover.png"))
    alt_text = factory.Sequence(lambda n: f"Illustration {n}")
    caption = "A caption"
    credit = "Azura"


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Author {n}")
    slug = factory.Sequence(lambda n: f"author-{n}")
    job_title = "Reporter"
    bio = "Writes about work and technology."


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")
    description = "A section of the site."


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published article (one hour old) with one author; pass status/published_at to change it."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Article number {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    summary = "A short summary of the article."
    body = "<p>First paragraph about AI and jobs.</p><p>Second paragraph about skills.</p><p>Third paragraph.</p>"
    category = factory.SubFactory(CategoryFactory)
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if not create:
            return
        for order, author in enumerate(extracted if extracted is not None else [AuthorFactory()]):
            ArticleAuthor.objects.create(article=self, author=author, order=order)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        """Announce the new article as the write path does (re-indexed and cached pages renewed after commit).

        The factory writes rows directly, so fixtures stay fast; `articles.services` is tested on its own.
        """
        if create:
            links = article_links(article=instance)
            article_announce(
                article_id=instance.pk, before=links, after=links, public=instance.status == Status.PUBLISHED
            )


class RelatedReadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RelatedRead

    article = factory.SubFactory(ArticleFactory)
    related = factory.SubFactory(ArticleFactory)
    order = 0


class SkillFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Skill

    name = factory.Sequence(lambda n: f"Skill {n}")
    slug = factory.Sequence(lambda n: f"skill-{n}")
    description = "What the skill is."


class ResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resource
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Resource {n}")
    url = factory.Sequence(lambda n: f"https://learn.example.com/{n}")
    provider = "Example Academy"
    hours = 10

    @factory.post_generation
    def skills(self, create, extracted, **kwargs):
        if create and extracted:
            self.skills.add(*extracted)


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    name = factory.Sequence(lambda n: f"Role {n}")
    slug = factory.Sequence(lambda n: f"role-{n}")
    description = "What the role does."


class RoleSkillFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoleSkill

    role = factory.SubFactory(RoleFactory)
    skill = factory.SubFactory(SkillFactory)


# --- Editorial workflow (issue 4) ---


def staff_user(role: str, username: str | None = None, **fields):
    """Return a staff user in the "Writer" or "Editor" group (created by the migration), or a superuser."""
    from django.contrib.auth.models import Group

    user = UserFactory(username=username or f"{role.lower()}-{UserFactory._meta.model.objects.count() + 1}", **fields)
    user.is_staff = True
    if role == "superuser":
        user.is_superuser = True
    else:
        user.groups.add(Group.objects.get(name=role))
    user.save()
    return user
