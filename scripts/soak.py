#!/usr/bin/env python3
"""Soak run (not a test): mixed reader traffic under gunicorn on loopback while an editor publishes and edits.

    .venv/bin/python scripts/soak.py                 # 5 minutes, 3 workers, 8 connections
    .venv/bin/python scripts/soak.py --seconds 60    # a shorter run

It builds a throw-away SQLite site in a temporary folder (migrate, collectstatic, seed_demo),
starts gunicorn with gunicorn.conf.py on a free loopback port (worker recycling off, so any
worker restart is a crash or a timeout), and then, at once:

- `--connections` reader threads fetch a mix of public pages, feeds, sitemaps, search,
  careers pages, static files and not-found addresses, as fast as they are answered;
- one editor, in this process through the ORM and articles.services, creates, submits,
  publishes and edits articles every `--edit-every` seconds;
- a monitor samples every worker's resident memory (RSS) every 10 seconds.

At the end it checks that every edit is stored and visible to readers, and prints the
figures (5xx count, worker crashes, RSS after warm-up and at the end, edits saved).
Exit status 1 when any 5xx, crash or lost edit was seen.
"""

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def worker_pids(master: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            if f"\nPPid:\t{master}\n" in status:
                pids.append(int(entry.name))
    return sorted(pids)


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=300)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--edit-every", type=float, default=2.0)
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument(
        "--redis",
        default="redis://127.0.0.1:6379/15",
        help="shared cache for the workers and the editor ('' for per-process local memory, where an edit "
        "reaches other workers' page caches only when their entries expire)",
    )
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="azura-soak-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_SECRET_KEY="soak-" + "s" * 50,
        DJANGO_HTTPS="0",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        DJANGO_STATIC_ROOT=str(workdir / "static"),
        DJANGO_MEDIA_ROOT=str(workdir / "media"),
        DJANGO_LOG_LEVEL="WARNING",
        GUNICORN_MAX_REQUESTS="0",
        GUNICORN_ACCESS_LOG="/dev/null",
        ADMIN_PASSWORD="soak-Admin-Password-1",  # noqa: S106 - a throw-away site
        DJANGO_CACHE_PREFIX=f"soak-{os.getpid()}",
    )
    if args.redis:
        env["REDIS_URL"] = args.redis
    manage = [sys.executable, "manage.py"]
    print(f"Preparing a throw-away site in {workdir} …", flush=True)
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"], ["seed_demo"]):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, timeout=600, stdout=subprocess.DEVNULL)

    # The editor works in this process, on the same database.
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from articles import services
    from articles.models import Article, Category, Status

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = workdir / "gunicorn.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
             "--workers", str(args.workers)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        for _attempt in range(200):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=2).read()
                break
            except OSError:
                if server.poll() is not None:
                    print(log_path.read_text())
                    return 1
                time.sleep(0.1)

        published = list(Article.objects.published().values_list("slug", flat=True))
        sections = list(Category.objects.values_list("slug", flat=True))
        urls = [
            "/", "/en/", "/articles/", "/articles/?page=2", "/authors/", "/search/?q=ai", "/search/?q=data+karier",
            "/feed/", "/feed/atom/", "/sitemap.xml", "/robots.txt", "/careers/", "/careers/skills/",
            "/careers/roles/", "/careers/resources/?cost=free", "/static/css/site.css", "/articles/tidak-ada/",
            "/healthz", "/readyz",
            *(f"/articles/{slug}/" for slug in published),
            *(f"/categories/{slug}/" for slug in sections),
        ]  # fmt: skip
        statuses: Counter = Counter()
        errors: list[str] = []
        lock = threading.Lock()
        stop = threading.Event()
        deadline = time.monotonic() + args.seconds

        def reader(seed: int):
            rng = random.Random(seed)
            while not stop.is_set():
                url = rng.choice(urls)
                try:
                    with urllib.request.urlopen(base + url, timeout=30) as response:
                        response.read()
                        status = response.status
                except urllib.error.HTTPError as error:
                    error.read()
                    status = error.code
                except OSError as error:
                    status = 599
                    with lock:
                        errors.append(f"{url}: {error}")
                with lock:
                    statuses[status] += 1
                    if status >= 500:
                        errors.append(f"{url}: HTTP {status}")

        edits: list[tuple[int, str]] = []

        def editor():
            user_model = get_user_model()
            editor_user, _created = user_model.objects.get_or_create(username="soak-editor", defaults={"is_staff": True})
            editor_user.groups.add(Group.objects.get(name="Editor"))
            category = Category.objects.first()
            number = 0
            while not stop.is_set():
                number += 1
                title = f"Soak {number}: kabar terbaru {int(time.time())}"
                try:
                    if number % 2:
                        article = Article.objects.create(
                            title=title, slug=f"soak-{number}", summary="Ringkasan uji ketahanan.",
                            body="<p>Isi artikel uji ketahanan.</p>", category=category, created_by=editor_user,
                        )  # fmt: skip
                        services.article_ensure_byline(article=article, user=editor_user)
                        services.article_submit(article=article, by=editor_user)
                        services.article_publish(article=article, by=editor_user)
                    else:
                        article = Article.objects.published().order_by("?").first()
                        article.title = title
                        article.body += f"<p>Pembaruan {number}.</p>"
                        article.save()
                    edits.append((article.pk, title))
                except Exception as error:
                    errors.append(f"edit {number}: {error!r}")
                stop.wait(args.edit_every)

        samples: list[dict] = []
        known_workers: set[int] = set()
        exited: set[int] = set()

        def monitor():
            while not stop.is_set():
                pids = worker_pids(server.pid)
                exited.update(known_workers - set(pids))
                known_workers.update(pids)
                samples.append({"t": round(args.seconds - (deadline - time.monotonic())),
                                "rss_mib": {pid: round(rss_kib(pid) / 1024, 1) for pid in pids}})  # fmt: skip
                stop.wait(10)

        threads = [threading.Thread(target=reader, args=(n,), daemon=True) for n in range(args.connections)]
        threads += [threading.Thread(target=editor, daemon=True), threading.Thread(target=monitor, daemon=True)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        while time.monotonic() < deadline:
            time.sleep(1)
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        elapsed = time.monotonic() - started

        # Every edit is stored, and the public page shows it.
        lost = []
        for pk, title in edits:
            article = Article.objects.get(pk=pk)
            if article.title != title and not any(p == pk for p, _t in edits[edits.index((pk, title)) + 1 :]):
                lost.append(title)
        latest = dict(edits)  # the last title of each article
        not_visible = []
        for pk, title in latest.items():
            article = Article.objects.get(pk=pk)
            if article.status != Status.PUBLISHED:
                continue
            page = urllib.request.urlopen(f"{base}/articles/{article.slug}/", timeout=30).read().decode()
            if title not in page:
                not_visible.append(title)

        log_text = log_path.read_text(errors="replace")
        crashes = log_text.count("WORKER TIMEOUT") + log_text.count("Worker exited") + len(exited)
        warm = next((s for s in samples if s["t"] >= 60), samples[0] if samples else {"rss_mib": {}})
        last = samples[-1] if samples else {"rss_mib": {}}
        total = sum(statuses.values())
        figures = {
            "seconds": round(elapsed),
            "workers": args.workers,
            "connections": args.connections,
            "requests": total,
            "requests_per_second": round(total / elapsed, 1),
            "statuses": dict(sorted(statuses.items())),
            "5xx": sum(n for code, n in statuses.items() if code >= 500),
            "worker_crashes": crashes,
            "rss_mib_after_warmup": warm["rss_mib"],
            "rss_mib_at_end": last["rss_mib"],
            "rss_samples": samples,
            "edits": len(edits),
            "edits_lost": len(lost),
            "edits_not_visible": len(not_visible),
            "errors": errors[:20],
        }
        print(json.dumps({k: v for k, v in figures.items() if k != "rss_samples"}, indent=2))
        if args.json:
            Path(args.json).write_text(json.dumps(figures, indent=2))
        bad = figures["5xx"] or crashes or lost or not_visible
        return 1 if bad else 0
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
