import logging
import time
from contextvars import ContextVar
from hashlib import md5

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import (
    add_never_cache_headers,
    cc_delim_re,
    get_max_age,
    patch_cache_control,
    patch_response_headers,
    set_response_etag,
)

from portal.cache import GENERATION_KEY, content_generation, page_cache_seconds

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


def has_session(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


class PageCacheMiddleware:
    """The full-page cache: anonymous GET/HEAD of public pages, answered near the top of the stack.

    Placed right under WhiteNoise and ConditionalGetMiddleware, above CSP, the security headers,
    sessions, locale and everything else, so a hit costs one shared-cache round trip (the entry and
    the content generation are read together: one MGET on Redis) and no other middleware.

    - Key: scheme, host and full path. The language is part of the path (`/en/...`; unprefixed pages
      are always Indonesian, whatever Accept-Language says), so it is part of the key.
    - An entry remembers the content generation it was rendered at and is served only while that is
      still current: any edit makes every page fresh on the next request, without a flush.
    - What is stored is the finished response, headers included (CSP, CORP, ETag,
      Cache-Control with `s-maxage` and `stale-while-revalidate`), and it is replayed with an `Age`.
    - Stored only when safe to share: a 200 to a cookie-less-session GET that sets no cookie,
      varies on nothing but Accept-Language, carries no CSP nonce, and is not marked private.
    - Entries live for `PORTAL_PAGE_CACHE_SECONDS`, never past the next scheduled publish or expiry.
    - Anyone with a session bypasses it and gets `private, no-cache` pages.
    - A broken cache costs speed, never the page: errors are logged and the view answers.
    """

    KEY_PREFIX = "portal:page:"
    # Request headers that Django's own LocaleMiddleware adds to Vary; the page's language comes from the path.
    SHAREABLE_VARY = {"accept-language"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_session(request):
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
            return response
        if request.method not in ("GET", "HEAD") or settings.PAGE_CACHE_SECONDS <= 0:
            return self.get_response(request)
        request.get_host()  # an unknown Host is a 400 before it can become part of a key
        key = self.KEY_PREFIX + md5(request.build_absolute_uri().encode(), usedforsecurity=False).hexdigest()
        generation, entry = self.lookup(key)
        if entry is not None and entry[0] == generation:
            return self.replay(entry)
        response = self.get_response(request)
        if request.method == "GET" and generation is not None:
            self.store(key, generation, response)
        return response

    @staticmethod
    def lookup(key: str):
        """Return (current generation, stored entry or None); (None, None) when the cache is broken."""
        try:
            found = cache.get_many([GENERATION_KEY, key])
            generation = found.get(GENERATION_KEY)
            if generation is None:
                generation = content_generation()
            return generation, found.get(key)
        except Exception:
            logger.exception("Page cache: could not read an entry")
            return None, None

    @staticmethod
    def replay(entry) -> HttpResponse:
        _, stored_at, status, headers, content = entry
        response = HttpResponse(content, status=status, headers=headers)
        response["Age"] = str(max(0, int(time.time() - stored_at)))
        return response

    def store(self, key: str, generation: int, response) -> None:
        if not self.shareable(response):
            return
        if not response.has_header("Cache-Control"):
            seconds = page_cache_seconds()
            if seconds <= 0:
                return
            patch_cache_control(
                response, public=True, max_age=seconds, s_maxage=seconds,
                stale_while_revalidate=STALE_WHILE_REVALIDATE,
            )  # fmt: skip
            patch_response_headers(response, seconds)  # Expires, as Django's cache middleware sends
        else:
            seconds = min(get_max_age(response) or 0, page_cache_seconds())
            if seconds <= 0:
                return
        set_response_etag(response)
        entry = (generation, time.time(), response.status_code, dict(response.items()), response.content)
        try:
            cache.set(key, entry, seconds)
        except Exception:
            logger.exception("Page cache: could not store an entry")

    def shareable(self, response) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if response.has_header("Cache-Control") and ("public" not in cache_control or "private" in cache_control):
            return False
        if any(word in cache_control for word in ("no-cache", "no-store")):
            return False
        vary = {header.lower() for header in cc_delim_re.split(response.get("Vary", "")) if header}
        if not vary <= self.SHAREABLE_VARY:
            return False
        return "'nonce-" not in response.get("Content-Security-Policy", "")


# --- Security headers (hardening) ----------------------------------------------------------------

# The CSP nonce of the request being served, for media rendered far from the request (the admin's
# `{{ media }}`): django-prose-editor's inline import map must carry it under a strict script-src
# (see `articles.forms.BodyEditorWidget`).
_request_nonce: ContextVar = ContextVar("csp_nonce", default=None)
# Uploaded media is served only as one of these; anything else is sent as an inert download.
MEDIA_CONTENT_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif", "image/avif"}
MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


class RequestNonce:
    """Stands in for a nonce string; reads the current request's nonce when rendered (js_asset resolves it with str())."""

    def __str__(self):
        nonce = _request_nonce.get()
        return str(nonce) if nonce is not None else ""

    def __repr__(self):
        return "<request CSP nonce>"


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
