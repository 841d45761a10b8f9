"""Login throttling hooks for django-axes: which address a client has, and what a locked-out client sees."""

import ipaddress
import logging

from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

logger = logging.getLogger("portal.security")


def client_ip(request) -> str:
    """Return the client's address: the socket peer, or the entry the trusted proxies appended.

    X-Forwarded-For is read only when DJANGO_TRUSTED_PROXY_COUNT says how many proxies
    append to it; the entries to their left are the client's word and are never trusted.
    """
    remote = request.META.get("REMOTE_ADDR", "") or ""
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            candidate = forwarded[-count]
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                logger.warning("Ignoring a malformed X-Forwarded-For entry: %r", candidate[:64])
    return remote


def lockout_response(request, original_response=None, credentials=None):
    """Return the admin login page with a clear "try again later" message (HTTP 429), and no form."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        **admin.site.each_context(request),
        "title": _("Log in"),
        "lockout_message": _(
            "Too many failed login attempts. For your security, logging in from here is paused "
            "for %(minutes)d minutes. Try again later, or ask an administrator to unlock your account."
        )
        % {"minutes": minutes},
    }
    response = TemplateResponse(request, "admin/lockout.html", context, status=429)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    # Axes answers from its middleware, after Django renders template responses.
    return response.render()


def serve_media(request, path, document_root=None):
    """Serve an upload from MEDIA_ROOT (one-machine set-up); names the filesystem refuses are simply not found."""
    from django.http import Http404
    from django.views.static import serve

    try:
        return serve(request, path, document_root=document_root)
    except (OSError, ValueError):  # e.g. a name too long for the filesystem, or a NUL byte
        raise Http404 from None


# django-axes stores the attempted username in a 255-character column; PostgreSQL refuses longer ones.
AXES_USERNAME_MAX_LENGTH = 255


def login_username(request, credentials=None) -> str | None:
    """Return the username a login attempt named, cut to what the attempt log can store."""
    source = credentials or getattr(request, "data", request.POST)
    username = source.get("username")
    return username[:AXES_USERNAME_MAX_LENGTH] if isinstance(username, str) else username
