"""Security headers and CSP, Host header handling and the deploy checklist.

Login throttling and safe redirects are in test_security_login.py, inert media in test_security_media.py.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache

from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, staff_user
from tests.portal.conftest import PASSWORD

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


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
