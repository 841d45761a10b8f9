"""The `make run` serving path: migrate, collectstatic, then gunicorn with gunicorn.conf.py."""

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
MANAGE = [sys.executable, "manage.py"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def site_env(tmp_path) -> dict:
    """Return production-like settings for a throw-away site in tmp_path (plain HTTP on loopback)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_SECRET_KEY="gunicorn-test-" + "k" * 40,
        DJANGO_HTTPS="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        DJANGO_STATIC_ROOT=str(tmp_path / "static"),
        DJANGO_MEDIA_ROOT=str(tmp_path / "media"),
        DJANGO_CACHE_DIR=str(tmp_path / "cache"),
    )
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run(MANAGE + command, cwd=ROOT, env=env, check=True, timeout=180)
    return env


@contextlib.contextmanager
def gunicorn(env: dict, *, workers: int):
    """Serve the site with gunicorn.conf.py on a free loopback port; yield its base URL; stop it."""
    port = free_port()
    server = subprocess.Popen(
        [str(GUNICORN), "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(100):
            try:
                fetch(f"{base}/healthz")
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"gunicorn exited: {server.stderr.read().decode()}")
                time.sleep(0.1)
        yield base
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    assert server.returncode == 0


@pytest.mark.slow
def test_gunicorn_serves_a_page_and_a_hashed_static_file(tmp_path):
    env = site_env(tmp_path)
    hashed_css = json.loads((tmp_path / "static" / "staticfiles.json").read_text())["paths"]["css/site.css"]
    with gunicorn(env, workers=1) as base:
        assert fetch(f"{base}/healthz")[0] == 200

        status, _headers, body = fetch(f"{base}/")
        assert status == 200
        assert b"Azura" in body
        assert f"/static/{hashed_css}".encode() in body

        status, headers, _body = fetch(f"{base}/static/{hashed_css}")
        assert status == 200
        assert headers["Content-Type"].startswith("text/css")
        assert "max-age=31536000" in headers["Cache-Control"]
        assert "immutable" in headers["Cache-Control"]


@pytest.mark.slow
def test_an_edit_reaches_every_gunicorn_worker_at_once(tmp_path):
    """Two workers, the default shared cache: a change made elsewhere shows on every next request."""
    env = site_env(tmp_path)
    rename = "from portal.models import SiteSettings as S; s = S.load(); s.organisation_name = {!r}; s.save()"
    subprocess.run([*MANAGE, "shell", "-c", rename.format("PT Nama Lama")], cwd=ROOT, env=env, check=True)
    with gunicorn(env, workers=2) as base:
        # Several requests so both workers render and cache the page and the site settings.
        assert all(b"PT Nama Lama" in fetch(f"{base}/authors/")[2] for _ in range(8))
        subprocess.run([*MANAGE, "shell", "-c", rename.format("PT Nama Baru")], cwd=ROOT, env=env, check=True)
        pages = [fetch(f"{base}/authors/")[2] for _ in range(8)]
        assert all(b"PT Nama Baru" in page and b"PT Nama Lama" not in page for page in pages)
