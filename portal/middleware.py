import logging

from django.db import DatabaseError, InterfaceError, OperationalError
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


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
