"""The one place where "this content changed" is announced.

Writers (the article services, the admin of other content, a few receivers on models
whose writes no service sees) call `announce()` with what changed. Inside `batch()`,
everything announced is merged into one `Change`; after the transaction commits it is
sent once, in two steps:

1. `reindex`: derived data that pages read is brought up to date (the search index);
2. `content_changed`: caches and listeners learn that content changed (the page-cache
   generation, later targeted purges, webhooks).

A write that rolls back announces nothing. Outside `batch()`, each `announce()` is its
own change, sent after the current transaction commits (at once in autocommit mode).

A change is *public* when readers can see it (the default); a write only editors can see
(a draft saved, submitted or deleted) is announced with `public=False`: search still
re-indexes it, but caches of public pages are left alone.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields

from django.db import transaction
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_save, pre_delete
from django.dispatch import Signal

logger = logging.getLogger(__name__)

# Sent with change=Change, first to the re-indexers, then to everyone else.
reindex = Signal()
content_changed = Signal()


def _ids(values: Iterable[int | None]) -> frozenset[int]:
    return frozenset(value for value in values if value is not None)


@dataclass(frozen=True)
class Change:
    """What one write changed: ids per kind of content, the labels of the models written, whether readers see it."""

    articles: frozenset[int] = field(default_factory=frozenset)
    sections: frozenset[int] = field(default_factory=frozenset)
    tags: frozenset[int] = field(default_factory=frozenset)
    authors: frozenset[int] = field(default_factory=frozenset)
    skills: frozenset[int] = field(default_factory=frozenset)
    models: frozenset[str] = field(default_factory=frozenset)
    # Merged changes are public when any part is: an empty Change() is the identity of `|`.
    public: bool = False

    def __or__(self, other: Change) -> Change:
        return Change(**{f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "public")


_open = threading.local()


def announce(
    *,
    articles: Iterable[int | None] = (),
    sections: Iterable[int | None] = (),
    tags: Iterable[int | None] = (),
    authors: Iterable[int | None] = (),
    skills: Iterable[int | None] = (),
    models: Iterable[str] = (),
    public: bool = True,
) -> None:
    """Record that this content changed (`public=False`: only editors see it); it is sent once the write commits."""
    change = Change(
        articles=_ids(articles),
        sections=_ids(sections),
        tags=_ids(tags),
        authors=_ids(authors),
        skills=_ids(skills),
        models=frozenset(models),
        public=public,
    )
    if not change:
        return
    stack = getattr(_open, "stack", None)
    if stack:
        stack[-1] = stack[-1] | change
    else:
        transaction.on_commit(lambda: send(change), robust=True)


@contextmanager
def batch() -> Iterator[None]:
    """Merge everything announced inside into one change, sent once after commit (nothing if it fails)."""
    stack = _open.__dict__.setdefault("stack", [])
    stack.append(Change())
    try:
        with transaction.atomic():
            yield
    except BaseException:
        stack.pop()
        raise
    change = stack.pop()
    if not change:
        return
    if stack:
        stack[-1] = stack[-1] | change
    else:
        transaction.on_commit(lambda: send(change), robust=True)


def send(change: Change) -> None:
    """Tell the re-indexers, then everyone else, about a committed change (a failing listener is logged)."""
    for signal in (reindex, content_changed):
        for receiver, result in signal.send_robust(sender=Change, change=change):
            if isinstance(result, Exception):
                logger.error("Change listener %r failed for %r", receiver, change, exc_info=result)


def watch(model: type[Model], describe: Callable[[Model], dict] | None = None) -> None:
    """Announce every save and delete of `model` (for content no service writes, e.g. sections, skills).

    `describe(instance)` returns the keyword arguments of `announce` beyond the model's label; on a
    delete it is asked before the row goes, while what links to it is still there. The change is
    sent after the delete's transaction commits, so it never runs ahead of the delete.
    """
    label = model._meta.label_lower

    def receiver(sender, instance, raw=False, **kwargs):
        if not raw:
            announce(models=[label], **(describe(instance) if describe else {}))

    def m2m_receiver(sender, instance, action, reverse, **kwargs):
        if action in {"post_add", "post_remove", "post_clear"} and not reverse:
            receiver(sender, instance)

    post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"changes-save-{label}")
    pre_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"changes-delete-{label}")
    # Links edited from this model's side (e.g. a resource's skills) change it too.
    for m2m in model._meta.local_many_to_many:
        through = m2m.remote_field.through
        m2m_changed.connect(m2m_receiver, sender=through, weak=False, dispatch_uid=f"changes-m2m-{label}-{m2m.name}")
