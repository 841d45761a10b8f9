"""A Redis cache that degrades to "no cache" while Redis is unreachable, instead of failing pages.

Django's RedisCache raises on connection errors, and every page reads the cache
(site settings, the page cache, the content generation). With this backend a
Redis outage costs speed, not availability: reads miss, writes are dropped, the
failure is logged (at most once per `LOG_EVERY` seconds per process), and for
`RETRY_AFTER` seconds the process does not even try, so a Redis host that
times out does not add a connect timeout to every cache call.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("portal.cache")

RETRY_AFTER = 5.0
LOG_EVERY = 60.0


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0
        self._last_logged = -LOG_EVERY
        self._lock = threading.Lock()

    def _call(self, operation: str, default, method, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return default
        try:
            return method(*args, **kwargs)
        except self._cache._lib.exceptions.RedisError as error:
            now = time.monotonic()
            with self._lock:
                self._down_until = now + RETRY_AFTER
                should_log = now - self._last_logged >= LOG_EVERY
                if should_log:
                    self._last_logged = now
            if should_log:
                logger.error(
                    "Cache unavailable (%s failed: %s); serving without the cache, retrying in %ss.",
                    operation,
                    error,
                    RETRY_AFTER,
                )
            return default

    @property
    def is_down(self) -> bool:
        """Return True while the process is skipping Redis after a failure."""
        return time.monotonic() < self._down_until

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, super().has_key, key, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, super().delete_many, keys, version)

    def clear(self):
        return self._call("clear", False, super().clear)
