"""Quality gates on the public pages: accessibility (axe-core), no sideways scrolling on phones, valid HTML."""

import pytest

from tests.e2e.conftest import assert_accessible, assert_no_horizontal_scroll, html_errors

pytestmark = pytest.mark.e2e

# Each public page the gates cover, as a URL built from the seeded newsroom.
PAGES = {
    "home": lambda facts: "/",
    "article": lambda facts: facts["article"],
    "author": lambda facts: facts["author"],
    "tag": lambda facts: facts["tag"],
    "section": lambda facts: facts["section"],
    "careers-hub": lambda facts: "/careers/",
    "skill": lambda facts: facts["skill"],
    "role": lambda facts: facts["role"],
    "path": lambda facts: facts["path"],
}


@pytest.mark.parametrize("name", PAGES)
def test_public_page_is_accessible_on_a_phone(name, site, open_page, shot):
    page = open_page("phone")
    page.goto(PAGES[name](site.facts))
    assert page.locator("h1").first.is_visible() or page.locator("h1").count() == 1
    shot(page, name)
    assert_no_horizontal_scroll(page)
    assert_accessible(page)


@pytest.mark.parametrize("name", PAGES)
def test_public_page_is_accessible_on_a_desktop_in_dark_mode(name, site, open_page):
    page = open_page("desktop", color_scheme="dark")
    page.goto(PAGES[name](site.facts))
    assert_accessible(page)


def test_public_pages_are_valid_html_in_both_languages(site, open_page, tmp_path):
    page = open_page("desktop")
    documents = {}
    for name, url in PAGES.items():
        for prefix in ("", "/en"):
            address = prefix + url(site.facts)
            response = page.request.get(address)
            assert response.ok, f"{name}: {address} answered {response.status}"
            assert "text/html" in response.headers["content-type"]
            documents[address] = response.text()
    errors = html_errors(documents, tmp_path)
    assert errors == [], "The Nu Html Checker found errors:\n" + "\n".join(errors)
