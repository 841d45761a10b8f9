"""The reader's query: cut down to safe words, widened by skill aliases; highlighted snippets."""

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from hashlib import md5

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from articles.search.stemming import STEMMERS, WORD, query_stems, stem_words
from careers.models import Skill, fold

MAX_QUERY_LENGTH = 200  # characters kept from what the reader typed
MAX_TERMS = 12  # words kept from the query
MAX_VARIANTS = 6  # alternative wordings added from skill aliases
SNIPPET_WORDS = 24
# Words with a special meaning in FTS5 and search-box syntax; dropped when typed in capitals.
OPERATORS = {"AND", "OR", "NOT", "NEAR"}
# Private-use characters mark highlights in database output; everything else is escaped.
MARK_START, MARK_END = "\ue000", "\ue001"
MARKERS = re.compile(f"[{MARK_START}{MARK_END}]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ParsedQuery:
    """What the reader typed, cut down to safe words, with alternative wordings from skill aliases."""

    text: str
    variants: tuple[tuple[str, ...], ...] = ()
    message: str = ""

    @property
    def terms(self) -> tuple[str, ...]:
        return self.variants[0] if self.variants else ()

    def __bool__(self) -> bool:
        return bool(self.variants)


def words(text: str) -> tuple[str, ...]:
    """Return the folded words of `text`, without search operators typed in capitals."""
    return tuple(fold(word) for word in _WORD.findall(text) if word not in OPERATORS)


def parse_query(raw: str | None, *, synonyms: Iterable[list[str]] = ()) -> ParsedQuery:
    """Return the query as words, never raising: every input becomes a query or a message."""
    text = " ".join(MARKERS.sub("", (raw or "").replace("\x00", "")).split())
    message = ""
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
        message = _("Your search was long, so only its first words were used.")
    if not text:
        return ParsedQuery(text="", message=_("Type one or more words to search for."))
    terms = words(text)[:MAX_TERMS]
    if not terms:
        return ParsedQuery(text=text, message=_("Type words or numbers to search for, not only punctuation."))
    return ParsedQuery(text=text, variants=(terms, *_synonym_variants(terms, synonyms)), message=message)


def _synonym_variants(terms: tuple[str, ...], synonyms: Iterable[list[str]]) -> list[tuple[str, ...]]:
    """Return the query with each skill name or alias it contains swapped for the skill's other names."""
    variants: list[tuple[str, ...]] = []
    for names in synonyms:
        spelled = [words(name) for name in names]
        for found in spelled:
            start = _find(terms, found)
            if start is None:
                continue
            for other in spelled:
                variant = (*terms[:start], *other, *terms[start + len(found) :])[:MAX_TERMS]
                if other and variant != terms and variant not in variants:
                    variants.append(variant)
            break
        if len(variants) >= MAX_VARIANTS:
            return variants[:MAX_VARIANTS]
    return variants


def _find(terms: tuple[str, ...], needle: tuple[str, ...]) -> int | None:
    """Return where `needle` starts inside `terms`, or None."""
    if not needle:
        return None
    for start in range(len(terms) - len(needle) + 1):
        if terms[start : start + len(needle)] == needle:
            return start
    return None


def skill_synonyms() -> list[list[str]]:
    """Return every skill's name and aliases (one query)."""
    return [skill.alias_list for skill in Skill.objects.only("name", "aliases")]


def query_digest(parsed: ParsedQuery) -> str:
    """Return a short, cache-key-safe name for the query's wordings."""
    return md5(repr(parsed.variants).encode(), usedforsecurity=False).hexdigest()


def has_words(query: str | None) -> bool:
    """Return whether the raw query has a word at all (so skill aliases are worth reading)."""
    return bool(query and _WORD.search(query[: MAX_QUERY_LENGTH * 2]))


# --- snippets ---------------------------------------------------------------------------------


def marked_html(text: str) -> SafeString:
    """Return `text` escaped, with the database's highlight markers turned into balanced <mark>s."""
    parts, open_ = [], False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", " ".join((text or "").split())):
        if piece == MARK_START:
            if not open_:
                parts.append("<mark>")
                open_ = True
        elif piece == MARK_END:
            if open_:
                parts.append("</mark>")
                open_ = False
        else:
            parts.append(escape(html.unescape(piece)))
    if open_:
        parts.append("</mark>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text was escaped above


def answered_terms(
    words: list[str], terms: Iterable[str], language: str | None, *, prefixes: bool = True
) -> list[frozenset[str]]:
    """Return, for each word of a text, the query terms it answers: the same word, a form of the same root
    ("berisi" for "isi", never "risikonya"), or (with `prefixes`) a word the term begins ("analis", "analisis").

    Words are stemmed in `language`, or in each language when it is unknown (None).
    """
    terms = [term for term in dict.fromkeys(terms) if term]
    by_stem: dict[str, set[str]] = {}
    for term in terms:
        for stem in query_stems(term):
            by_stem.setdefault(stem, set()).add(term)
    folded = [word.casefold() if word.isascii() else fold(word) for word in words]  # fold() is 10x slower
    stemmed = [stem_words(folded, language) for language in ([language] if language else STEMMERS)]
    answers = []
    for index, word in enumerate(folded):
        answered = set()
        for stems_of_language in stemmed:
            answered |= by_stem.get(stems_of_language[index], set())
        if prefixes:
            answered.update(term for term in terms if word.startswith(term))
        answers.append(frozenset(answered))
    return answers


def snippet(
    text: str,
    terms: Iterable[str],
    language: str | None,
    *,
    words: int = SNIPPET_WORDS,
    always: bool = False,
    prefixes: bool = False,
) -> SafeString:
    """Return about `words` whole words of plain `text` from just before its first word answering a query word
    (see `answered_terms`), each such word in <mark>; "" when no word answers, unless `always` (then the
    text's start)."""
    terms = tuple(terms)
    tokens = list(WORD.finditer(text or ""))
    first = _first_answer(tokens, terms, language, prefixes)
    if first is None and not always:
        return mark_safe("")
    start = max(0, (first or 0) - words // 4)
    window = tokens[start : start + words]
    if not window:
        return mark_safe("")
    answers = answered_terms([token.group(0) for token in window], terms, language, prefixes=prefixes)
    # From the space before the first word to the space after the last: punctuation stays with its word.
    position = text.rfind(" ", 0, window[0].start()) + 1
    end = text.find(" ", window[-1].end())
    end = len(text) if end == -1 else end
    pieces = []
    for token, answered in zip(window, answers, strict=True):
        pieces.append(text[position : token.start()])
        word = token.group(0)
        pieces.append(f"{MARK_START}{word}{MARK_END}" if answered else word)
        position = token.end()
    pieces.append(text[position:end])
    prefix = "… " if start else ""
    suffix = " …" if start + len(window) < len(tokens) else ""
    return mark_safe(f"{prefix}{marked_html(''.join(pieces))}{suffix}")  # noqa: S308 - escaped by marked_html


def _first_answer(
    tokens: list[re.Match], terms: tuple[str, ...], language: str | None, prefixes: bool, chunk: int = 256
) -> int | None:
    """Return the index of the first token answering a query word (looking a chunk at a time), or None."""
    for offset in range(0, len(tokens), chunk):
        part = [token.group(0) for token in tokens[offset : offset + chunk]]
        for index, answered in enumerate(answered_terms(part, terms, language, prefixes=prefixes)):
            if answered:
                return offset + index
    return None
