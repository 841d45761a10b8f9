import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _plain_static_and_media(settings, tmp_path):
    """Tests need no collectstatic manifest, and uploads go to a throw-away folder."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.MEDIA_ROOT = tmp_path / "media"
    # The full-page cache is off by default so query budgets measure real work;
    # tests/portal/test_page_cache.py turns it on.
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()
