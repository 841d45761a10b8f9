"""The newsroom dashboard on the admin index."""

from django import template
from django.utils import timezone

from articles.models import Article, Status
from articles.services import user_is_editor

register = template.Library()

DASHBOARD_ROWS = 8


@register.inclusion_tag("articles/admin/_dashboard.html", takes_context=True)
def editorial_dashboard(context):
    """Return what waits for review, what is scheduled next, what went out lately and the user's drafts."""
    request = context["request"]
    user = request.user
    if not user.has_perm("articles.view_article"):
        return {"show": False}
    now = timezone.now()
    rows = Article.objects.select_related("category").with_bylines()
    mine = rows.filter(status=Status.DRAFT)
    if not user.is_superuser:
        mine = mine.filter(created_by=user) | mine.filter(authors__user=user)
    return {
        "show": True,
        "is_editor": user_is_editor(user),
        "awaiting_review": list(rows.filter(status=Status.REVIEW).order_by("updated_at")[:DASHBOARD_ROWS]),
        "scheduled": list(rows.scheduled(at=now).order_by("published_at")[:DASHBOARD_ROWS]),
        "recent": list(rows.published(at=now).order_by("-published_at")[:DASHBOARD_ROWS]),
        "my_drafts": list(mine.distinct().order_by("-updated_at")[:DASHBOARD_ROWS]),
    }
