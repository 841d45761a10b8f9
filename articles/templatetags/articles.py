from datetime import datetime, timedelta

from django import template
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from articles import selectors
from articles.models import Category
from portal.cache import kept

register = template.Library()


@register.inclusion_tag("includes/section_nav.html", takes_context=True)
def section_nav(context):
    """Return the sections for the site menu, kept until content changes."""
    # Kept as plain values; drawn as (unsaved) sections for their name in the language being served.
    rows = kept("nav-sections", lambda: list(Category.objects.values("name", "name_en", "slug")))
    sections = [Category(**row) for row in rows]
    return {"sections": sections, "request": context.get("request")}


@register.inclusion_tag("includes/picture.html")
def picture(image, sizes="100vw", loading="lazy", css_class=""):
    """Return a <picture> with AVIF, WebP and original-format renditions of a library image."""
    return {"image": image, "sizes": sizes, "loading": loading, "css_class": css_class}


@register.inclusion_tag("articles/_article_skills.html")
def article_skills(article):
    """Return the "Skills in this article" panel: each linked skill with one good first resource."""
    return {"items": selectors.article_skill_panel(article=article)}


@register.simple_tag
def articles_about(skills=None, limit=selectors.ARTICLES_PER_CAREERS_PAGE):
    """Return the newest published articles about any of `skills` (one skill, a list, or every skill when None).

    Used by the careers pages: `{% articles_about skills=role_skills as articles %}`.
    """
    if skills is not None:
        skills = [skills] if hasattr(skills, "pk") else list(skills)
        skills = [getattr(skill, "pk", skill) for skill in skills]
    return selectors.published_articles_about(skill_ids=skills, limit=limit)


@register.simple_tag
def published_when(moment: datetime, full: bool = False) -> str:
    """Return when a story appeared, in the site's time zone: "Hari ini, 14.05 WIB" for today's stories,
    the date for older ones; with `full` (the article page), the date and the time.

    Pages showing "today" are cached no later than midnight (see articles.apps).
    """
    local = timezone.localtime(moment)
    time = f"{formats.time_format(local, 'TIME_FORMAT')} {local.tzname()}"
    day = formats.date_format(local, "j F Y")
    if full:
        return _("%(date)s, %(time)s") % {"date": day, "time": time}
    if local.date() == timezone.localdate():
        return _("Today, %(time)s") % {"time": time}
    return day


def next_midnight(now: datetime) -> datetime:
    """Return the next midnight in the site's time zone: when "today" on the cards moves on."""
    tomorrow = timezone.localtime(now).date() + timedelta(days=1)
    return datetime.combine(tomorrow, datetime.min.time(), tzinfo=timezone.get_current_timezone())
