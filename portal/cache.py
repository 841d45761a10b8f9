"""Full-page cache bookkeeping: one generation key for content, one clock for schedules.

Every change to content that a public page can show bumps the generation, so
every cached page key changes at once (old entries simply age out). Scheduled
publishing and unpublishing happen by time alone, so no page may be cached
past the next scheduled `published_at` or `expires_at`.
"""

import logging
import time
from collections.abc import Callable
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

logger = logging.getLogger(__name__)

# Every cached page and derived value is keyed by the generation, so bumping this version when
# the shape of a cached value changes makes a deploy start from fresh keys, never an older
# release's values (a shared cache outlives deploys).
CACHE_FORMAT = 2
GENERATION_KEY = f"portal:content-generation:v{CACHE_FORMAT}"
NEXT_CHANGE_KEY = "portal:next-scheduled-change:{generation}"
# The longest that a value derived from content is kept (see derived_cache_seconds).
DERIVED_CACHE_SECONDS = 3600


def content_generation() -> int:
    """Return the current content generation (created on first use)."""
    try:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            generation = time.time_ns()
            cache.add(GENERATION_KEY, generation, None)
            generation = cache.get(GENERATION_KEY, generation)
    except Exception:  # a broken shared cache must not break pages
        logger.exception("Page cache: could not read the content generation")
        return 0
    return generation


def bump_on_change(sender, *, change, **kwargs) -> None:
    """Listener of `portal.changes.content_changed`: one bump per committed change readers can see."""
    if change.public:
        bump_content_generation()


def bump_content_generation() -> None:
    """Make every cached page stale: called whenever public content changes."""
    try:
        cache.set(GENERATION_KEY, time.time_ns(), None)
    except Exception:
        logger.exception("Page cache: could not bump the content generation")


def page_cache_seconds() -> int:
    """Return how long a public page may be cached now: never past the next scheduled change."""
    return _until_next_change(settings.PAGE_CACHE_SECONDS)


def derived_cache_seconds() -> int:
    """Return how long a value computed from content (a count, a list of ids) may be kept now.

    Such values are keyed by the content generation, so an edit already makes them unused;
    only the clock can change them otherwise, so they live until the next scheduled publish
    or expiry (at most DERIVED_CACHE_SECONDS), whether or not the page cache is on.
    """
    return _until_next_change(DERIVED_CACHE_SECONDS)


def kept(name: str, compute):
    """Return `compute()`, kept until content changes or the next scheduled publish or expiry.

    For values worked out from content below the full page (lists of ids, counts, panels).
    `name` must say everything the value depends on besides content; `compute` must not
    return None (None means "not kept yet").
    """
    key = f"portal:{name}:{content_generation()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, derived_cache_seconds())
    return value


def _until_next_change(limit: int) -> int:
    if limit <= 0:
        return 0
    key = NEXT_CHANGE_KEY.format(generation=content_generation())
    next_change = cache.get(key)
    now = time.time()
    if next_change is None:
        # Only an edit (a new generation, a new key) can add a scheduled change; time only passes them.
        next_change = _next_scheduled_change() or 0
        cache.set(key, next_change, max(1, int(next_change - now)) if next_change else DERIVED_CACHE_SECONDS)
    if next_change and next_change > now:
        return max(1, min(limit, int(next_change - now)))
    return limit


# Functions that return the next moment (a datetime) at which content changes by itself, or None:
# apps register theirs (articles: scheduled publishes and expiries), so this module names none of them.
SCHEDULES: list[Callable[[datetime], datetime | None]] = []


def register_schedule(next_change: Callable[[datetime], datetime | None]) -> None:
    """Let cached values expire when `next_change(now)` says content changes by itself."""
    if next_change not in SCHEDULES:
        SCHEDULES.append(next_change)


def _next_scheduled_change() -> float | None:
    """Return the epoch time of the next scheduled change of any registered kind, if any."""
    now = timezone.now()
    times = [moment.timestamp() for moment in (source(now) for source in SCHEDULES) if moment is not None]
    return min(times) if times else None
