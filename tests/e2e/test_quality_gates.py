"""Quality gates: accessibility (axe-core) on the public pages and the article editor, no sideways scrolling
on phones, valid HTML."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import STAFF_PASSWORD, assert_accessible, assert_no_horizontal_scroll, html_errors

pytestmark = pytest.mark.e2e

# Each public page the gates cover, as a URL built from the seeded newsroom.
PAGES = {
    "home": lambda facts: "/",
    "article": lambda facts: facts["article"],
    "author": lambda facts: facts["author"],
    "tag": lambda facts: facts["tag"],
    "section": lambda facts: facts["section"],
    "search": lambda facts: f"/search/?q={facts['search_word']}",
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


def test_admin_article_change_form_is_accessible(site, open_page, shot):
    page = open_page("desktop")
    page.goto("/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", STAFF_PASSWORD)
    page.locator("input[type=submit]").click()
    expect(page.locator("#editorial-dashboard")).to_be_visible()
    page.goto(site.facts["article_admin"])
    # The widgets built by scripts are named once they exist (axe would otherwise race them).
    expect(page.locator(".ProseMirror[contenteditable=true]")).to_have_accessible_name(re.compile(r"\w"))
    for search in page.locator(".select2-search__field").all():
        expect(search).to_have_accessible_name(re.compile(r"\w"))
    expect(page.locator("#id_published_at_0")).to_have_accessible_name(re.compile(r"\w"))
    expect(page.locator("#id_article_authors-0-order")).to_have_accessible_name(re.compile(r"\w"))
    shot(page, "admin-change-form")
    assert_accessible(page)


# Everything on the article form a button could cover: headings, labels and every field an editor types in.
FORM_PARTS = (
    "#content h1, #content h2, .form-row label, #content-main input:not([type=hidden]):not([type=submit]),"
    " #content-main textarea, #content-main select, .ProseMirror"
)
BUTTONS = ".object-tools a, .submit-row input, .submit-row a"
BOXES_SCRIPT = """([parts, buttons]) => {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return {x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height,
            name: el.id || el.getAttribute("name") || el.textContent.trim().slice(0, 30) || el.tagName};
  };
  // Drawn and bigger than the 1-pixel stand-ins widgets leave for screen readers.
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 2 && r.height > 2
                          && getComputedStyle(el).visibility !== "hidden"; };
  const all = (selector) => [...document.querySelectorAll(selector)].filter(shown).map(box);
  return {parts: all(parts), buttons: all(buttons), title: box(document.querySelector("#id_title")),
          body: box(document.querySelector(".ProseMirror"))};
}"""


def _overlap(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]
    )


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_article_form_buttons_never_cover_a_field_and_the_headline_is_full_width(viewport, site, open_page, shot):
    page = open_page(viewport)
    page.goto("/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", STAFF_PASSWORD)
    page.locator("input[type=submit]").click()
    page.goto(site.facts["article_admin"])
    expect(page.locator(".ProseMirror[contenteditable=true]")).to_be_visible()
    boxes = page.evaluate(BOXES_SCRIPT, [FORM_PARTS, BUTTONS])
    shot(page, "article-form")

    assert len(boxes["buttons"]) >= 5 and len(boxes["parts"]) >= 20  # the workflow buttons and the form are drawn
    covered = [
        f"{button['name']!r} covers {part['name']!r}"
        for button in boxes["buttons"]
        for part in boxes["parts"]
        if _overlap(button, part)
    ]
    assert covered == []
    # The headline is as wide as the body's editor: long Indonesian headlines are read whole while typed.
    assert boxes["title"]["w"] >= 0.9 * boxes["body"]["w"]
    assert_no_horizontal_scroll(page)
