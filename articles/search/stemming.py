"""Word stems as PostgreSQL makes them: Snowball's Indonesian and English stemmers (PyStemmer, their C build).

PostgreSQL's `indonesian` and `english` text-search configurations are these same algorithms;
SQLite's FTS5 knows only an English stemmer. So the SQLite index stores each word as its stem,
in the article's language, and each query word is looked up by its stems in both languages:
"lelah" finds "melelahkan", "formulirnya" finds "formulir", "workers" finds "worker".
"""

import re
import threading

import Stemmer

STEMMERS = {"id": "indonesian", "en": "english"}
DEFAULT_LANGUAGE = "id"
# Words as FTS5's unicode61 tokenizer cuts them: letters, digits and private-use characters.
WORD = re.compile(r"[^\W_]+")

_local = threading.local()  # PyStemmer's stemmers are not safe to share between threads


def _stemmer(language: str) -> Stemmer.Stemmer:
    stemmers = _local.__dict__.setdefault("stemmers", {})
    name = STEMMERS.get(language, STEMMERS[DEFAULT_LANGUAGE])
    if name not in stemmers:
        stemmers[name] = Stemmer.Stemmer(name)
    return stemmers[name]


def stem_words(words: list[str], language: str) -> list[str]:
    """Return the stem of each (lower-cased) word, in the given language."""
    return _stemmer(language).stemWords([word.casefold() for word in words])


def stem_text(text: str, language: str) -> str:
    """Return the text as its words' stems, one space apart (what the SQLite index stores)."""
    return " ".join(stem_words(WORD.findall(text), language))


def query_stems(word: str) -> tuple[str, ...]:
    """Return the stems a query word is looked up by: its Indonesian and its English stem (once if equal)."""
    return tuple(dict.fromkeys(stem_words([word], language)[0] for language in STEMMERS))
