from django import template

from careers.selectors import article_skill_panel

register = template.Library()


@register.inclusion_tag("careers/_article_skills.html")
def article_skills(article):
    """Return the "Skills in this article" panel: each linked skill with one good first resource."""
    return {"items": article_skill_panel(article=article)}
