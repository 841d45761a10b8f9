import logging
from contextvars import ContextVar

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.template.loader import render_to_string
from django.urls import reverse
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
        # Rendered here, without context processors: they read site settings, which may need the database.
        response = HttpResponse(render_to_string("503.html"), status=503)
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


# --- Security headers (hardening) ----------------------------------------------------------------

# The CSP nonce of the request being served, for media rendered far from the request (the admin's
# `{{ media }}`): django-prose-editor's inline import map must carry it under a strict script-src.
_request_nonce: ContextVar = ContextVar("csp_nonce", default=None)
# Uploaded media is served only as one of these; anything else is sent as an inert download.
MEDIA_CONTENT_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif", "image/avif"}
MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


class _RequestNonce:
    """Stands in for a nonce string; reads the current request's nonce when rendered (js_asset resolves it with str())."""

    def __str__(self):
        nonce = _request_nonce.get()
        return str(nonce) if nonce is not None else ""

    def __repr__(self):
        return "<request CSP nonce>"


def _install_prose_editor_nonce() -> None:
    """Give django-prose-editor's shared media the request's nonce (it renders an inline import map)."""
    try:
        from django_prose_editor import widgets
    except ImportError:  # pragma: no cover - the editor is a dependency
        return
    for media in (widgets.prose_editor_base_media, widgets.prose_editor_admin_media):
        media.nonce = _RequestNonce()


class SecurityHeadersMiddleware:
    """Headers Django does not set by itself, and a bad Host refused before anything else looks at it.

    - An unknown Host header gets 400 here, before the page cache builds a key from it.
    - Cross-Origin-Resource-Policy: same-origin for pages and feeds; uploaded pictures are
      public and may be shown by feed readers, so they say cross-origin.
    - Uploaded media is inert: a strict sandboxing CSP, and anything that is not a known
      image type is sent as a download, so a polyglot file can never render as a page.
    - The admin is never stored by browsers or proxies (no-store), and may use inline styles
      (Django's admin templates do) -- never inline scripts.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None
        _install_prose_editor_nonce()

    def __call__(self, request):
        request.get_host()  # DisallowedHost -> 400 before the cache, views, feeds or sitemaps see it.
        if self.admin_prefix is None:
            self.admin_prefix = reverse("admin:index")
        token = _request_nonce.set(getattr(request, "csp_nonce", None))
        try:
            response = self.get_response(request)
        finally:
            _request_nonce.reset(token)
        path = request.path_info
        media_url = settings.MEDIA_URL
        if media_url.startswith("/") and path.startswith(media_url):
            self.make_media_inert(response)
        else:
            response.headers.setdefault("Cross-Origin-Resource-Policy", settings.SECURE_CROSS_ORIGIN_RESOURCE_POLICY)
        if path.startswith(self.admin_prefix):
            if "no-store" not in response.get("Cache-Control", ""):
                add_never_cache_headers(response)
            update = dict(getattr(response, "_csp_update", None) or {})
            for directive, sources in settings.ADMIN_CSP_UPDATE.items():
                update[directive] = [*update.get(directive, []), *sources]
            response._csp_update = update
        return response

    @staticmethod
    def make_media_inert(response) -> None:
        response.headers.setdefault("Cross-Origin-Resource-Policy", "cross-origin")
        response["Content-Security-Policy"] = MEDIA_CSP
        content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
        if response.status_code == 200 and content_type not in MEDIA_CONTENT_TYPES:
            response["Content-Type"] = "application/octet-stream"
            response["Content-Disposition"] = "attachment"
