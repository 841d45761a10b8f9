"""Login throttling hooks for django-axes: which address a client has, and what a locked-out client sees."""

import ipaddress
import logging
from datetime import datetime

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_ip_address, get_client_username, get_failure_limit, get_lockout_parameters
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin
from django.db.models import Max, Sum
from django.template.response import TemplateResponse
from django.utils import formats, timezone
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


class NewsroomLoginHandler(AxesDatabaseHandler):
    """django-axes' database handler with a limit per lockout parameter.

    A username tried from one address is locked after AXES_FAILURE_LIMIT failures; an address
    alone only after PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT (many more), so one person's typos or
    one bot do not lock out a whole office behind one NAT. Axes compares one number with one
    limit, so each parameter's failures are scaled to that limit here.
    """

    def get_failures(self, request, credentials=None) -> int:
        limit = get_failure_limit(request, credentials)
        parameters = get_lockout_parameters(request, credentials)
        failures = 0
        for parameter, attempts in zip(parameters, self.get_user_attempts(request, credentials), strict=True):
            count = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            if parameter == "ip_address":
                count = count * limit // settings.PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT
            failures = max(failures, count)
        return failures


def lockout_ends(request, credentials=None) -> datetime:
    """Return when the locked-out client may try again: the cool-off after the newest failure that counts."""
    username = get_client_username(request, credentials)
    address = get_client_ip_address(request)
    newest = (
        AccessAttempt.objects.filter(ip_address=address)
        .filter(**({"username": username} if username else {}))
        .aggregate(newest=Max("attempt_time"))["newest"]
    )
    return (newest or timezone.now()) + settings.AXES_COOLOFF_TIME


def lockout_response(request, original_response=None, credentials=None):
    """Return the admin login page with a clear "try again at …" message (HTTP 429), and no form."""
    ends = lockout_ends(request, credentials)
    wait = max(60, int((ends - timezone.now()).total_seconds()))
    context = {
        **admin.site.each_context(request),
        "title": _("Log in"),
        "lockout_message": _(
            "Too many failed login attempts. For your security, logging in from here is paused until "
            "%(time)s (about %(minutes)d minutes). Try again then, or ask an administrator to unlock your account."
        )
        % {"time": formats.time_format(timezone.localtime(ends), "H:i"), "minutes": -(-wait // 60)},
    }
    response = TemplateResponse(request, "admin/lockout.html", context, status=429)
    response["Retry-After"] = str(wait)
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
