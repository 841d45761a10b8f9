import logging

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control, set_response_etag

from portal.cache import content_generation, page_cache_seconds

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
# A CDN may serve a just-expired page for this long while it fetches a fresh one.
STALE_WHILE_REVALIDATE = 60


class DatabaseUnavailableMiddleware:
    """Answer 503 with a friendly page when the database cannot be reached.

    Connection failures surface as OperationalError/InterfaceError; anything
    else is a real bug and is left to the 500 handler.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)) or not _is_connection_error(exception):
            return None
        logger.error("Database unavailable while serving %s: %s", request.path, exception)
        response = TemplateResponse(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        return response


def _is_connection_error(exception: DatabaseError) -> bool:
    """Return True when the error means the database is unreachable, not a bad query."""
    if isinstance(exception, InterfaceError):
        return True
    text = str(exception).lower()
    markers = ("connect", "connection", "server closed", "unable to open", "could not translate host", "timeout")
    return any(marker in text for marker in markers)


class PageCacheKeyMixin:
    """Prefix page-cache keys with the content generation so any edit makes every page fresh."""

    @property
    def key_prefix(self):
        return f"{self._key_prefix}:g{content_generation()}"

    @key_prefix.setter
    def key_prefix(self, value):
        self._key_prefix = value


def has_session(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


class PageCacheUpdateMiddleware(PageCacheKeyMixin, UpdateCacheMiddleware):
    """Store anonymous public pages, with headers a CDN can follow (`s-maxage`, revalidation)."""

    def process_response(self, request, response):
        if has_session(request):
            # Logged-in and session users get fresh, private pages.
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
            return response
        if not self._should_update_cache(request, response) or response.status_code != 200:
            return response
        if response.streaming or response.has_header("Cache-Control"):
            return super().process_response(request, response)
        seconds = page_cache_seconds()
        if seconds <= 0:
            return response
        patch_cache_control(
            response, public=True, max_age=seconds, s_maxage=seconds, stale_while_revalidate=STALE_WHILE_REVALIDATE
        )
        set_response_etag(response)
        try:
            return super().process_response(request, response)
        except Exception:
            logger.exception("Page cache: could not store %s", request.path)
            return response


class PageCacheFetchMiddleware(PageCacheKeyMixin, FetchFromCacheMiddleware):
    """Answer anonymous GET/HEAD requests from the page cache; anyone with a session bypasses it."""

    def process_request(self, request):
        if has_session(request) or settings.PAGE_CACHE_SECONDS <= 0:
            request._cache_update_cache = False
            return None
        try:
            return super().process_request(request)
        except Exception:
            logger.exception("Page cache: could not read %s", request.path)
            request._cache_update_cache = False
            return None
