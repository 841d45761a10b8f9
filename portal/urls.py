from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from articles import sitemaps
from portal import views
from portal.security import serve_media

admin.site.site_header = _("Azura Portal newsroom")
admin.site.site_title = _("Azura Portal newsroom")
admin.site.index_title = _("Newsroom dashboard")

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.sitemap_section, name="sitemap_section"),
]

# Indonesian pages live at the root, English ones under /en/.
urlpatterns += i18n_patterns(
    path("careers/", include("careers.urls")),
    path("", include("articles.urls")),
    prefix_default_language=False,
)

if settings.SERVE_MEDIA:
    # One-machine set-up: Django serves uploads (nosniff is set by SecurityMiddleware).
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_media, {"document_root": settings.MEDIA_ROOT}),
    ]
