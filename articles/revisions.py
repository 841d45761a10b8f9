"""How a change to an article reads to an editor: field labels, choice labels, local times, words.

Used by the revision list, the compare screen and the refusal of a stale save, so all three
describe a change the same way. Reading only; revisions are stored by simple_history.
"""

import difflib
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from simple_history.template_utils import HistoricalRecordContextHelper

from articles.models import Article
from portal.text import plain_text

# Compared word by word: the body is HTML, the others are prose.
TEXT_FIELDS = {"body", "summary", "title", "seo_title", "seo_description"}
# Unchanged words kept either side of a change; longer unchanged runs are shortened to "…".
CONTEXT_WORDS = 8


def field_label(name: str) -> str:
    """Return the label an editor knows a field by ("Waktu terbit", not "published_at")."""
    labels = {"tag_names": _("tags"), "author_names": _("authors")}
    if name in labels:
        return capfirst(labels[name])
    return capfirst(Article._meta.get_field(name).verbose_name)


def local_time(value: datetime) -> str:
    """Return a moment in the site's time zone, to the minute, with the zone's name ("8 Des. 2026, 6.53 WIB")."""
    local = timezone.localtime(value)
    return f"{formats.date_format(local, 'DATETIME_FORMAT')} {local.tzname()}"


def made_by(record) -> str:
    """Return who made a revision, by name ("Ayu Lestari"); saves without a person read "the system"."""
    user = record.history_user
    if user is None:
        return _("the system")
    return user.get_full_name() or user.get_username()


def display_value(name: str, value: Any) -> str:
    """Return a non-text field's value as an editor reads it: choice labels, local time, "yes"/"no", "(empty)"."""
    if value is None or value == "":
        return _("(empty)")
    field = Article._meta.get_field(name) if name not in {"tag_names", "author_names"} else None
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)


def words_of(name: str, value: str | None) -> str:
    """Return a text field's words, one space apart (the body's without its HTML)."""
    return plain_text(value) if name == "body" else " ".join((value or "").split())


def word_diff(old: str, new: str, context: int = CONTEXT_WORDS) -> SafeString:
    """Return the words removed (<del>) and added (<ins>) from `old` to `new`, long unchanged runs shortened."""
    before, after = old.split(), new.split()
    opcodes = difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes()
    parts: list[str] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = before[i1:i2]
            first, last = index == 0, index == len(opcodes) - 1
            keep_head = 0 if first else context
            keep_tail = 0 if last else context
            if len(words) > keep_head + keep_tail:
                head, tail = words[:keep_head], words[len(words) - keep_tail :] if keep_tail else []
                words = [*head, "…", *tail]
            parts.append(format_html("{}", " ".join(words)))
            continue
        if i2 > i1:
            parts.append(format_html("<del>{}</del>", " ".join(before[i1:i2])))
        if j2 > j1:
            parts.append(format_html("<ins>{}</ins>", " ".join(after[j1:j2])))
    return mark_safe(" ".join(part for part in parts if part))  # noqa: S308 - every part is escaped above


def describe(changes: Iterable[tuple[str, Any, Any]]) -> list[dict]:
    """Describe (field, old, new) triples for a screen, leaving out those that read the same.

    Each item has `field` (label) and either `words` (a word diff, for text) or `old` and `new`.
    """
    described = []
    for name, old, new in changes:
        show = words_of if name in TEXT_FIELDS else display_value
        before, after = show(name, old), show(name, new)
        if before == after:
            continue  # e.g. a publish time stored with microseconds, saved again to the second
        item = {"field": field_label(name), "old": before, "new": after, "words": None}
        if name in TEXT_FIELDS:
            item["words"] = word_diff(before, after)
        described.append(item)
    return described


class RevisionChanges(HistoricalRecordContextHelper):
    """The revision list's "Changes" column, described as `describe` does."""

    def context_for_delta_changes(self, delta) -> list[dict]:
        return describe((change.field, change.old, change.new) for change in delta.changes)


def model_fields_of(record: models.Model, names: Iterable[str]) -> dict[str, Any]:
    """Return the named values of an article or a revision, related rows as objects."""
    values = {}
    for name in names:
        if name in {"category", "cover"}:
            related_id = getattr(record, f"{name}_id")
            try:
                values[name] = getattr(record, name) if related_id else None
            except ObjectDoesNotExist:  # deleted since; revisions keep the id only
                values[name] = f"#{related_id}"
        else:
            values[name] = getattr(record, name, "")
    return values
