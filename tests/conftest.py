import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.utils import translation


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


@pytest.fixture(autouse=True)
def _default_language():
    """Start every test in Indonesian: a request under /en/ leaves English active in the thread."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Return a context manager: writes inside it commit for real as far as listeners can tell.

    Tests run inside a transaction that never commits, so what `portal.changes` sends after
    commit (search indexing, the page-cache generation) runs when the block ends.
    """
    return lambda: django_capture_on_commit_callbacks(execute=True)
