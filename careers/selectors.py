"""Reads that span models: what the careers pages show.

Every function here runs a fixed number of queries, whatever the number of
skills, roles or resources involved (the page tests pin them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Case, Count, IntegerField, Prefetch, QuerySet, Value, When

from careers.models import Cost, Importance, Outlook, Resource, Role, RoleSkill, Skill, SkillGroup, Trend

# Free before freemium before paid: readers changing careers often start with no budget.
COST_RANK = Case(
    When(cost=Cost.FREE, then=Value(0)),
    When(cost=Cost.FREEMIUM, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)
OUTLOOK_ORDER = [Outlook.EMERGING, Outlook.CHANGING, Outlook.AT_RISK]
TREND_RANK = {Trend.RISING: 0, Trend.STEADY: 1, Trend.DECLINING: 2}
_COST_ORDER = {Cost.FREE: 0, Cost.FREEMIUM: 1, Cost.PAID: 2}


def best_first_key(resource: Resource) -> tuple:
    """Return the sort key of `resources_best_first`, for lists already in memory."""
    return (resource.level, _COST_ORDER.get(resource.cost, 9), resource.hours, resource.title, resource.pk)


def resources_best_first(queryset: QuerySet | None = None) -> QuerySet:
    """Return resources ordered beginner → advanced, and within a level free first, then shortest."""
    queryset = Resource.objects.all() if queryset is None else queryset
    return queryset.annotate(cost_rank=COST_RANK).order_by("level", "cost_rank", "hours", "title", "pk")


def roles_by_outlook(roles=None) -> list[tuple[str, str, list[Role]]]:
    """Return (outlook value, outlook label, roles) groups, emerging first, empty groups left out."""
    roles = list(Role.objects.all()) if roles is None else list(roles)
    groups = []
    for outlook in OUTLOOK_ORDER:
        members = [role for role in roles if role.outlook == outlook]
        if members:
            groups.append((outlook.value, outlook.label, members))
    return groups


def skills_by_group() -> list[tuple[str, str, list[Skill]]]:
    """Return (group value, group label, skills) in the groups' declared order, rising skills first."""
    skills = Skill.objects.annotate(num_resources=Count("resources", distinct=True))
    grouped: dict[str, list[Skill]] = {value: [] for value in SkillGroup.values}
    for skill in skills:
        grouped.setdefault(skill.group, []).append(skill)
    result = []
    for value, members in grouped.items():
        if members:
            members.sort(key=lambda s: (TREND_RANK.get(s.trend, 9), s.name.casefold()))
            label = SkillGroup(value).label if value in SkillGroup.values else value
            result.append((value, label, members))
    return result


def hub() -> dict:
    """Return everything the careers hub shows, in a handful of queries."""
    roles = list(Role.objects.all())
    return {
        "rising_skills": list(Skill.objects.filter(trend=Trend.RISING)[:12]),
        "emerging_roles": [role for role in roles if role.outlook == Outlook.EMERGING],
        "at_risk_roles": [role for role in roles if role.outlook == Outlook.AT_RISK],
        "roles": roles,
    }


@dataclass
class SkillPage:
    resources: list[Resource]
    role_links: list[RoleSkill]


def skill_page(*, skill: Skill, cost: str = "", language: str = "", kind: str = "") -> SkillPage:
    """Return a skill's resources (optionally filtered) and the roles needing it."""
    resources = skill.resources.all()
    if cost:
        resources = resources.filter(cost=cost)
    if language:
        resources = resources.filter(language=language)
    if kind:
        resources = resources.filter(kind=kind)
    role_links = RoleSkill.objects.filter(skill=skill).select_related("role").order_by("importance", "role__name")
    return SkillPage(
        resources=list(resources_best_first(resources)),
        role_links=list(role_links),
    )


def role_with_skills() -> QuerySet:
    """Return roles with their skill links (core first) prefetched."""
    return Role.objects.prefetch_related(
        Prefetch(
            "role_skills",
            queryset=RoleSkill.objects.select_related("skill").order_by("importance", "skill__name"),
        )
    )


@dataclass
class PathSummary:
    """A possible move from one role to another, for "paths from here"."""

    role: Role
    overlap_percent: int
    missing_count: int


def paths_from(*, role: Role, limit: int = 5) -> list[PathSummary]:
    """Return emerging roles the reader could move to from `role`, closest first."""
    own = {link.skill_id for link in role.role_skills.all()}
    targets: dict[int, tuple[Role, set[int]]] = {}
    links = RoleSkill.objects.filter(role__outlook=Outlook.EMERGING).exclude(role=role).select_related("role")
    for link in links:
        targets.setdefault(link.role_id, (link.role, set()))[1].add(link.skill_id)
    summaries = [
        PathSummary(role=target, overlap_percent=overlap_percent(own, needed), missing_count=len(needed - own))
        for target, needed in targets.values()
    ]
    summaries.sort(key=lambda s: (-s.overlap_percent, s.missing_count, s.role.name))
    return summaries[:limit]


def overlap_percent(have: set, need: set) -> int:
    """Return the share of `need` already in `have`, as a whole percentage (100 when nothing is needed)."""
    if not need:
        return 100
    return round(100 * len(have & need) / len(need))


@dataclass
class PathStep:
    """One skill to learn on a reskilling path, with where to learn it."""

    skill: Skill
    importance: str
    resources: list[Resource] = field(default_factory=list)

    @property
    def is_core(self) -> bool:
        return self.importance == Importance.CORE

    @property
    def hours(self) -> int:
        return sum(resource.hours for resource in self.resources)


@dataclass
class ReskillingPath:
    from_role: Role
    to_role: Role
    steps: list[PathStep]
    shared_skills: list[Skill]
    overlap_percent: int
    total_hours: int

    @property
    def has_gap(self) -> bool:
        return bool(self.steps)


def pick_resources(candidates: list[Resource]) -> list[Resource]:
    """Return a learning ladder: the best resource at each level, beginner → advanced.

    `candidates` must already be ordered best first (see `best_first_key`): at one
    level a free resource wins over a paid one, then the shorter one. Alternatives
    at the same level are left out so the hours add up to one way through.
    """
    ladder: dict[int, Resource] = {}
    for resource in candidates:
        ladder.setdefault(resource.level, resource)
    return [ladder[level] for level in sorted(ladder)]


def reskilling_path(*, from_role: Role, to_role: Role) -> ReskillingPath:
    """Return the path from one role to another: what the target needs that the current role lacks.

    Steps come core first (then by skill name), each with its best resources from
    beginner up. Overlap is the share of the target's skills the current role already
    has. Total hours counts every chosen resource once, even when it teaches several
    missing skills. Two queries, whatever the size of the roles.
    """
    links = list(
        RoleSkill.objects.filter(role__in=[from_role.pk, to_role.pk])
        .select_related("skill")
        .order_by("importance", "skill__name")
    )
    have = {link.skill_id for link in links if link.role_id == from_role.pk}
    target_links = [link for link in links if link.role_id == to_role.pk]
    need = {link.skill_id for link in target_links}
    missing_links = [link for link in target_links if link.skill_id not in have]

    by_skill: dict[int, list[Resource]] = {link.skill_id: [] for link in missing_links}
    if by_skill:
        teaches = Resource.skills.through.objects.filter(skill_id__in=list(by_skill)).select_related("resource")
        resources: dict[int, Resource] = {}
        for row in teaches:
            resource = resources.setdefault(row.resource_id, row.resource)
            by_skill[row.skill_id].append(resource)
        for skill_id, candidates in by_skill.items():
            candidates.sort(key=best_first_key)
            by_skill[skill_id] = pick_resources(candidates)

    steps = [
        PathStep(skill=link.skill, importance=link.importance, resources=by_skill[link.skill_id])
        for link in missing_links
    ]
    steps.sort(key=lambda step: (0 if step.is_core else 1, step.skill.name.casefold()))
    distinct_resources = {resource.pk: resource for step in steps for resource in step.resources}
    return ReskillingPath(
        from_role=from_role,
        to_role=to_role,
        steps=steps,
        shared_skills=[link.skill for link in target_links if link.skill_id in have],
        overlap_percent=overlap_percent(have, need),
        total_hours=sum(resource.hours for resource in distinct_resources.values()),
    )
