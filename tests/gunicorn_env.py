"""A throw-away Azura site served by gunicorn on a loopback port: one set-up for the tests and scripts/soak.py.

- `site_env()` returns production-like settings (plain HTTP) for a site that lives in one folder:
  its SQLite database, static and media files;
- `manage()` runs a management command against such a site;
- `serve()` starts gunicorn with gunicorn.conf.py on a free 127.0.0.1 port, waits until /healthz
  answers, yields a `Server` and stops gunicorn again on leaving.

It imports nothing from the project, so an operator script can use it before Django is set up.
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).with_name("gunicorn")
MANAGE = [sys.executable, "manage.py"]
# Settings from the caller's shell that must never reach a throw-away site.
FOREIGN_SETTINGS = ("DJANGO_", "DATABASE_URL", "REDIS_URL")
LOG_TAIL = 3000


class SiteError(RuntimeError):
    """A management command failed, or gunicorn exited or never answered."""


def free_port() -> int:
    """Return a loopback port that is free now (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_env(
    folder: Path, *, secret_key: str, database: Path | None = None, strip: tuple[str, ...] = (), **settings: str
) -> dict:
    """Return the environment for a site kept in `folder`: this process's, less foreign settings, plus these.

    `strip` names more variable prefixes to leave out; `settings` are added (and may not repeat a base one).
    """
    env = {key: value for key, value in os.environ.items() if not key.startswith(FOREIGN_SETTINGS + strip)}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_SECRET_KEY=secret_key,
        DJANGO_HTTPS="0",
        DATABASE_URL=f"sqlite:///{database or folder / 'db.sqlite3'}",
        DJANGO_STATIC_ROOT=str(folder / "static"),
        DJANGO_MEDIA_ROOT=str(folder / "media"),
        **settings,
    )
    return env


def manage(env: dict, *args: str, input_text: str | None = None, timeout: float = 600) -> str:
    """Run `manage.py ARGS` for the site in `env` and return its output; raise SiteError when it fails."""
    result = subprocess.run(
        [*MANAGE, *args],
        cwd=ROOT,
        env=env,
        input=input_text,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise SiteError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


@dataclass
class Server:
    """A running gunicorn: its base URL, its master process and the file it logs to."""

    url: str
    process: subprocess.Popen
    log: Path

    def log_tail(self, size: int = LOG_TAIL) -> str:
        return self.log.read_text(errors="replace")[-size:]


def wait_until_up(server: Server, attempts: int = 200) -> None:
    """Return once /healthz answers 200; raise SiteError when gunicorn exits or never answers."""
    for _attempt in range(attempts):
        if server.process.poll() is not None:
            raise SiteError(f"gunicorn exited with {server.process.returncode}:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(f"{server.url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise SiteError(f"gunicorn did not answer on {server.url}:\n{server.log_tail()}")


def stop(process: subprocess.Popen, timeout: float = 30) -> None:
    """Stop gunicorn gracefully (SIGTERM), or kill it when it has not exited after `timeout` seconds."""
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def serve(env: dict, log: Path, *, workers: int | None = None) -> Iterator[Server]:
    """Serve the site in `env` with gunicorn.conf.py on a free loopback port, logging to `log`.

    `workers` overrides GUNICORN_WORKERS (and the config's default). Yields once /healthz answers;
    gunicorn is stopped on leaving, and its exit status is then in `server.process.returncode`.
    """
    port = free_port()
    command = [str(GUNICORN), "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"]
    if workers is not None:
        command += ["--workers", str(workers)]
    with log.open("wb") as log_file:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)
    server = Server(url=f"http://127.0.0.1:{port}", process=process, log=log)
    try:
        wait_until_up(server)
        yield server
    finally:
        stop(process)
