import pytest

from careers.models import Cost, Importance, Level
from careers.selectors import overlap_percent, paths_from, reskilling_path, role_with_skills
from tests.factories import ResourceFactory, RoleFactory, RoleSkillFactory, SkillFactory

pytestmark = pytest.mark.django_db


def give(role, *skills, importance=Importance.CORE):
    for skill in skills:
        RoleSkillFactory(role=role, skill=skill, importance=importance)


@pytest.fixture
def pm_to_ai_pm():
    """A project manager (3 skills) moving to AI product manager (4 core + 1 useful, 1 shared)."""
    shared, spreadsheets = SkillFactory(name="Stakeholders"), SkillFactory(name="Spreadsheets")
    agile = SkillFactory(name="Agile")
    product, ai, prompts = SkillFactory(name="Product"), SkillFactory(name="AI literacy"), SkillFactory(name="Prompts")
    ux = SkillFactory(name="UX")
    pm = RoleFactory(name="Project manager")
    give(pm, shared, spreadsheets)
    give(pm, agile, importance=Importance.USEFUL)
    target = RoleFactory(name="AI product manager", outlook="emerging")
    give(target, shared, product, ai, prompts)
    give(target, ux, importance=Importance.USEFUL)
    return pm, target, {"shared": shared, "product": product, "ai": ai, "prompts": prompts, "ux": ux}


def test_path_lists_only_missing_skills_core_first(pm_to_ai_pm):
    pm, target, skills = pm_to_ai_pm

    path = reskilling_path(from_role=pm, to_role=target)

    assert [step.skill.name for step in path.steps] == ["AI literacy", "Product", "Prompts", "UX"]
    assert [step.is_core for step in path.steps] == [True, True, True, False]
    assert path.shared_skills == [skills["shared"]]
    assert path.has_gap


def test_overlap_is_share_of_target_skills_already_held(pm_to_ai_pm):
    pm, target, _skills = pm_to_ai_pm

    # 1 of the target's 5 skills is shared; the PM's own extra skills do not count.
    assert reskilling_path(from_role=pm, to_role=target).overlap_percent == 20
    assert overlap_percent({1, 2}, {1, 2, 3}) == 67
    assert overlap_percent(set(), set()) == 100


def test_each_step_is_a_ladder_from_beginner_up_with_free_preferred(pm_to_ai_pm):
    pm, target, skills = pm_to_ai_pm
    paid_beginner = ResourceFactory(
        title="Paid intro", level=Level.BEGINNER, cost=Cost.PAID, hours=5, skills=[skills["ai"]]
    )
    free_beginner = ResourceFactory(
        title="Free intro", level=Level.BEGINNER, cost=Cost.FREE, hours=20, skills=[skills["ai"]]
    )
    advanced = ResourceFactory(title="Deep dive", level=Level.ADVANCED, cost=Cost.PAID, hours=40, skills=[skills["ai"]])
    intermediate = ResourceFactory(
        title="Middle", level=Level.INTERMEDIATE, cost=Cost.FREEMIUM, hours=10, skills=[skills["ai"]]
    )

    step = reskilling_path(from_role=pm, to_role=target).steps[0]

    assert step.skill == skills["ai"]
    assert step.resources == [free_beginner, intermediate, advanced]
    assert paid_beginner not in step.resources
    assert [r.is_free for r in step.resources] == [True, False, False]
    assert step.hours == 70


def test_total_hours_count_a_resource_teaching_two_missing_skills_once(pm_to_ai_pm):
    pm, target, skills = pm_to_ai_pm
    ResourceFactory(title="Both", hours=12, skills=[skills["ai"], skills["prompts"]])
    ResourceFactory(title="Product basics", hours=8, skills=[skills["product"]])
    ResourceFactory(title="Already known", hours=100, skills=[skills["shared"]])

    path = reskilling_path(from_role=pm, to_role=target)

    assert path.total_hours == 20
    by_skill = {step.skill.name: step for step in path.steps}
    assert [r.title for r in by_skill["AI literacy"].resources] == ["Both"]
    assert [r.title for r in by_skill["Prompts"].resources] == ["Both"]
    assert by_skill["UX"].resources == []


def test_role_that_already_has_everything_has_no_gap(pm_to_ai_pm):
    _pm, target, skills = pm_to_ai_pm
    senior = RoleFactory(name="Senior")
    give(senior, *skills.values())

    path = reskilling_path(from_role=senior, to_role=target)

    assert not path.has_gap
    assert path.steps == []
    assert path.overlap_percent == 100
    assert path.total_hours == 0


def test_target_without_skills_has_no_gap():
    path = reskilling_path(from_role=RoleFactory(), to_role=RoleFactory())

    assert (path.steps, path.overlap_percent, path.total_hours) == ([], 100, 0)


def test_path_runs_two_queries_whatever_the_size(pm_to_ai_pm, django_assert_num_queries):
    pm, target, skills = pm_to_ai_pm
    for skill in skills.values():
        ResourceFactory.create_batch(3, skills=[skill])

    with django_assert_num_queries(2):
        reskilling_path(from_role=pm, to_role=target)


def test_paths_from_ranks_emerging_roles_by_overlap():
    a, b, c = SkillFactory(), SkillFactory(), SkillFactory()
    current = RoleFactory(outlook="at-risk")
    give(current, a, b)
    close = RoleFactory(name="Close", outlook="emerging")
    give(close, a, b, c)
    far = RoleFactory(name="Far", outlook="emerging")
    give(far, c)
    not_emerging = RoleFactory(name="Changing", outlook="changing")
    give(not_emerging, a)

    options = paths_from(role=role_with_skills().get(pk=current.pk))

    assert [(o.role.name, o.overlap_percent, o.missing_count) for o in options] == [("Close", 67, 1), ("Far", 0, 1)]
