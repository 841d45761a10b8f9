import io

import pytest

from careers import demo
from careers.models import Outlook, Resource, Role, RoleSkill, Skill
from careers.selectors import reskilling_path

pytestmark = pytest.mark.django_db


def test_seed_creates_the_promised_content_once():
    out = io.StringIO()
    demo.seed(stdout=out)
    counts = (Skill.objects.count(), Role.objects.count(), Resource.objects.count(), RoleSkill.objects.count())

    demo.seed(stdout=out)

    assert counts == (Skill.objects.count(), Role.objects.count(), Resource.objects.count(), RoleSkill.objects.count())
    assert counts[0] >= 25 and counts[1] >= 10 and counts[2] >= 40
    assert "0 skills, 0 roles, 0 resources created" in out.getvalue()
    assert Role.objects.filter(outlook=Outlook.AT_RISK).count() >= 3
    assert Role.objects.filter(outlook=Outlook.EMERGING).count() >= 5
    # Every skill has aliases, a description and somewhere to learn it (except the one we advise leaving).
    assert not Skill.objects.filter(aliases="").exists()
    assert not Skill.objects.filter(description="").exists()
    assert Skill.objects.filter(resources__isnull=True).count() <= 1
    assert Resource.objects.filter(language="id").count() >= 3
    assert not Resource.objects.filter(url__contains="example").exists()


def test_seeded_project_manager_can_plan_a_path_to_ai_product_manager():
    demo.seed()
    path = reskilling_path(
        from_role=Role.objects.get(slug="project-manager"), to_role=Role.objects.get(slug="ai-product-manager")
    )

    assert 0 < path.overlap_percent < 100
    assert path.steps[0].is_core
    assert all(step.resources for step in path.steps if step.is_core)
    assert any(resource.is_free for step in path.steps for resource in step.resources)
    assert path.total_hours > 0


def test_demo_resources_are_valid_models():
    demo.seed()
    for resource in Resource.objects.all():
        resource.full_clean()
    for skill in Skill.objects.all():
        skill.full_clean()
