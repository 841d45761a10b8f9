from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request):
    """Return 200 while the process is alive; touches no database."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
@require_safe
def readyz(request):
    """Return 200 when the database answers, 503 when it does not."""
    try:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@cache_control(max_age=24 * 60 * 60, public=True)
@require_safe
def robots_txt(request):
    """Return robots.txt: the sitemap index, and no crawling of admin, previews or search (any language)."""
    disallow = [reverse("admin:index")]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            disallow += [f"{reverse('articles:home')}preview/", reverse("articles:search")]
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in dict.fromkeys(disallow))]
    lines += ["", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
