"""Throughput benchmark under gunicorn + WhiteNoise, as ratios to a static file in the same run.

`make bench` runs it: for each database (SQLite file, PostgreSQL) and each mode
(cold = page cache off, warm = page cache on) it starts gunicorn with production
settings on a loopback port, runs wrk against the public pages and, right before
each of them, a hashed static CSS file (the stack's own limit), and prints
requests/s, p50/p99 latency, each page's ratio to the static file measured next
to it, non-2xx answers and worker RSS. JSON goes to bench-results/. Loopback
only; every process it starts, it stops.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
STATE = ROOT / ".bench"
RESULTS = ROOT / "bench-results"
DATABASES = {
    "sqlite": f"sqlite:///{STATE / 'bench.sqlite3'}",
    "postgres": os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/azura_bench"),
}


def base_env(database_url: str, *, page_cache: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "PORTAL_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_SECRET_KEY="bench-" + "k" * 50,
        DJANGO_HTTPS="0",  # plain HTTP on loopback; everything else as in production
        DJANGO_LOG_LEVEL="WARNING",
        DATABASE_URL=database_url,
        DJANGO_STATIC_ROOT=str(STATE / "static"),
        DJANGO_MEDIA_ROOT=str(STATE / "media"),
        PORTAL_PAGE_CACHE_SECONDS="300" if page_cache else "0",
    )
    return env


def manage(env: dict, *args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, text=True,
        stdout=subprocess.PIPE if capture else None,
    )  # fmt: skip
    return result.stdout or ""


def ensure_data(name: str, articles: int) -> None:
    env = base_env(DATABASES[name], page_cache=False)
    if name == "postgres":
        ensure_postgres_database(DATABASES[name])
    manage(env, "migrate", "--noinput", "-v0")
    if name == "postgres":
        # Planner statistics and visibility maps current (autovacuum may be off or behind after a migration).
        manage(env, "dbshell", "--", "-c", "VACUUM ANALYZE")
    code = "from articles.models import Article; print(Article.objects.count())"
    count = int(manage(env, "shell", "-v", "0", "-c", code, capture=True).strip().splitlines()[-1])
    if count < articles:
        print(f"[{name}] seeding {articles - count} articles…", flush=True)
        manage(env, "seed_demo", "--no-admin")
        manage(env, "seed_bulk", "--articles", str(articles - count))
        if name == "postgres":
            manage(env, "dbshell", "--", "-c", "VACUUM ANALYZE")


def ensure_postgres_database(url: str) -> None:
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def pick_urls(env: dict) -> dict[str, str]:
    code = (
        "import json\n"
        "from articles.models import Article, Author, Category\n"
        "from careers.models import Role, Skill\n"
        "from taggit.models import Tag\n"
        "a = Article.objects.published().filter(slug__startswith='bulk-').order_by('-published_at')[50]\n"
        "tag = a.tags.first(); author = a.authors.first()\n"
        "roles = list(Role.objects.order_by('outlook', 'slug'))\n"
        "at_risk = next(r for r in roles if r.outlook == 'at-risk'); emerging = next(r for r in roles if r.outlook == 'emerging')\n"
        "print(json.dumps({'home': '/', 'article': a.get_absolute_url(), 'section': a.category.get_absolute_url(),\n"
        "  'tag': f'/tags/{tag.slug}/', 'author': author.get_absolute_url(), 'archive p5000': '/articles/?page=5000',\n"
        "  'search': '/search/?q=analisis+data', 'careers hub': '/careers/',\n"
        "  'skill': Skill.objects.order_by('slug').first().get_absolute_url(),\n"
        "  'path': f'/careers/path/?from={at_risk.slug}&to={emerging.slug}'}))\n"
    )
    return json.loads(manage(env, "shell", "-v", "0", "-c", code, capture=True).strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env: dict, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--access-logfile", "/dev/null"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def worker_rss_mb(master: int) -> list[float]:
    children = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout.split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(round(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024, 1))
    return sizes


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(url: str, seconds: int, connections: int) -> dict:
    output = subprocess.run(
        ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        # Latency distribution lines ("     50%    1.23ms"), not the "+/- Stdev" column.
        "p50_ms": to_ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1)),
        "p99_ms": to_ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": errors.group(1) if errors else "",
    }


def run(name: str, mode: str, urls: dict, seconds: int, connections: int) -> dict:
    env = base_env(DATABASES[name], page_cache=mode == "warm")
    # A fresh cache directory per run: nothing kept by an earlier run (or an older code version) is reused.
    cache_dir = STATE / f"cache-{name}-{mode}"
    shutil.rmtree(cache_dir, ignore_errors=True)
    env["DJANGO_CACHE_DIR"] = str(cache_dir)
    port = free_port()
    server = start_gunicorn(env, port)
    try:
        base = f"http://127.0.0.1:{port}"
        for path in urls.values():  # warm up imports, connections and (in warm mode) the page cache
            for _ in range(3):
                urllib.request.urlopen(base + path, timeout=30).read()
        # The static file is measured again right before each page: on a shared machine the speed
        # drifts during a run, and each ratio compares two measurements taken side by side.
        static_url, static_seconds = base + urls["static css"], max(3, seconds // 3)
        rows = {"static css": wrk(static_url, seconds, connections)}
        for label, path in urls.items():
            if label == "static css":
                continue
            static = wrk(static_url, static_seconds, connections)
            rows[label] = wrk(base + path, seconds, connections)
            rows[label]["static_rps"] = static["rps"]
        # One reader at a time: the search latency a reader sees when nobody queues ahead of them
        # (with more connections than workers, latency includes waiting for a free worker).
        static = wrk(static_url, static_seconds, 1)
        rows["search, 1 conn"] = wrk(base + urls["search"], seconds, 1)
        rows["search, 1 conn"]["static_rps"] = static["rps"]
        rss = worker_rss_mb(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    for row in rows.values():
        reference = row.get("static_rps", row["rps"])
        row["ratio"] = round(row["rps"] / reference, 4) if reference else 0
    return {"database": name, "mode": mode, "pages": rows, "worker_rss_mb": rss}


def print_table(results: list[dict]) -> None:
    print(
        f"\n{'db':8} {'mode':5} {'page':14} {'req/s':>9} {'static':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>7} {'non2xx':>6}"
    )
    for result in results:
        for label, row in result["pages"].items():
            print(
                f"{result['database']:8} {result['mode']:5} {label:14} {row['rps']:9.1f} {row.get('static_rps', row['rps']):8.0f} {row['p50_ms']:8.2f} "
                f"{row['p99_ms']:8.2f} {row['ratio'] * 100:6.1f}% {row['non_2xx']:6d}"
            )
        print(f"{result['database']:8} {result['mode']:5} worker RSS MB: {result['worker_rss_mb']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--databases", default="sqlite,postgres")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: `apt-get install wrk` (make bench does it).")
    STATE.mkdir(exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    results = []
    for name in args.databases.split(","):
        ensure_data(name, args.articles)
        env = base_env(DATABASES[name], page_cache=False)
        if name == "postgres":
            print("[postgres] query plans at volume (EXPLAIN of every articles query per page):", flush=True)
            manage(env, "check_query_plans")
        manage(env, "collectstatic", "--noinput", "-v0")
        manifest = json.loads((STATE / "static" / "staticfiles.json").read_text())
        urls = {"static css": f"/static/{manifest['paths']['css/site.css']}", **pick_urls(env)}
        for mode in ("cold", "warm"):
            print(f"[{name}] {mode} run, {args.seconds}s per page…", flush=True)
            results.append(run(name, mode, urls, args.seconds, args.connections))
    print_table(results)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    machine = {"cpus": os.cpu_count(), "python": sys.version.split()[0], "uname": os.uname().release}
    path = RESULTS / f"bench-{stamp}.json"
    path.write_text(json.dumps({"machine": machine, "articles": args.articles, "results": results}, indent=2))
    print(f"\nWrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
