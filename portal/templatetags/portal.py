import json

from django import template
from django.core.exceptions import DisallowedHost
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# Characters that could end a <script> element or start a comment inside it.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def jsonld(data) -> str:
    """Return a <script type="application/ld+json"> element that cannot break out of itself."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag(takes_context=True)
def url_in_language(context, language_code: str, absolute: bool = False) -> str:
    """Return the current page's address in another interface language."""
    request = context["request"]
    # Each page asks twice per language (the switcher and the hreflang links); resolve once.
    known = request.__dict__.setdefault("_urls_in_language", {})
    if language_code not in known:
        known[language_code] = translate_url(request.path, language_code)
    url = known[language_code]
    return _absolute(request, url) if absolute else url


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str = "") -> str:
    """Return an absolute URL for `url` (the current path when empty)."""
    request = context["request"]
    return _absolute(request, url or request.path)


def _absolute(request, url: str) -> str:
    """Return the absolute URL; on the 400 page for an unknown Host, the path alone (never that host)."""
    try:
        return request.build_absolute_uri(url)
    except DisallowedHost:
        return url


@register.simple_tag(takes_context=True)
def page_url(context, page_number) -> str:
    """Return the current URL with `page` replaced, keeping other query parameters."""
    query = context["request"].GET.copy()
    if int(page_number) == 1:
        query.pop("page", None)
    else:
        query["page"] = page_number
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else context["request"].path
