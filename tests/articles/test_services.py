from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from taggit.models import Tag

from articles import services
from articles.models import Article, ArticleAuthor, ArticleTransition, Author, OldSlug, Status
from articles.services import Action
from careers.models import Skill
from portal import changes
from portal.cache import content_generation
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, SkillFactory, staff_user

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


def test_publishing_cleans_a_body_stored_by_another_path(editor):
    article = ArticleFactory(status=Status.REVIEW, body='<p onclick="x()">Hi<script>alert(1)</script></p>')
    services.article_publish(article=article, by=editor)
    article.refresh_from_db()
    assert article.body == "<p>Hi</p>"


# --- the write path: create, update, delete -------------------------------------------------


@pytest.fixture
def sent():
    """Record every change `portal.changes` sends (after commit)."""
    received = []

    def listener(sender, *, change, **kwargs):
        received.append(change)

    changes.content_changed.connect(listener, dispatch_uid="test-sent")
    yield received
    changes.content_changed.disconnect(dispatch_uid="test-sent")


def test_shell_update_sanitises_the_body_and_counts_reading_time(committed):
    article = ArticleFactory()
    with committed():
        services.article_update(
            article=article, by=None, body='<p onclick="x()">Hi<script>alert(1)</script></p>' + "<p>kata </p>" * 1000
        )
    stored = Article.objects.get(pk=article.pk)
    assert "<script" not in stored.body and "onclick" not in stored.body
    assert stored.body.startswith("<p>Hi</p>")
    assert stored.reading_time == 5


def test_create_sanitises_too_and_starts_as_a_draft_by_the_writer(writer):
    article = services.article_create(
        by=writer, title="Judul", slug="judul", summary="Ringkas.", category=CategoryFactory(),
        body='<p>Teks</p><a href="javascript:alert(1)">x</a>',
    )  # fmt: skip
    assert article.status == Status.DRAFT and article.created_by == writer
    assert "javascript:" not in Article.objects.get(pk=article.pk).body
    assert [a.user for a in article.byline_authors] == [writer]


def test_renaming_a_published_article_keeps_its_old_address(client):
    article = ArticleFactory(slug="judul-lama")
    old_address = article.get_absolute_url()
    services.article_update(article=article, by=None, slug="judul-baru")
    assert OldSlug.objects.get(slug="judul-lama").article == article
    response = client.get(old_address)
    assert response.status_code == 301 and response["Location"].endswith(Article.objects.get().get_absolute_url())
    assert client.get(response["Location"]).status_code == 200


def test_renaming_a_draft_leaves_no_old_address():
    article = ArticleFactory(slug="draf-lama", status=Status.DRAFT, published_at=None)
    services.article_update(article=article, by=None, slug="draf-baru")
    assert not OldSlug.objects.exists()


def test_taking_back_an_old_address_removes_its_redirect():
    article = ArticleFactory(slug="satu")
    services.article_update(article=article, by=None, slug="dua")
    services.article_update(article=article, by=None, slug="satu")
    assert list(OldSlug.objects.values_list("slug", flat=True)) == ["dua"]


def test_a_stale_copy_is_refused_from_the_shell_as_in_the_admin(committed, sent):
    article = ArticleFactory(title="Asli")
    opened = services.article_version(article)
    with committed():
        services.article_update(article=Article.objects.get(pk=article.pk), by=None, title="Versi Sari")
    sent.clear()
    with committed(), pytest.raises(services.StaleEdit):
        services.article_update(article=article, by=None, expected_version=opened, title="Versi Budi")
    assert Article.objects.get(pk=article.pk).title == "Versi Sari"
    assert sent == []


def test_writer_cannot_edit_someone_elses_article_from_the_shell(writer, other_writer):
    article = own_article(other_writer)
    with pytest.raises(PermissionDenied):
        services.article_update(article=article, by=writer, title="Bukan punyaku")
    assert Article.objects.get(pk=article.pk).title != "Bukan punyaku"


def test_writer_cannot_feature_or_schedule(writer):
    article = own_article(writer)
    with pytest.raises(PermissionDenied):
        services.article_update(article=article, by=writer, featured=True)
    with pytest.raises(PermissionDenied):
        services.article_update(article=article, by=writer, published_at=timezone.now())
    assert not Article.objects.get(pk=article.pk).featured


def test_update_cannot_change_the_workflow_state(editor):
    article = ArticleFactory(status=Status.DRAFT, published_at=None)
    article.status = Status.PUBLISHED  # only a workflow step may do this
    services.article_update(article=article, by=editor, title="Baru")
    assert Article.objects.get(pk=article.pk).status == Status.DRAFT


def test_update_sets_links_in_order_and_records_them_on_the_revision(editor):
    sari, budi = AuthorFactory(name="Sari"), AuthorFactory(name="Budi")
    skill = SkillFactory(name="Analisis Data")
    article, other = ArticleFactory(), ArticleFactory()
    services.article_update(
        article=article, by=editor, tags=["ai", "karier", "ai"], authors=[budi, sari], skills=[skill], related=[other, article]
    )  # fmt: skip
    assert [a.name for a in Article.objects.for_detail().get(pk=article.pk).byline_authors] == ["Budi", "Sari"]
    assert sorted(article.tags.names()) == ["ai", "karier"]
    assert list(article.skills.all()) == [skill]
    assert list(article.related.all()) == [other]  # never itself
    revision = article.history.order_by("-history_date", "-history_id").first()
    assert (revision.tag_names, revision.author_names) == ("ai, karier", "Budi, Sari")


def test_a_byline_is_never_empty(editor):
    article = ArticleFactory()
    with pytest.raises(ValidationError):
        services.article_update(article=article, by=editor, authors=[])
    assert article.article_authors.exists()
    with pytest.raises(ValidationError):
        services.article_create(by=None, title="T", slug="t", summary="S", category=CategoryFactory())


def test_a_writer_stays_on_the_byline_of_their_article(writer):
    article = own_article(writer)
    services.article_update(article=article, by=writer, authors=[AuthorFactory(name="Tamu")])
    assert [a.name for a in Article.objects.for_detail().get(pk=article.pk).byline_authors] == ["Tamu", "Wulan Sari"]


def test_one_save_is_one_change_with_what_it_touched(committed, sent):
    old_section, new_section = CategoryFactory(), CategoryFactory()
    article = ArticleFactory(category=old_section, tags=["lama"])
    skill = SkillFactory()
    before = content_generation()
    with committed():
        services.article_update(article=article, by=None, category=new_section, tags=["baru"], skills=[skill])
    assert len(sent) == 1
    change = sent[0]
    assert change.articles == {article.pk}
    assert change.sections == {old_section.pk, new_section.pk}
    assert {tag.name for tag in Tag.objects.filter(pk__in=change.tags)} == {"lama", "baru"}
    assert change.skills == {skill.pk}
    assert content_generation() != before


def test_an_admin_save_with_inlines_is_one_change_and_one_bump(client, committed, sent, editor):
    from tests.articles.test_admin import change_data

    article = ArticleFactory()
    client.force_login(editor)
    guest, other = AuthorFactory(name="Tamu"), ArticleFactory()
    data = change_data(article, title="Judul baru")
    data.update({
        "article_authors-TOTAL_FORMS": "1", "article_authors-0-author": guest.pk, "article_authors-0-order": "5",
        "related_links-TOTAL_FORMS": "1", "related_links-0-related": other.pk, "related_links-0-order": "0",
    })  # fmt: skip
    before = content_generation()
    with committed():
        assert client.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    assert len(sent) == 1 and sent[0].articles == {article.pk}
    assert content_generation() != before
    stored = Article.objects.for_detail().get(pk=article.pk)
    assert stored.title == "Judul baru" and stored.byline_authors[-1] == guest and len(stored.byline_authors) == 2
    assert list(stored.related.all()) == [other]
    assert guest.pk in sent[0].authors
    assert Article.objects.get(pk=article.pk).title == "Judul baru"


def test_a_failed_save_announces_nothing(committed, sent):
    article = ArticleFactory(title="Asli")
    before = content_generation()
    with committed(), pytest.raises(ValidationError):
        services.article_update(article=article, by=None, title="x" * 500, tags=["tidak-jadi"])
    assert sent == [] and content_generation() == before
    assert Article.objects.get(pk=article.pk).title == "Asli"
    assert not article.tags.filter(name="tidak-jadi").exists()


def test_a_workflow_step_is_one_change(committed, sent, editor):
    article = ArticleFactory(status=Status.REVIEW, published_at=None, tags=["ai"])
    with committed():
        services.article_publish(article=article, by=editor)
    assert len(sent) == 1
    assert sent[0].articles == {article.pk} and sent[0].sections == {article.category_id}


def test_delete_announces_the_article_and_what_it_was_linked_to(committed, sent, editor):
    article = ArticleFactory(tags=["ai"])
    pk, section = article.pk, article.category_id
    with committed():
        services.article_delete(article=article, by=editor)
    assert not Article.objects.filter(pk=pk).exists()
    assert sent[0].articles == {pk} and sent[0].sections == {section} and sent[0].tags


def test_writer_cannot_delete_a_published_article(writer):
    article = own_article(writer, status=Status.PUBLISHED)
    with pytest.raises(PermissionDenied):
        services.article_delete(article=article, by=writer)
    assert Article.objects.filter(pk=article.pk).exists()


def test_bulk_create_cleans_bodies_and_is_one_change(committed, sent):
    section = CategoryFactory()
    rows = [
        Article(title=f"T{n}", slug=f"t-{n}", summary="S", body="<p>Teks</p><script>x</script>", category=section)
        for n in range(3)
    ]
    with committed():
        ids = services.articles_bulk_create(articles=rows)
    assert len(ids) == 3 and len(sent) == 1 and sent[0].articles == set(ids)
    assert all("<script" not in body for body in Article.objects.filter(pk__in=ids).values_list("body", flat=True))


def test_section_and_skill_edits_are_announced_by_their_watchers(committed, sent):
    section = CategoryFactory()
    with committed():
        section.name = "Rubrik Baru"
        section.save()
    with committed():
        Skill.objects.create(name="Prompting", slug="prompting")
    assert sent[0].sections == {section.pk}
    assert sent[1].skills and "careers.skill" in sent[1].models


@pytest.fixture
def bumps(monkeypatch):
    """Count the page-cache generation bumps (the real bump still runs)."""
    import portal.cache

    counted = []
    real = portal.cache.bump_content_generation

    def counting():
        counted.append(1)
        real()

    monkeypatch.setattr(portal.cache, "bump_content_generation", counting)
    return counted


@pytest.fixture
def reindexed():
    """Record every change sent to the re-indexers (search), public or not."""
    received = []

    def listener(sender, *, change, **kwargs):
        received.append(change)

    changes.reindex.connect(listener, dispatch_uid="test-reindexed")
    yield received
    changes.reindex.disconnect(dispatch_uid="test-reindexed")


def test_a_service_save_of_a_live_article_bumps_the_cache_once(committed, bumps, editor):
    article = ArticleFactory(tags=["ai"])
    with committed():
        services.article_update(article=article, by=editor, title="Judul Baru", tags=["ai", "kerja"], skills=[])
    assert len(bumps) == 1


def test_saving_a_draft_leaves_the_page_cache_alone_but_is_indexed(committed, bumps, reindexed, writer):
    article = own_article(writer, tags=["ai"])
    before = content_generation()
    with committed():
        services.article_update(article=article, by=writer, title="Masih Draf", body="<p>Catatan</p>", tags=["ai"])
    assert bumps == [] and content_generation() == before
    assert len(reindexed) == 1 and reindexed[0].articles == {article.pk} and not reindexed[0].public


def test_creating_submitting_and_deleting_a_draft_leave_the_page_cache_alone(committed, bumps, writer):
    section = CategoryFactory()
    services.author_for_user(user=writer)  # a writer's first article creates their byline profile, once
    with committed():
        article = services.article_create(
            by=writer, title="Draf", slug="draf", summary="S", body="<p>B</p>", category=section
        )
    with committed():
        services.article_submit(article=article, by=writer)
        services.article_withdraw(article=article, by=writer)
    with committed():
        services.article_delete(article=article, by=writer)
    assert bumps == []


def test_publishing_and_unpublishing_bump_the_cache_once_each(committed, bumps, editor):
    article = ArticleFactory(status=Status.REVIEW, published_at=None)
    with committed():
        services.article_publish(article=article, by=editor)
    assert len(bumps) == 1
    with committed():
        services.article_unpublish(article=article, by=editor)
    assert len(bumps) == 2


def test_an_admin_save_bumps_once_and_an_admin_draft_save_not_at_all(client, committed, bumps, editor, writer):
    from tests.articles.conftest import change_data

    live, draft = ArticleFactory(), own_article(writer)
    client.force_login(editor)
    with committed():
        response = client.post(f"/admin/articles/article/{live.pk}/change/", change_data(live, title="Baru"))
    assert response.status_code == 302 and len(bumps) == 1
    client.force_login(writer)
    with committed():
        response = client.post(f"/admin/articles/article/{draft.pk}/change/", change_data(draft, title="Draf 2"))
    assert response.status_code == 302 and Article.objects.get(pk=draft.pk).title == "Draf 2"
    assert len(bumps) == 1


def test_a_save_that_fails_in_the_database_announces_and_indexes_nothing(committed, bumps, reindexed):
    from django.db import DatabaseError
    from django.db.models.signals import post_save

    def database_down(sender, **kwargs):
        raise DatabaseError("connection lost")

    article = ArticleFactory(title="Asli", tags=["ai"])
    # The row is written, then the database fails before the transaction ends.
    post_save.connect(database_down, sender=Article, dispatch_uid="test-database-down")
    try:
        with committed(), pytest.raises(DatabaseError):
            services.article_update(article=article, by=None, title="Ganti", tags=["tidak-jadi"])
    finally:
        post_save.disconnect(dispatch_uid="test-database-down", sender=Article)
    assert bumps == [] and reindexed == []
    assert Article.objects.get(pk=article.pk).title == "Asli" and list(article.tags.names()) == ["ai"]


# --- bylines show names readers know, never login names ---


@pytest.fixture
def nameless_writer():
    return staff_user("Writer", "probe_writer", first_name="", last_name="")


def test_a_writer_without_a_name_cannot_submit_until_the_byline_has_one(nameless_writer, editor):
    article = own_article(nameless_writer, title="Draf tanpa nama", authors=[])
    assert [a.name for a in Article.objects.for_detail().get(pk=article.pk).byline_authors] == ["probe_writer"]
    with pytest.raises(ValidationError, match="probe_writer"):
        services.article_submit(article=article, by=nameless_writer)
    assert Article.objects.get(pk=article.pk).status == Status.DRAFT
    assert not ArticleTransition.objects.filter(article=article).exists()

    profile = Author.objects.get(user=nameless_writer)
    profile.name = "Probe Penulis"
    profile.save()
    services.article_submit(article=article, by=nameless_writer)
    services.article_publish(article=article, by=editor)
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_an_editor_cannot_publish_a_byline_that_shows_a_login_name(nameless_writer, editor, client):
    article = own_article(nameless_writer, status=Status.REVIEW, published_at=None, authors=[AuthorFactory()])
    client.force_login(editor)
    response = client.post(f"/admin/articles/article/{article.pk}/step/publish/", {"note": ""})
    assert response.status_code == 200 and "probe_writer" in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == Status.REVIEW
    assert "probe_writer" not in client.get("/").content.decode()
