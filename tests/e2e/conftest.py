"""Real-browser tests: Playwright drives Debian's Chromium against the portal served by gunicorn.

The server runs as a separate process on a loopback port with its own SQLite database, static files
collected as in production (WhiteNoise, hashed names) and `seed_demo` content, so the rest of the
suite's test database is never touched and every test here sees the same newsroom.
`make e2e-deps` installs Chromium, a headless JRE and the Nu Html Checker when they are missing.
"""

import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, sync_playwright

from tests.gunicorn_env import manage, serve, site_env

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}

# Staff accounts created for the editor journey (passwords only ever live in this throw-away database).
STAFF_PASSWORD = "e2e-Correct-Horse-42"
STAFF = {"writer": "Writer", "editor": "Editor"}

# Facts about the seeded newsroom that the gates need as URLs (the journeys find their way by clicking).
SITE_FACTS_SCRIPT = """
import json
import re
from django.db.models import Count
from articles.models import Article
from careers.models import Role, Skill

published = Article.objects.published()
article = (published.annotate(n=Count("related_links", distinct=True), t=Count("tagged_items", distinct=True))
           .filter(n__gt=0, t__gt=0).order_by("-published_at").first())
author = article.byline_authors[0]
tag = article.tags.order_by("name").first()
at_risk = Role.objects.filter(outlook="at-risk").order_by("name").first()
emerging = Role.objects.filter(outlook="emerging").order_by("name").first()
skill = Skill.objects.filter(resources__isnull=False).order_by("name").first()
body_words = re.findall(r"[^\\W\\d_]{9,}", re.sub(r"<[^>]+>", " ", article.body))
print(json.dumps({
    "article": article.get_absolute_url(),
    "article_admin": f"/admin/articles/article/{article.pk}/change/",
    "article_title": article.title,
    "search_word": body_words[len(body_words) // 2].lower(),
    "author": author.get_absolute_url(),
    "tag": f"/tags/{tag.slug}/",
    "section": article.category.get_absolute_url(),
    "section_name": article.category.name,
    "skill": skill.get_absolute_url(),
    "role": at_risk.get_absolute_url(),
    "path": f"/careers/path/?from={at_risk.slug}&to={emerging.slug}",
}))
"""

CREATE_STAFF_SCRIPT = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
User = get_user_model()
for username, group in {staff!r}.items():
    user, _ = User.objects.get_or_create(username=username, defaults={{"email": username + "@example.com"}})
    user.is_staff = True
    user.first_name = username.title()
    user.last_name = "Santoso"  # a byline shows a real name, never a login name
    user.set_password({password!r})
    user.save()
    user.groups.add(Group.objects.get(name=group))
"""


@dataclass
class Site:
    env: dict
    url: str = ""  # known once gunicorn is up
    facts: dict = field(default_factory=dict)

    def manage(self, *args: str, input_text: str | None = None) -> str:
        """Run a management command against the server's database and return its output."""
        return manage(self.env, *args, input_text=input_text)

    def shell(self, code: str) -> str:
        return self.manage("shell", "--no-imports", "-c", code)


def _catalogs_out_of_date() -> bool:
    """Return whether a translation catalog (.po) is newer than its compiled .mo, or was never compiled."""
    for po in (ROOT / "locale").glob("*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            return True
    return False


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    """Serve a freshly migrated, seeded portal with gunicorn on a loopback port for the whole session."""
    root = tmp_path_factory.mktemp("e2e-site")
    env = site_env(
        root,
        secret_key="e2e-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGH",
        strip=("GUNICORN_", "PORTAL_"),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_LOG_LEVEL="WARNING",
        # One process, so the page cache and its invalidation are the same for every request.
        GUNICORN_WORKERS="1",
        GUNICORN_THREADS="4",
        GUNICORN_ACCESS_LOG=str(root / "access.log"),
        PYTHONUNBUFFERED="1",
    )
    site = Site(env=env)
    if _catalogs_out_of_date():
        # `make messages` does this before `make test`; here too, so a run never shows yesterday's words.
        site.manage("compilemessages", "-v0", "--ignore=.venv/*")
    site.manage("migrate", "--noinput", "-v0")
    site.manage("collectstatic", "--noinput", "-v0")
    site.manage("seed_demo", "--no-admin")
    site.shell(CREATE_STAFF_SCRIPT.format(staff=STAFF, password=STAFF_PASSWORD))
    site.facts = json.loads(site.shell(SITE_FACTS_SCRIPT).strip().splitlines()[-1])

    log = root / "gunicorn.log"
    with serve(env, log) as server:
        site.url = server.url
        yield site
    errors = [line for line in log.read_text().splitlines() if " ERROR " in line or "Traceback" in line]
    assert not errors, "The server logged errors during the browser tests:\n" + log.read_text()[-5000:]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make e2e-deps` (make test does).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watch:
    """What went wrong in the browser while a test ran: console errors, page errors, failed own requests."""

    def __init__(self, origin: str):
        self.origin = origin
        self.problems: list[str] = []

    def attach(self, page: Page) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)

    def _console(self, message) -> None:
        if message.type == "error":
            self.problems.append(f"console error on {message.location.get('url')}: {message.text}")

    def _failed(self, request) -> None:
        # ERR_ABORTED is the browser cancelling a download when the reader moves on (an image still
        # loading); a real failure of the portal shows up as an HTTP error status below.
        if request.url.startswith(self.origin) and "ERR_ABORTED" not in (request.failure or ""):
            self.problems.append(f"request failed: {request.url} ({request.failure})")

    def _response(self, response) -> None:
        if response.url.startswith(self.origin) and response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")


def _stub_outside_world(route) -> None:
    """Answer any request that leaves the portal with a small page: this machine has no internet."""
    host = urlsplit(route.request.url).hostname
    route.fulfill(
        status=200,
        content_type="text/html; charset=utf-8",
        body=f"<!doctype html><html lang=en><title>External: {host}</title><h1>External site {host}</h1></html>",
    )


@pytest.fixture
def open_page(browser, site, request):
    """Return a function that opens a new browser page at a viewport ("phone" or "desktop").

    Every page is watched: when the test ends, any console error, script error or failed request for
    the portal's own URLs fails it.
    """
    contexts = []
    watch = Watch(site.url)

    def _open(viewport: str = "phone", **context_args) -> Page:
        context = browser.new_context(
            base_url=site.url, viewport=VIEWPORTS[viewport], **{"locale": "id-ID", **context_args}
        )
        context.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/]|localhost[:/])"), _stub_outside_world)
        contexts.append(context)
        page = context.new_page()
        page.viewport_name = viewport
        watch.attach(page)
        return page

    yield _open
    for context in contexts:
        context.close()
    assert not watch.problems, "The browser saw problems:\n" + "\n".join(watch.problems)


@pytest.fixture
def shot(request):
    """Return a function that saves a full-page screenshot under artifacts/screenshots/<test>/."""
    folder = SCREENSHOTS / re.sub(r"[^\w.-]+", "_", request.node.name).strip("_")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    counter = iter(range(1, 1000))

    def _shot(page: Page, name: str) -> Path:
        path = folder / f"{next(counter):02d}-{name}-{getattr(page, 'viewport_name', 'page')}.png"
        # A full-page picture shows what a reader sees on scrolling: load the lazy images below the fold first.
        page.evaluate(
            """() => Promise.all([...document.images].map(img => {
                img.loading = "eager";
                return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; });
            }))"""
        )
        page.screenshot(path=str(path), full_page=True)
        return path

    return _shot


def assert_no_horizontal_scroll(page: Page) -> None:
    """Fail when the page is wider than the viewport, naming the elements that stick out."""
    overflow = page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            return [...document.querySelectorAll('body *')]
              .filter(el => el.getBoundingClientRect().right > width + 1)
              .slice(0, 8)
              .map(el => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
        }"""
    )
    assert overflow == [], f"{page.url} scrolls sideways at {page.viewport_size['width']}px: {overflow}"


_axe = Axe()


def assert_accessible(page: Page) -> None:
    """Run axe-core on the whole page: no serious or critical violations (none excluded)."""
    results = _axe.run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    report = [
        f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(n["target"][0] for n in v["nodes"][:8]) for v in bad
    ]
    assert not bad, f"axe found serious/critical problems on {page.url}:\n" + "\n".join(report)


def html_errors(documents: dict[str, str], folder: Path) -> list[str]:
    """Return the Nu Html Checker's errors for HTML documents ({url: source})."""
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR} is missing: run `make e2e-deps` (make test does).")
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: run `make e2e-deps` (make test does).")
    names = {}
    for index, (url, source) in enumerate(documents.items()):
        path = folder / f"page{index}.html"
        path.write_text(source, encoding="utf-8")
        names[path.name] = url
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *(str(folder / name) for name in names)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [
        f"{names.get(Path(urlsplit(m.get('url', '')).path).name, m.get('url'))}:{m.get('lastLine')}: "
        f"{m.get('message')} [{(m.get('extract') or '').strip()}]"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
