import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.env import database_from_url, env_bool

ROOT = Path(__file__).resolve().parents[2]


def start_django(**env):
    """Run django.setup() in a fresh interpreter with the given environment."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    environment.update(
        {"DJANGO_SETTINGS_MODULE": "portal.settings", "DJANGO_SECRET_KEY_FILE": "/nonexistent/key", **env}
    )
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "url",
    ["mysql://root@localhost/db", "not a url", "postgres://user@localhost:5432/"],
)
def test_bad_database_url_is_refused_with_a_clear_message(url):
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        database_from_url(url)


def test_sqlite_url_gets_wal_and_immediate_transactions():
    config = database_from_url("sqlite:////tmp/azura-test.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_postgres_url_is_parsed():
    config = database_from_url("postgres://azura:secret@db.internal:5433/news", conn_max_age=60)
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"], config["USER"]) == ("db.internal", 5433, "news", "azura")
    assert config["CONN_MAX_AGE"] == 60


def test_yes_no_variables_refuse_nonsense(monkeypatch):
    monkeypatch.setenv("DJANGO_DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DJANGO_DEBUG"):
        env_bool("DJANGO_DEBUG")


def test_start_up_with_bad_database_url_fails_early_and_clearly():
    result = start_django(DJANGO_SECRET_KEY="x" * 50, DATABASE_URL="mysql://root@localhost/azura")
    assert result.returncode != 0
    assert "DATABASE_URL must look like" in result.stderr


def test_secret_key_is_read_from_the_key_file(tmp_path):
    key_file = tmp_path / "key"
    key_file.write_text("k" * 60 + "\n")
    assert start_django(DJANGO_SECRET_KEY_FILE=str(key_file)).returncode == 0


def test_start_up_without_secret_key_fails_unless_debugging():
    refused = start_django()
    assert refused.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in refused.stderr
    assert start_django(DJANGO_DEBUG="1").returncode == 0


def test_defaults_are_safe(settings):
    from portal import settings as portal_settings

    assert portal_settings.LANGUAGE_CODE == "id"
    assert dict(portal_settings.LANGUAGES).keys() == {"id", "en"}
    assert portal_settings.TIME_ZONE == "Asia/Jakarta"
    middleware = portal_settings.MIDDLEWARE
    assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") == (
        middleware.index("django.middleware.security.SecurityMiddleware") + 1
    )
