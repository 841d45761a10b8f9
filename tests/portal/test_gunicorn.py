"""The `make run` serving path: migrate, collectstatic, then gunicorn with gunicorn.conf.py."""

import json
import subprocess

import pytest

from tests.servers import MANAGE, ROOT, fetch, gunicorn, site_env


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
