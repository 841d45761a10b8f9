"""Throw-away sites served by gunicorn on a loopback port, for tests of the real serving path."""

import contextlib
import tempfile
import urllib.request
from pathlib import Path

from tests import gunicorn_env
from tests.gunicorn_env import MANAGE, ROOT, free_port, serve

__all__ = ["MANAGE", "ROOT", "fetch", "free_port", "gunicorn", "site_env"]


def fetch(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def site_env(tmp_path, *, database=None, **extra) -> dict:
    """Return production-like settings for a migrated throw-away site in tmp_path (plain HTTP on loopback)."""
    env = gunicorn_env.site_env(
        tmp_path,
        secret_key="gunicorn-test-" + "k" * 40,
        database=database,
        DJANGO_CACHE_DIR=str(tmp_path / "cache"),
        **extra,
    )
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        gunicorn_env.manage(env, *command, timeout=180)
    return env


@contextlib.contextmanager
def gunicorn(env: dict, *, workers: int):
    """Serve the site with gunicorn.conf.py on a free loopback port; yield its base URL; stop it."""
    with tempfile.TemporaryDirectory(prefix="azura-gunicorn-") as folder:
        with serve(env, Path(folder) / "gunicorn.log", workers=workers) as server:
            yield server.url
        assert server.process.returncode == 0, server.log_tail()
