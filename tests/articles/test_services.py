from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from articles import services
from articles.models import Article, ArticleAuthor, ArticleTransition, Author, Status
from articles.services import Action
from tests.factories import ArticleFactory, AuthorFactory, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer():
    return staff_user("Writer", "writer", first_name="Wulan", last_name="Sari")


@pytest.fixture
def other_writer():
    return staff_user("Writer", "other")


@pytest.fixture
def editor():
    return staff_user("Editor", "editor")


def own_article(user, status=Status.DRAFT, **kwargs):
    article = ArticleFactory(status=status, created_by=user, **kwargs)
    ArticleAuthor.objects.create(article=article, author=services.author_for_user(user=user), order=1)
    return article


def test_roles(writer, editor):
    assert services.user_is_writer(writer) and not services.user_is_editor(writer)
    assert services.user_is_editor(editor)
    superuser = staff_user("superuser", "root")
    assert services.user_is_editor(superuser)


def test_writer_submits_and_withdraws_own_draft(writer):
    article = own_article(writer)
    services.article_submit(article=article, by=writer)
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    services.article_withdraw(article=article, by=writer)
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    steps = list(ArticleTransition.objects.filter(article=article).order_by("at", "pk"))
    assert [(s.from_status, s.to_status, s.by) for s in steps] == [
        (Status.DRAFT, Status.REVIEW, writer),
        (Status.REVIEW, Status.DRAFT, writer),
    ]


@pytest.mark.parametrize("action", [Action.PUBLISH, Action.ARCHIVE, Action.SEND_BACK])
def test_writer_cannot_do_editor_steps(writer, action):
    article = own_article(writer, status=Status.REVIEW)
    with pytest.raises(PermissionDenied):
        services.article_apply(
            article=article, by=writer, action=action, **({"note": "x"} if action == "send_back" else {})
        )
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    assert not ArticleTransition.objects.exists()


def test_writer_cannot_submit_someone_elses_draft(writer, other_writer):
    article = own_article(other_writer)
    with pytest.raises(PermissionDenied):
        services.article_submit(article=article, by=writer)


def test_writer_cannot_edit_own_article_in_review(writer):
    article = own_article(writer, status=Status.REVIEW)
    assert not services.article_can(user=writer, article=article, action=Action.EDIT)
    assert services.article_can(user=writer, article=own_article(writer), action=Action.EDIT)


def test_editor_sends_back_with_note(editor):
    article = ArticleFactory(status=Status.REVIEW)
    with pytest.raises(ValidationError):
        services.article_send_back(article=article, by=editor, note="  ")
    services.article_send_back(article=article, by=editor, note="Tambahkan sumber.")
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert ArticleTransition.objects.get().note == "Tambahkan sumber."


def test_editor_publishes_now_and_schedules(editor):
    now_article = ArticleFactory(status=Status.REVIEW, published_at=None)
    services.article_publish(article=now_article, by=editor)
    assert now_article.is_published

    later = timezone.now() + timedelta(days=1)
    scheduled = ArticleFactory(status=Status.REVIEW, published_at=None)
    services.article_publish(article=scheduled, by=editor, at=later)
    scheduled.refresh_from_db()
    assert scheduled.is_scheduled and not scheduled.is_published
    assert scheduled.pk not in Article.objects.published().values_list("pk", flat=True)
    assert ArticleTransition.objects.get(article=scheduled).published_at == later


def test_publish_keeps_time_of_live_article(editor):
    article = ArticleFactory()
    before = article.published_at
    services.article_publish(article=article, by=editor)
    article.refresh_from_db()
    assert article.published_at == before


def test_unpublish_and_archive(editor):
    article = ArticleFactory()
    services.article_unpublish(article=article, by=editor)
    assert Article.objects.get(pk=article.pk).status == Status.DRAFT
    services.article_archive(article=article, by=editor)
    assert Article.objects.get(pk=article.pk).status == Status.ARCHIVED
    with pytest.raises(PermissionDenied):  # Not from archived.
        services.article_submit(article=article, by=editor)


def test_transition_from_stale_instance_uses_stored_state(editor):
    article = ArticleFactory(status=Status.REVIEW)
    stale = Article.objects.get(pk=article.pk)
    services.article_publish(article=article, by=editor)
    with pytest.raises(PermissionDenied):
        services.article_withdraw(article=stale, by=editor)


def test_publish_refuses_expiry_before_publish_time(editor):
    article = ArticleFactory(status=Status.REVIEW, expires_at=timezone.now() + timedelta(hours=1))
    with pytest.raises(ValidationError):
        services.article_publish(article=article, by=editor, at=timezone.now() + timedelta(days=1))


def test_transitions_are_recorded_in_history(editor):
    article = ArticleFactory(status=Status.REVIEW)
    services.article_publish(article=article, by=editor)
    latest = article.history.first()
    assert latest.history_user == editor
    assert latest.status == Status.PUBLISHED


def test_author_for_user_creates_once(writer):
    author = services.author_for_user(user=writer)
    assert author.name == "Wulan Sari" and author.user == writer
    assert services.author_for_user(user=writer) == author
    AuthorFactory(slug="wulan-sari-9")
    assert Author.objects.filter(user=writer).count() == 1


def test_inactive_or_anonymous_users_can_do_nothing(writer):
    from django.contrib.auth.models import AnonymousUser

    article = own_article(writer)
    writer.is_active = False
    assert not services.article_can(user=writer, article=article, action=Action.EDIT)
    assert not services.article_can(user=AnonymousUser(), article=article, action=Action.EDIT)


def test_service_sanitises_body(editor):
    article = ArticleFactory(status=Status.REVIEW, body='<p onclick="x()">Hi<script>alert(1)</script></p>')
    services.article_publish(article=article, by=editor)
    article.refresh_from_db()
    assert article.body == "<p>Hi</p>"
