"""Careers rules shared by the admin, the shell and importers.

Mention detection: a skill is mentioned when its name or one of its aliases
appears in a text as whole words, ignoring case and accents ("AI" matches "ai"
and "A.I." does not; "AI" never matches inside "KAIN"). Careers knows nothing of
articles: `articles.services.suggest_skills_for_article` passes an article's text.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils import timezone

from careers.models import Resource, Skill, fold

# Aliases shorter than this are too ambiguous to count as a mention (e.g. "R", "C").
MIN_ALIAS_LENGTH = 2


def alias_pattern(aliases: Iterable[str]) -> re.Pattern | None:
    """Return one regex matching any of the (folded) aliases as whole words, or None when none qualify."""
    terms = sorted({fold(alias) for alias in aliases if len(fold(alias)) >= MIN_ALIAS_LENGTH}, key=len, reverse=True)
    if not terms:
        return None
    # Whitespace inside an alias matches any run of whitespace in the text.
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in term.split(" ")) for term in terms)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def find_skill_mentions(text: str, *, skills: Iterable[Skill] | None = None) -> list[Skill]:
    """Return the skills whose name or an alias occurs in `text` (plain text), in order of first mention."""
    folded = fold(text or "")
    if not folded:
        return []
    skills = Skill.objects.all() if skills is None else skills
    found: list[tuple[int, str, Skill]] = []
    for skill in skills:
        pattern = alias_pattern(skill.alias_list)
        match = pattern.search(folded) if pattern else None
        if match:
            found.append((match.start(), skill.name, skill))
    return [skill for _position, _name, skill in sorted(found, key=lambda item: (item[0], item[1]))]


def resources_mark_checked(*, resources: QuerySet[Resource], on: datetime.date | None = None) -> int:
    """Record that someone confirmed the resources' links work (today by default); return how many."""
    return resources.update(last_checked=on or timezone.localdate())
