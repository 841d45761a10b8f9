"""Skills, roles and learning resources matching a search: whole words, word prefixes or forms of a root.

These tables hold hundreds of rows, not hundreds of thousands: the database narrows them to
rows containing a query word's letters, and each candidate's words are then checked here
("berisi" answers "isi", "risikonya" does not).
"""

import difflib
from collections.abc import Iterable

from django.db.models import Q

from articles.search.query import ParsedQuery, answered_terms, snippet
from articles.search.stemming import WORD, query_stems
from careers.models import Resource, Role, Skill, fold

CAREERS_LIMIT = 5  # rows shown per group (on the first page only)
CANDIDATE_LIMIT = 400  # rows read per group before checking their words
CLOSE_SKILLS = 4  # skills offered when no skill matches
CLOSE_ENOUGH = 0.6  # how alike (difflib's ratio) a skill's name and the query must be to be offered
# Roots starting with these letters lose them after the meN-/peN- prefixes ("pukul" → "memukul").
_NASALISED = "ptks"


def careers_matches(parsed: ParsedQuery) -> tuple[list, list, list]:
    """Return the skills, roles and resources answering every word of a wording of the query, name matches first."""
    return (
        _matches(parsed, Skill.objects.all(), ["name", "name_en", "aliases", "description"]),
        _matches(parsed, Role.objects.all(), ["name", "name_en", "description"]),
        _matches(parsed, Resource.objects.all(), ["title", "provider", "description"]),
    )


def closest_skills(parsed: ParsedQuery) -> list[Skill]:
    """Return the skills whose names or aliases are spelled closest to the query (when no skill matched it)."""
    query = " ".join(parsed.terms)

    def closeness(skill: Skill) -> float:
        names = [fold(name) for name in (skill.name, skill.name_en, *skill.alias_list) if name]
        spellings = [*names, *(word for name in names for word in name.split())]
        return max((difflib.SequenceMatcher(None, query, spelling).ratio() for spelling in spellings), default=0)

    scored = [(closeness(skill), skill) for skill in Skill.objects.only("pk", "name", "name_en", "slug", "aliases")]
    scored = [(score, skill) for score, skill in scored if score >= CLOSE_ENOUGH]
    return [skill for _score, skill in sorted(scored, key=lambda item: (-item[0], item[1].name))[:CLOSE_SKILLS]]


def _candidates(term: str) -> set[str]:
    """Return letters a row must contain to hold the term, one of its forms, or a word it begins."""
    pieces = {term}
    for stem in query_stems(term):
        pieces.add(stem)
        if stem[:1] in _NASALISED and len(stem) > 3:
            pieces.add(stem[1:])
    return pieces


def _matches(parsed: ParsedQuery, rows, fields: list[str]) -> list:
    """Return up to CAREERS_LIMIT rows answering a wording in `fields` (names first), with snippets.

    Names, descriptions and resources mix Indonesian and English: words are stemmed in both (language None).
    """
    every_term = {term for terms in parsed.variants for term in terms}
    contains = Q()
    for term in every_term:
        for piece in _candidates(term):
            contains |= Q.create([(f"{name}__icontains", piece) for name in fields], connector=Q.OR)
    title = fields[0]
    found = []
    for row in rows.filter(contains).order_by(title)[:CANDIDATE_LIMIT]:
        texts = [getattr(row, name) or "" for name in fields]
        answered = _answered(" ".join(texts), every_term)
        if not any(set(terms) <= answered for terms in parsed.variants):
            continue
        names = " ".join(texts[:2] if title == "name" else texts[:1])
        in_title = set(parsed.terms) <= _answered(names, every_term)
        found.append((not in_title, fold(getattr(row, title)), row))
    found.sort(key=lambda item: item[:2])
    rows = [row for _not_in_title, _name, row in found[:CAREERS_LIMIT]]
    for row in rows:
        row.snippet = snippet(row.description, every_term, None, always=True, prefixes=True)
    return rows


def _answered(text: str, terms: Iterable[str]) -> set[str]:
    return set().union(*answered_terms(WORD.findall(text), terms, None))
