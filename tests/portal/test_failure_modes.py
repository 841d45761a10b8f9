"""Failure modes: the database or Redis goes away; the portal answers politely and comes back by itself."""

import logging
import shutil
import socket
import urllib.error
import urllib.request

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper

from tests.factories import ArticleFactory
from tests.servers import gunicorn, site_env


def closed_port() -> int:
    """Return a loopback port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def database_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')

    monkeypatch.setattr(CursorWrapper, "execute", refuse)
    monkeypatch.setattr(CursorWrapper, "executemany", refuse)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/articles/", "/articles/ai/", "/search/?q=ai", "/careers/", "/feed/"])
def test_database_down_gives_a_friendly_503(client, settings, database_down, url, caplog):
    settings.PAGE_CACHE_SECONDS = 300
    response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert "Traceback" not in html and "OperationalError" not in html and "5432" not in html
    assert "<h1>" in html
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert any("Database unavailable" in record.getMessage() for record in caplog.records)


@pytest.mark.django_db
def test_readyz_says_503_while_healthz_stays_200(client, database_down):
    assert client.get("/healthz").status_code == 200
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@pytest.mark.django_db
def test_redis_unreachable_pages_come_from_the_database_and_it_is_logged(client, settings, caplog):
    ArticleFactory(slug="ai", title="Kecerdasan buatan dan kerja")
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache_backends.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    settings.PAGE_CACHE_SECONDS = 300
    caplog.set_level(logging.ERROR, logger="portal.cache")
    for url in ["/", "/articles/", "/articles/ai/", "/careers/", "/feed/", "/sitemap.xml"]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "Kecerdasan buatan" in client.get("/articles/ai/").content.decode()
    messages = [record.getMessage() for record in caplog.records if record.name == "portal.cache"]
    assert messages and "Cache unavailable" in messages[0]
    assert len(messages) == 1  # logged once, not on every cache call


def test_resilient_cache_retries_after_a_pause(monkeypatch):
    from portal import cache_backends

    backend = cache_backends.ResilientRedisCache(f"redis://127.0.0.1:{closed_port()}/0", {"OPTIONS": {}})
    assert backend.get("k", "fallback") == "fallback"
    assert backend.is_down
    assert backend.set("k", 1) is None and backend.add("k", 1) is False and backend.get_many(["k"]) == {}
    monkeypatch.setattr(cache_backends, "RETRY_AFTER", 0.0)
    backend._down_until = 0.0
    assert backend.get("k", "again") == "again"  # tried again (and failed again), still no exception


def fetch(url: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.mark.slow
def test_gunicorn_answers_503_while_the_database_is_gone_and_recovers(tmp_path):
    """Under gunicorn: the database file's folder disappears (unreachable), then comes back."""
    data = tmp_path / "data"
    data.mkdir()
    env = site_env(
        tmp_path,
        database=data / "db.sqlite3",
        DJANGO_CONN_MAX_AGE="0",
        GUNICORN_ACCESS_LOG="/dev/null",
    )
    with gunicorn(env, workers=1) as base:
        assert fetch(f"{base}/")[0] == 200
        assert fetch(f"{base}/readyz")[0] == 200

        shutil.move(data, tmp_path / "gone")  # the database becomes unreachable
        status, headers, body = fetch(f"{base}/articles/")
        assert status == 503
        assert headers["Retry-After"] == "30"
        assert "Traceback" not in body and "sqlite" not in body.lower()
        assert fetch(f"{base}/readyz")[0] == 503
        assert fetch(f"{base}/healthz")[0] == 200

        shutil.move(tmp_path / "gone", data)  # ...and comes back: service resumes by itself
        assert fetch(f"{base}/articles/")[0] == 200
        assert fetch(f"{base}/readyz")[0] == 200
