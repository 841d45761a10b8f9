from portal.models import SiteSettings


def site(request):
    """Return the site settings for every template (cached, usually no query)."""
    return {"site": SiteSettings.load()}
