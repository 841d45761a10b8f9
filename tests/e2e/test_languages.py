"""Both interface languages in the browser: Indonesian at / (the default) and English under /en/."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

# What a reader sees in each language: the site menu, the "read also" heading and the reading time.
WORDS = {
    "id": {"prefix": "", "latest": "Terbaru", "careers": "Karier", "read_also": "Baca juga", "minutes": "menit baca"},
    "en": {"prefix": "/en", "latest": "Latest", "careers": "Careers", "read_also": "Read also", "minutes": "min read"},
}


@pytest.mark.parametrize("language", WORDS)
def test_home_and_article_render_in_the_language_of_their_address(language, site, open_page, shot):
    words = WORDS[language]
    page = open_page("desktop")  # the browser asks for Indonesian; the address decides
    page.goto(f"{words['prefix']}/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    menu = page.locator(".site-nav")
    expect(menu.get_by_role("link", name=words["latest"], exact=True)).to_be_visible()
    expect(menu.get_by_role("link", name=words["careers"], exact=True)).to_be_visible()
    expect(page.locator(".lang-switch [aria-current]")).to_have_text(language.upper())
    shot(page, f"home-{language}")

    page.locator(".lead-story .lead-title a").click()
    expect(page).to_have_url(re.compile(rf"^{re.escape(site.url)}{words['prefix']}/articles/[\w-]+/$"))
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h2#related-title")).to_have_text(words["read_also"], ignore_case=True)
    expect(page.locator(".article-header")).to_contain_text(re.compile(rf"\d+ {words['minutes']}"))
    shot(page, f"article-{language}")

    # The language switch leads to the same article in the other language.
    other = "en" if language == "id" else "id"
    page.locator(f'.lang-switch a[hreflang="{other}"]').click()
    expect(page.locator("html")).to_have_attribute("lang", other)
    expect(page.locator("h2#related-title")).to_have_text(WORDS[other]["read_also"], ignore_case=True)
