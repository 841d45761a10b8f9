import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from careers.models import Cost, Level, Resource, ResourceKind
from tests.factories import ResourceFactory, RoleFactory, RoleSkillFactory, SkillFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="careers-editor", is_staff=True, is_superuser=True))
    return client


def test_changelists_and_forms_load_with_inlines(admin_client):
    skill = SkillFactory(name="SQL")
    resource = ResourceFactory(title="SQL course", skills=[skill])
    role = RoleFactory(name="Data engineer")
    RoleSkillFactory(role=role, skill=skill)

    for url in [
        reverse("admin:careers_skill_changelist"),
        reverse("admin:careers_role_changelist"),
        reverse("admin:careers_resource_changelist"),
        reverse("admin:careers_skill_add"),
        reverse("admin:careers_role_add"),
        reverse("admin:careers_resource_add"),
        reverse("admin:careers_resource_change", args=[resource.pk]),
    ]:
        assert admin_client.get(url).status_code == 200, url

    skill_page = admin_client.get(reverse("admin:careers_skill_change", args=[skill.pk])).content.decode()
    assert "SQL course" in skill_page  # resources that teach it, as an inline
    assert "Data engineer" in skill_page  # roles that need it
    role_page = admin_client.get(reverse("admin:careers_role_change", args=[role.pk])).content.decode()
    assert "role_skills-TOTAL_FORMS" in role_page


def test_stale_filter_finds_resources_never_or_long_ago_checked(admin_client):
    today = timezone.localdate()
    ResourceFactory(title="Never checked", last_checked=None)
    ResourceFactory(title="Checked long ago", last_checked=today - datetime.timedelta(days=181))
    ResourceFactory(title="Checked lately", last_checked=today - datetime.timedelta(days=10))
    url = reverse("admin:careers_resource_changelist")

    stale = admin_client.get(url, {"stale": "yes"}).content.decode()
    fresh = admin_client.get(url, {"stale": "no"}).content.decode()

    assert "Never checked" in stale and "Checked long ago" in stale
    assert "Checked lately" not in stale
    assert "Checked lately" in fresh
    assert "Never checked" not in fresh


def test_mark_checked_action(admin_client):
    resource = ResourceFactory(last_checked=None)

    admin_client.post(
        reverse("admin:careers_resource_changelist"),
        {"action": "mark_checked_today", "_selected_action": [resource.pk]},
    )

    assert Resource.objects.get(pk=resource.pk).last_checked == timezone.localdate()


def test_autocomplete_finds_skills_by_alias(admin_client):
    SkillFactory(name="Machine Learning", aliases="pembelajaran mesin")

    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"term": "pembelajaran", "app_label": "careers", "model_name": "roleskill", "field_name": "skill"},
    )

    assert response.status_code == 200
    assert "Machine Learning" in response.content.decode()


@pytest.mark.parametrize("bad", ["abc", "99999999999999999999", "-99999999999999999999"])
def test_tampered_autocomplete_ids_give_a_form_error_and_save_nothing(admin_client, bad):
    data = {
        "title": "Kursus SQL",
        "url": "https://example.com/sql",
        "provider": "Contoh",
        "skills": [bad],
        "kind": ResourceKind.COURSE,
        "level": Level.BEGINNER,
        "cost": Cost.FREE,
        "language": "id",
        "hours": "10",
    }

    response = admin_client.post(reverse("admin:careers_resource_add"), data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["skills"]
    assert not Resource.objects.filter(title="Kursus SQL").exists()


def test_no_third_party_class_is_patched_at_start_up():
    from django.contrib.admin.widgets import AutocompleteMixin
    from django_prose_editor import widgets

    assert AutocompleteMixin.optgroups.__module__ == "django.contrib.admin.widgets"
    assert widgets.prose_editor_base_media.nonce == widgets.prose_editor_admin_media.nonce == ""
