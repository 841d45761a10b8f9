"""Security headers and CSP, Host header handling, login throttling, safe redirects and inert media."""

import logging
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.cache import cache
from django.utils import timezone

from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, png_bytes, staff_user

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct-horse-battery"


def policy(response) -> dict[str, list[str]]:
    """Return the Content-Security-Policy header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


@pytest.fixture
def content():
    category = CategoryFactory(slug="karier")
    author = AuthorFactory(slug="tim-azura")
    article = ArticleFactory(slug="ai-dan-kerja", category=category, authors=[author], tags=["ai"])
    return article


PUBLIC_URLS = [
    "/",
    "/en/",
    "/articles/",
    "/articles/ai-dan-kerja/",
    "/authors/tim-azura/",
    "/categories/karier/",
    "/tags/ai/",
    "/search/?q=ai",
    "/careers/",
    "/careers/path/?from=x&to=y",
    "/articles/no-such-article/",
    "/feed/",
    "/sitemap.xml",
    "/robots.txt",
    "/healthz",
    "/admin/login/",
]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_every_answer_carries_the_policy_and_headers(client, content, url):
    response = client.get(url)
    assert response.status_code < 500
    csp = policy(response)
    assert csp["script-src"][0] == "'self'"
    assert not {"'unsafe-inline'", "'unsafe-eval'", "*", "data:", "https:"} & set(csp["script-src"])
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["default-src"] == ["'self'"]
    assert set(csp["img-src"]) == {"'self'", "data:"}
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "Server" not in response


def test_public_pages_need_no_nonce_and_have_no_inline_script(client, content):
    """Public pages are cached and shared: their policy has no nonce, and only JSON-LD data sits inline."""
    for url in ["/", "/articles/ai-dan-kerja/", "/careers/"]:
        response = client.get(url)
        csp = policy(response)
        assert not any(source.startswith("'nonce-") for source in csp["script-src"]), url
        assert "'unsafe-inline'" not in csp["style-src"], url
        html = response.content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert 'type="application/ld+json"' in tag or "src=" in tag, (url, tag)
        assert not re.search(r"\son[a-z]+\s*=", html, re.IGNORECASE), url
        assert not re.search(r"<[^>]+\sstyle\s*=", html), url


def test_cached_pages_keep_the_headers(client, settings, content):
    settings.PAGE_CACHE_SECONDS = 300
    first = client.get("/articles/")
    second = client.get("/articles/")
    assert "max-age=300" in second["Cache-Control"]
    for response in (first, second):
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"


@pytest.fixture
def editor_client(client):
    client.force_login(staff_user("superuser", "admin-sec"))
    return client


ADMIN_URLS = [
    "/admin/",
    "/admin/articles/article/",
    "/admin/articles/article/add/",
    "/admin/articles/image/add/",
    "/admin/careers/skill/add/",
]


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_admin_is_never_stored_and_every_script_is_allowed(editor_client, url):
    response = editor_client.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    csp = policy(response)
    # Styles may be inline in the admin (Django's templates use style attributes); scripts never.
    assert "'unsafe-inline'" in csp["style-src"]
    assert not {"'unsafe-inline'", "'unsafe-eval'"} & set(csp["script-src"])
    nonces = {source[len("'nonce-") : -1] for source in csp["script-src"] if source.startswith("'nonce-")}
    html = response.content.decode()
    for tag in re.findall(r"<script\b[^>]*>", html, re.DOTALL):
        match = re.search(r'\snonce="([^"]+)"', tag)
        src = re.search(r'\ssrc="([^"]+)"', tag)
        if match:
            assert match.group(1) in nonces, tag
        else:
            # Without a nonce, only a script file from this site may run.
            assert src and src.group(1).startswith("/"), tag
            assert not src.group(1).startswith("//"), tag
    assert not re.search(r"<[^>]+\son[a-z]+\s*=", html, re.IGNORECASE), url


def test_prose_editor_import_map_carries_the_request_nonce(editor_client):
    first = editor_client.get("/admin/articles/article/add/")
    second = editor_client.get("/admin/articles/article/add/")
    nonces = []
    for response in (first, second):
        importmap = re.search(r'<script type="importmap" nonce="([^"]+)">', response.content.decode())
        assert importmap, "the prose editor's import map has no nonce"
        assert f"'nonce-{importmap.group(1)}'" in response["Content-Security-Policy"]
        nonces.append(importmap.group(1))
    assert nonces[0] != nonces[1], "a nonce must never be reused"


# --- Host header ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/", "/articles/ai-dan-kerja/", "/feed/", "/feed/atom/", "/sitemap.xml", "/robots.txt", "/search/?q=ai"]
)
def test_unknown_host_is_refused_before_any_page_or_cache_key(client, settings, content, url):
    settings.ALLOWED_HOSTS = ["azura.example", "testserver"]
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    response = client.get(url, HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert b"evil.example" not in response.content
    # Nothing was cached under (or for) the hostile host.
    assert not any("evil" in str(key) for key in cache._cache)
    # A good host still works and never shows the hostile one.
    good = client.get(url, HTTP_HOST="azura.example")
    assert good.status_code == 200
    assert b"evil.example" not in good.content


def test_forwarded_host_is_ignored(client, settings, content):
    settings.ALLOWED_HOSTS = ["azura.example"]
    response = client.get("/articles/ai-dan-kerja/", HTTP_HOST="azura.example", HTTP_X_FORWARDED_HOST="evil.example")
    assert response.status_code == 200
    html = response.content.decode()
    assert "evil.example" not in html
    assert 'href="http://azura.example/articles/ai-dan-kerja/"' in html


# --- Deployment checklist ------------------------------------------------------------------------


@pytest.mark.slow
def test_deploy_checklist_is_clean_with_production_settings():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_SECRET_KEY="deploy-check-" + "q7Zr!x" * 10,
        DJANGO_HTTPS="1",
        DJANGO_ALLOWED_HOSTS="azura.example",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


# --- Login throttling ----------------------------------------------------------------------------


def login(client, username, password="wrong-password", ip="203.0.113.7", next_url=None):  # noqa: S107
    url = "/admin/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=ip)


@pytest.fixture
def staff():
    return staff_user("Editor", "redaksi")  # the factory's password is PASSWORD


def test_five_failures_lock_out_that_user_from_that_client(client, staff, caplog):
    caplog.set_level(logging.WARNING, logger="axes")
    for _attempt in range(5):
        response = login(client, "redaksi")
        assert response.status_code in (200, 429)
    locked = login(client, "redaksi", PASSWORD)
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Too many failed login attempts" in html or "Terlalu banyak" in html
    assert 'id="login-form"' not in html
    assert "admin/css/login.css" in html  # the admin login layout
    assert int(locked["Retry-After"]) == 15 * 60
    assert "_auth_user_id" not in client.session
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "login failure" in messages.lower() or "failed" in messages.lower()
    assert "locked out" in messages.lower() or "locking out" in messages.lower()

    # Another client is not affected, and after the cool-off the user gets in again.
    assert login(client, "redaksi", PASSWORD, ip="198.51.100.9").status_code == 302
    client.logout()
    with time_machine.travel(timezone.now() + timedelta(minutes=16)):
        assert login(client, "redaksi", PASSWORD).status_code == 302


def test_one_client_guessing_many_usernames_is_locked_out(client, staff):
    for number in range(5):
        login(client, f"tebakan-{number}", ip="203.0.113.50")
    assert login(client, "redaksi", PASSWORD, ip="203.0.113.50").status_code == 429
    assert login(client, "redaksi", PASSWORD, ip="203.0.113.51").status_code == 302


def test_unknown_and_known_users_get_the_same_answer_and_the_same_work(client, staff, monkeypatch):
    calls = []
    original = PBKDF2PasswordHasher.encode

    def counting_encode(self, password, salt, iterations=None):
        calls.append(1)
        return original(self, password, salt, iterations)

    monkeypatch.setattr(PBKDF2PasswordHasher, "encode", counting_encode)
    known = login(client, "redaksi", ip="203.0.113.60")
    known_work = len(calls)
    calls.clear()
    unknown = login(client, "nobody-here", ip="203.0.113.61")
    assert known_work == len(calls) >= 1  # a password is hashed either way

    def message(response):
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode()).replace(
            "nobody-here", "redaksi"
        )

    assert known.status_code == unknown.status_code == 200
    assert message(known) == message(unknown)

    # Locking out works the same for both, so the lock tells nothing either.
    for _attempt in range(5):
        login(client, "redaksi", ip="203.0.113.62")
        login(client, "nobody-here", ip="203.0.113.63")
    locked_known = login(client, "redaksi", ip="203.0.113.62")
    locked_unknown = login(client, "nobody-here", ip="203.0.113.63")
    assert locked_known.status_code == locked_unknown.status_code == 429
    assert message(locked_known) == message(locked_unknown)


def test_forwarded_for_is_ignored_unless_proxies_are_trusted(client, settings, staff):
    """A client cannot dodge the lockout by inventing X-Forwarded-For addresses."""
    for number in range(5):
        client.post(
            "/admin/login/",
            {"username": "redaksi", "password": "nope"},
            REMOTE_ADDR="203.0.113.70",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
        )
    response = client.post(
        "/admin/login/",
        {"username": "redaksi", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.70",
        HTTP_X_FORWARDED_FOR="10.9.9.9",
    )
    assert response.status_code == 429

    # Behind one trusted proxy, the address the proxy appended is the client.
    settings.TRUSTED_PROXY_COUNT = 1
    from portal.security import client_ip

    class Request:
        META = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.80"}

    assert client_ip(Request()) == "203.0.113.80"
    Request.META["HTTP_X_FORWARDED_FOR"] = "not-an-ip"
    assert client_ip(Request()) == "127.0.0.1"


# --- next= only ever leads to this site ------------------------------------------------------------

HOSTILE_NEXT = [
    "https://evil.example/",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "https:evil.example",
    "javascript:alert(1)",
    "http://testserver@evil.example/",
    "%2F%2Fevil.example",
]


@pytest.mark.parametrize("next_url", HOSTILE_NEXT)
def test_login_next_never_leaves_the_site(client, staff, next_url):
    response = client.post(
        "/admin/login/", {"username": "redaksi", "password": PASSWORD, "next": next_url}, REMOTE_ADDR="203.0.113.90"
    )
    assert response.status_code == 302
    assert stays_on_site(response["Location"], "/admin/login/")


def stays_on_site(location: str, from_path: str) -> bool:
    """Return True when a browser at `from_path` following `location` stays on this site."""
    from urllib.parse import urljoin, urlsplit

    if location.strip().lower().startswith(("javascript:", "data:")):
        return False
    target = urlsplit(urljoin(f"http://testserver{from_path}", location.replace("\\", "/")))
    return target.scheme == "http" and target.netloc == "testserver"


@pytest.mark.parametrize("next_url", HOSTILE_NEXT)
def test_logout_and_language_switch_next_never_leave_the_site(client, staff, next_url):
    client.force_login(staff)
    response = client.post("/admin/logout/", {"next": next_url})
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert stays_on_site(response["Location"], "/admin/logout/")
    response = client.post("/i18n/setlang/", {"language": "en", "next": next_url})
    assert response.status_code == 302
    assert stays_on_site(response["Location"], "/i18n/setlang/"), response["Location"]


def test_internal_next_still_works(client, staff):
    response = client.post(
        "/admin/login/",
        {"username": "redaksi", "password": PASSWORD, "next": "/admin/articles/article/"},
        REMOTE_ADDR="203.0.113.91",
    )
    assert response["Location"] == "/admin/articles/article/"


# --- Uploaded media is served inert ----------------------------------------------------------------

GIF_HTML_POLYGLOT = b"GIF89a\x01\x00\x01\x00\x00\xff\x00,<html><script>alert(document.domain)</script></html>"


@pytest.fixture
def media_root(settings, tmp_path):
    """Return the folder /media/ is served from (the URLconf binds it once, so ask the URLconf)."""
    from django.urls import resolve

    root = Path(resolve("/media/x.png").kwargs["document_root"])
    (root / "images").mkdir(parents=True, exist_ok=True)
    settings.MEDIA_ROOT = root
    return root


def test_polyglot_is_served_as_an_image_never_as_html(client, media_root):
    (media_root / "images" / "poly.gif").write_bytes(GIF_HTML_POLYGLOT)
    response = client.get("/media/images/poly.gif")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "default-src 'none'" in response["Content-Security-Policy"]


@pytest.mark.parametrize("name", ["page.html", "logo.svg", "data.xml", "script.js", "noextension"])
def test_anything_but_a_picture_in_media_is_a_download(client, media_root, name):
    (media_root / "images" / name).write_bytes(b"<html><script>alert(1)</script></html>")
    response = client.get(f"/media/images/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == "attachment"
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    "path", ["../manage.py", "..%2fmanage.py", "%2e%2e/manage.py", "images/../../manage.py", "/etc/passwd", "..\\x"]
)
def test_media_urls_never_reach_outside_the_media_folder(client, media_root, path):
    (media_root / "images" / "ok.png").write_bytes(png_bytes(4, 4))
    response = client.get(f"/media/{path}")
    assert response.status_code in (400, 404)


@pytest.mark.parametrize(
    "name", ["../../evil.png", "..\\..\\evil.png", "/etc/evil.png", "a/b/../../../c.png", "x.png\x00.html"]
)
def test_uploaded_names_never_escape_the_media_folder(media_root, name):
    from django.core.files.base import ContentFile

    from tests.factories import ImageFactory

    image = ImageFactory(file=ContentFile(png_bytes(8, 8), name=name.replace("\x00", "")))
    stored = Path(image.file.path).resolve()
    assert stored.is_relative_to(media_root.resolve())
    assert stored.parent.parent.parent == (media_root / "images").resolve()
    assert "evil" not in stored.name and stored.suffix in {".png", ".jpg"}


# --- In a real browser: the admin editor works under the policy ---------------------------------


@pytest.mark.e2e
def test_admin_editor_runs_under_the_policy_with_no_violations(live_server, settings):
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's Chromium is not installed (make e2e-deps)")
    staff_user("Editor", "browser-editor")
    violations, console = [], []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("console", lambda message: console.append(message.text))
            page.add_init_script(
                "document.addEventListener('securitypolicyviolation',"
                " e => (window.__cspViolations = window.__cspViolations || []).push(e.violatedDirective + ' ' + e.blockedURI))"
            )
            page.goto(f"{live_server.url}/admin/login/?next=/admin/articles/article/add/")
            page.fill("#id_username", "browser-editor")
            page.fill("#id_password", PASSWORD)
            page.click("input[type=submit]")
            page.wait_for_url("**/admin/articles/article/add/")
            # The prose editor mounted (its module scripts ran, through the import map).
            editor = page.locator(".ProseMirror:visible").first
            editor.wait_for(timeout=15_000)
            editor.click()
            page.keyboard.type("Halo dunia")
            assert "Halo dunia" in editor.inner_text()
            violations = page.evaluate("window.__cspViolations || []")
        finally:
            browser.close()
    assert violations == []
    assert not [line for line in console if "Content Security Policy" in line or "Content-Security-Policy" in line]
