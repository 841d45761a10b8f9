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
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# The editor imports the project, and tests/gunicorn_env.py serves the throw-away site.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.gunicorn_env import SiteError, manage, serve, site_env

FIXED_URLS = [
    "/", "/en/", "/articles/", "/articles/?page=2", "/authors/", "/search/?q=ai", "/search/?q=data+karier",
    "/feed/", "/feed/atom/", "/sitemap.xml", "/robots.txt", "/careers/", "/careers/skills/",
    "/careers/roles/", "/careers/resources/?cost=free", "/static/css/site.css", "/articles/tidak-ada/",
    "/healthz", "/readyz",
]  # fmt: skip
SAMPLE_EVERY = 10  # seconds between RSS samples
WARM_UP = 60  # seconds before the RSS sample that counts as "after warm-up"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
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
    return parser.parse_args(argv)


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


def prepare_site(workdir: Path, redis: str) -> dict:
    """Build the throw-away site (migrate, collectstatic, seed_demo) and set Django up here for the editor."""
    settings = {"REDIS_URL": redis} if redis else {}
    env = site_env(
        workdir,
        secret_key="soak-" + "s" * 50,
        DJANGO_LOG_LEVEL="WARNING",
        GUNICORN_MAX_REQUESTS="0",
        GUNICORN_ACCESS_LOG="/dev/null",
        ADMIN_PASSWORD="soak-Admin-Password-1",  # noqa: S106 - a throw-away site
        DJANGO_CACHE_PREFIX=f"soak-{os.getpid()}",
        **settings,
    )
    print(f"Preparing a throw-away site in {workdir} …", flush=True)
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"], ["seed_demo"]):
        manage(env, *command)

    # The editor works in this process, on the same database.
    os.environ.update(env)
    import django

    django.setup()
    return env


def reader_urls() -> list[str]:
    """The fixed pages plus every published article and every section of the seeded site."""
    from articles.models import Article, Category

    published = Article.objects.published().values_list("slug", flat=True)
    sections = Category.objects.values_list("slug", flat=True)
    return [
        *FIXED_URLS,
        *(f"/articles/{slug}/" for slug in published),
        *(f"/categories/{slug}/" for slug in sections),
    ]


def soak_editor():
    """Return the editor account (an Editor-group staff user) and the section its new articles go to."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from articles.models import Category

    editor, _created = get_user_model().objects.get_or_create(username="soak-editor", defaults={"is_staff": True})
    editor.groups.add(Group.objects.get(name="Editor"))
    return editor, Category.objects.first()


def edit_article(number: int, editor, category) -> tuple[int, str]:
    """Odd numbers create, submit and publish a new article; even ones retitle a published one.

    Both go through articles.services, the write path that announces the change to search and the page cache.
    """
    from articles import services
    from articles.models import Article

    title = f"Soak {number}: kabar terbaru {int(time.time())}"
    if number % 2:
        article = services.article_create(
            by=editor, title=title, slug=f"soak-{number}", summary="Ringkasan uji ketahanan.",
            body="<p>Isi artikel uji ketahanan.</p>", category=category,
        )  # fmt: skip
        services.article_submit(article=article, by=editor)
        services.article_publish(article=article, by=editor)
    else:
        article = Article.objects.published().order_by("?").first()
        services.article_update(
            article=article, by=editor, title=title, body=f"{article.body}<p>Pembaruan {number}.</p>"
        )
    return article.pk, title


@dataclass
class Soak:
    """What the reader, editor and monitor threads share while the site is under load."""

    base: str
    master: int
    urls: list[str]
    edit_every: float
    statuses: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    edits: list[tuple[int, str]] = field(default_factory=list)
    samples: list[dict] = field(default_factory=list)
    exited: set[int] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)
    started: float = field(default_factory=time.monotonic)

    def read(self, seed: int) -> None:
        """Fetch random addresses as fast as they are answered."""
        rng = random.Random(seed)
        while not self.stop.is_set():
            url = rng.choice(self.urls)
            try:
                with urllib.request.urlopen(self.base + url, timeout=30) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as error:
                error.read()
                status = error.code
            except OSError as error:
                status = 599
                with self.lock:
                    self.errors.append(f"{url}: {error}")
            with self.lock:
                self.statuses[status] += 1
                if status >= 500:
                    self.errors.append(f"{url}: HTTP {status}")

    def edit(self) -> None:
        """Create or edit an article every `edit_every` seconds, remembering each title saved."""
        editor, category = soak_editor()
        number = 0
        while not self.stop.is_set():
            number += 1
            try:
                self.edits.append(edit_article(number, editor, category))
            except Exception as error:
                with self.lock:
                    self.errors.append(f"edit {number}: {error!r}")
            self.stop.wait(self.edit_every)

    def monitor(self) -> None:
        """Sample every worker's RSS, and note workers that went away (crashed or timed out)."""
        known: set[int] = set()
        while not self.stop.is_set():
            pids = worker_pids(self.master)
            self.exited.update(known - set(pids))
            known.update(pids)
            rss = {pid: round(rss_kib(pid) / 1024, 1) for pid in pids}
            self.samples.append({"t": round(time.monotonic() - self.started), "rss_mib": rss})
            self.stop.wait(SAMPLE_EVERY)

    def run(self, seconds: int, connections: int) -> float:
        """Run the readers, the editor and the monitor for `seconds`; return the time taken."""
        threads = [threading.Thread(target=self.read, args=(n,), daemon=True) for n in range(connections)]
        threads += [threading.Thread(target=self.edit, daemon=True), threading.Thread(target=self.monitor, daemon=True)]
        self.started = time.monotonic()
        for thread in threads:
            thread.start()
        while time.monotonic() < self.started + seconds:
            time.sleep(1)
        self.stop.set()
        for thread in threads:
            thread.join(timeout=60)
        return time.monotonic() - self.started


def check_edits(edits: list[tuple[int, str]], base: str) -> tuple[list[str], list[str]]:
    """Return the edits that were not stored and those a reader does not see (last title of each article)."""
    from articles.models import Article, Status

    lost, not_visible = [], []
    for pk, title in dict(edits).items():
        article = Article.objects.get(pk=pk)
        if article.title != title:
            lost.append(title)
        if article.status == Status.PUBLISHED:
            page = urllib.request.urlopen(f"{base}/articles/{article.slug}/", timeout=30).read().decode()
            if title not in page:
                not_visible.append(title)
    return lost, not_visible


def figures(soak: Soak, args: argparse.Namespace, elapsed: float, log_text: str) -> dict:
    """The run's figures: traffic, 5xx, worker crashes, RSS and edits."""
    lost, not_visible = check_edits(soak.edits, soak.base)
    crashes = log_text.count("WORKER TIMEOUT") + log_text.count("Worker exited") + len(soak.exited)
    empty = {"rss_mib": {}}
    warm = next((s for s in soak.samples if s["t"] >= WARM_UP), soak.samples[0] if soak.samples else empty)
    total = sum(soak.statuses.values())
    return {
        "seconds": round(elapsed),
        "workers": args.workers,
        "connections": args.connections,
        "requests": total,
        "requests_per_second": round(total / elapsed, 1),
        "statuses": dict(sorted(soak.statuses.items())),
        "5xx": sum(n for code, n in soak.statuses.items() if code >= 500),
        "worker_crashes": crashes,
        "rss_mib_after_warmup": warm["rss_mib"],
        "rss_mib_at_end": (soak.samples[-1] if soak.samples else empty)["rss_mib"],
        "rss_samples": soak.samples,
        "edits": len(soak.edits),
        "edits_lost": len(lost),
        "edits_not_visible": len(not_visible),
        "errors": soak.errors[:20],
    }


def report(result: dict, json_path: str | None) -> int:
    """Print the figures (without the RSS samples), write them all to `json_path`; return the exit status."""
    print(json.dumps({k: v for k, v in result.items() if k != "rss_samples"}, indent=2))
    if json_path:
        Path(json_path).write_text(json.dumps(result, indent=2))
    bad = result["5xx"] or result["worker_crashes"] or result["edits_lost"] or result["edits_not_visible"]
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="azura-soak-"))
    try:
        env = prepare_site(workdir, args.redis)
        with serve(env, workdir / "gunicorn.log", workers=args.workers) as server:
            soak = Soak(base=server.url, master=server.process.pid, urls=reader_urls(), edit_every=args.edit_every)
            elapsed = soak.run(args.seconds, args.connections)
            result = figures(soak, args, elapsed, server.log.read_text(errors="replace"))
        return report(result, args.json)
    except SiteError as error:
        print(error)
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
