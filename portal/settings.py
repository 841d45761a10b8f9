"""Settings for Azura Portal: one module, everything read from the environment.

Safe defaults: DEBUG off, HTTPS-only cookies and HSTS unless the operator says
the site is served over plain HTTP, SQLite and local-memory cache unless
DATABASE_URL / REDIS_URL name something else. Every variable is listed in
.env.example and in the README.
"""

import hashlib
from datetime import timedelta
from pathlib import Path

from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from portal.env import database_from_url, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
_SECRET_KEY_FILE = Path(env_str("DJANGO_SECRET_KEY_FILE", str(BASE_DIR / ".secret_key")))
if not SECRET_KEY and _SECRET_KEY_FILE.is_file():
    # The key `make run` keeps in an ignored file: every process of this checkout shares it.
    SECRET_KEY = _SECRET_KEY_FILE.read_text().strip()
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off. "
            "`make run` creates one in .secret_key; in production set it in the environment."
        )
    SECRET_KEY = "django-insecure-debug-only-key-never-used-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if not DEBUG else ["*"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "portal",
    "articles",
    "careers",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "taggit",
    "simple_history",
    "django_prose_editor",
    # Login throttling: failed admin logins are recorded and locked out (see "Login throttling" below).
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # WhiteNoise right after SecurityMiddleware: static files skip everything below.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag on every page, 304 for conditional GETs (cached pages included).
    "django.middleware.http.ConditionalGetMiddleware",
    # The full-page cache, above everything that a stored page does not need again: a hit is
    # answered here. It stores finished responses, so the headers below (CSP, CORP) are kept.
    "portal.middleware.PageCacheMiddleware",
    # Content-Security-Policy on every page. Public pages carry no nonce (their header is the same
    # for every reader); a response with a nonce is never stored by the page cache.
    "csp.middleware.CSPMiddleware",
    # CORP, admin no-store and the admin's CSP additions.
    "portal.middleware.SecurityHeadersMiddleware",
    "portal.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # The admin follows the editor's language cookie (the public site uses the /en/ prefix instead).
    "articles.middleware.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # RedisCache that serves without the cache (and logs) while Redis is unreachable.
            "BACKEND": "portal.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("DJANGO_CACHE_PREFIX", "azura"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
elif env_str("DJANGO_CACHE", "file") == "locmem":
    # One process only (the test suite): local memory is not shared between gunicorn workers.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "azura"}}
else:
    # One machine without Redis: a cache directory every gunicorn worker shares, so an edit
    # (a new content generation, new site settings) reaches every worker at once. Keys are
    # prefixed with the database they mirror, so two sites on one machine never mix.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env_str("DJANGO_CACHE_DIR", str(BASE_DIR / ".cache")),
            "KEY_PREFIX": env_str(
                "DJANGO_CACHE_PREFIX", hashlib.sha256(str(DATABASES["default"]["NAME"]).encode()).hexdigest()[:12]
            ),
            "OPTIONS": {"MAX_ENTRIES": 3000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Indonesian first, English available under /en/.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
# locale/ is ours (makemessages writes there); locale_vendor/ translates third-party apps
# that ship no Indonesian (django-taggit), kept apart so makemessages never drops it.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_vendor"]
TIME_ZONE = env_str("DJANGO_TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Hashed static files never change, so browsers and CDNs may keep them a year.
WHITENOISE_MAX_AGE = 365 * 24 * 60 * 60
# Serve uploaded media when no proxy does it (one-machine set-up).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", True)

# Uploads: keep request bodies bounded; images are checked again by the forms.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644

# Security. HTTPS is the default; `make run` on loopback sets DJANGO_HTTPS=0.
HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS and env_bool("DJANGO_HSTS_PRELOAD", True)
# Only trust X-Forwarded-Proto when the operator says the proxy sets it;
# otherwise any client could claim to be on HTTPS.
if env_bool("DJANGO_BEHIND_HTTPS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = env_bool("DJANGO_USE_X_FORWARDED_HOST", False)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Cross-Origin-Resource-Policy for pages and feeds (portal.middleware.SecurityHeadersMiddleware);
# uploaded pictures say "cross-origin" so feed readers and social cards may show them.
SECURE_CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"


def _origin(url: str) -> list[str]:
    """Return [scheme://host] for an absolute URL (media or static on a CDN), else []."""
    if url.startswith(("https://", "http://")):
        return ["/".join(url.split("/", 3)[:3])]
    return []


# Content-Security-Policy (django-csp). Scripts come only from this site or carry the
# per-request nonce (the prose editor's import map in the admin); never 'unsafe-inline' or
# 'unsafe-eval' for scripts. Public pages have no inline script (JSON-LD is data, which CSP
# does not run), so their header has no nonce and is the same for every reader. The admin
# adds 'unsafe-inline' for styles only (Django's admin templates use style attributes).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, *_origin(STATIC_URL)],
        "style-src": [SELF, *_origin(STATIC_URL)],
        "img-src": [SELF, "data:", *_origin(MEDIA_URL), *_origin(STATIC_URL)],
        "font-src": [SELF, *_origin(STATIC_URL)],
        "connect-src": [SELF],
        "media-src": [SELF, *_origin(MEDIA_URL)],
        "object-src": [NONE],
        "frame-src": [NONE],
        "worker-src": [SELF],
        "manifest-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        **({"upgrade-insecure-requests": True} if HTTPS else {}),
    },
}
ADMIN_CSP_UPDATE = {"style-src": ["'unsafe-inline'"]}

# Login throttling (django-axes): 5 failures from one client for one username, or from one
# client whatever the username, lock that out for 15 minutes. Unknown usernames count and
# lock exactly like real ones, so the answers do not tell which accounts exist. A run of
# failures for one username from many clients is logged but does not lock the account, so
# nobody can lock an editor out from afar.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "portal.security.NewsroomLoginHandler"
# Failures of one username from one address; an address alone is locked only after many more.
AXES_FAILURE_LIMIT = env_int("PORTAL_LOGIN_FAILURE_LIMIT", 5)
PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT = env_int("PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT", 50)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("PORTAL_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "portal.security.client_ip"
AXES_USERNAME_CALLABLE = "portal.security.login_username"
AXES_SENSITIVE_PARAMETERS = ["password"]
# How many proxies in front of gunicorn append to X-Forwarded-For; 0 = trust only the socket address.
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)

LOGIN_URL = "admin:login"
# After logging in without a (safe) `next`, go to the admin, not Django's /accounts/profile/.
LOGIN_REDIRECT_URL = "admin:index"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}, "axes": {"level": "WARNING"}},
}

TAGGIT_CASE_INSENSITIVE = True

# Portal behaviour.
RELATED_READS_COUNT = env_int("PORTAL_RELATED_READS_COUNT", 4)
ARTICLES_PER_PAGE = 12
PREVIEW_LINK_MAX_AGE = env_int("PORTAL_PREVIEW_LINK_DAYS", 7) * 24 * 60 * 60
PAGE_CACHE_SECONDS = env_int("PORTAL_PAGE_CACHE_SECONDS", 300)
