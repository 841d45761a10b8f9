"""Careers rules shared by the admin, the shell and importers.

Mention detection: a skill is mentioned when its name or one of its aliases
appears in an article's body as whole words, ignoring case and accents
("AI" matches "ai" and "A.I." does not; "AI" never matches inside "KAIN").
Nothing is linked automatically: the admin offers the suggestions and the
editor picks which ones to accept with `article_skills_link`.
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.html import strip_tags

from articles.models import Article
from careers.models import Resource, Skill, fold

# Aliases shorter than this are too ambiguous to count as a mention (e.g. "R", "C").
MIN_ALIAS_LENGTH = 2


def plain_text(body_html: str) -> str:
    """Return the readable text of an HTML body: tags removed, entities decoded, blocks kept apart."""
    # Closing block tags become spaces so "<li>SQL</li><li>Python</li>" does not read "SQLPython".
    spaced = re.sub(r"<(/?(p|li|h[1-6]|div|br|td|th|blockquote|figcaption)\b[^>]*)>", r" <\1> ", body_html or "")
    return html.unescape(strip_tags(spaced))


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


def suggest_skills_for_article(*, article: Article, include_linked: bool = False) -> list[Skill]:
    """Return the skills mentioned in the article's body that are not linked to it yet.

    Works on unsaved articles too (then nothing counts as linked). Two queries.
    """
    mentioned = find_skill_mentions(plain_text(article.body))
    if include_linked or not article.pk or not mentioned:
        return mentioned
    linked = set(article.skills.values_list("pk", flat=True))
    return [skill for skill in mentioned if skill.pk not in linked]


def article_skills_link(*, article: Article, skills: Iterable[Skill]) -> None:
    """Link the skills the editor accepted to the article (already linked ones are left alone)."""
    if not article.pk:
        raise ValueError("Save the article before linking skills to it.")
    article.skills.add(*skills)


def resources_mark_checked(*, resources: QuerySet[Resource], on: datetime.date | None = None) -> int:
    """Record that someone confirmed the resources' links work (today by default); return how many."""
    return resources.update(last_checked=on or timezone.localdate())
