"""A reader's journey through the portal, on a phone and on a desktop, in Indonesian (the default language)."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import assert_no_horizontal_scroll

pytestmark = pytest.mark.e2e


def _look(page: Page, shot, name: str) -> None:
    """Save the step's screenshot; on a phone the page must never scroll sideways."""
    shot(page, name)
    if page.viewport_size["width"] < 600:
        assert_no_horizontal_scroll(page)


def _title(locator) -> str:
    return " ".join(locator.text_content().split())


def _distinctive_word(paragraphs: list[str]) -> str:
    """Return the longest word of the text (long words are rare, so the search has few hits)."""
    words = re.findall(r"[^\W\d_]{8,}", " ".join(paragraphs))
    assert words, "the article has no long words to search for"
    return max(words, key=len)


def _home(page: Page, shot):
    """Home: the lead story, the latest articles and the careers teaser."""
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    lead = page.locator(".lead-story .lead-title a")
    expect(lead).to_be_visible()
    expect(page.locator(".latest .card")).not_to_have_count(0)
    expect(page.locator(".careers-teaser a.button")).to_be_visible()
    _look(page, shot, "home")
    return lead


def _the_lead_article(page: Page, shot, lead):
    """An article: headline, dek, byline with author and date, a body, topics and "Baca Juga"."""
    lead_title = _title(lead)
    lead.click()
    expect(page).to_have_url(re.compile(r"/articles/[\w-]+/$"))
    expect(page.locator("h1")).to_have_text(lead_title)
    expect(page.locator(".article-summary")).to_be_visible()
    byline = page.locator(".article-header .byline")
    expect(byline.locator("a[rel=author]").first).to_be_visible()
    expect(byline.locator("time")).to_have_attribute("datetime", re.compile(r"^\d{4}-\d\d-\d\dT"))
    assert page.locator(".article-body p").count() >= 2
    related = page.locator("section.related-reads")
    expect(related.locator("h2#related-title")).to_be_visible()
    expect(related.locator(".card")).not_to_have_count(0)
    search_word = _distinctive_word(page.locator(".article-body p").all_text_contents())
    _look(page, shot, "article")
    return lead_title, related, search_word


def _a_related_read(page: Page, shot, related):
    """A related read opens as a full article by its own author."""
    related_link = related.locator(".card-title a").first
    related_title = _title(related_link)
    related_link.click()
    expect(page.locator("h1")).to_have_text(related_title)
    author_link = page.locator(".article-header .byline a[rel=author]").first
    author_name = _title(author_link)
    expect(page.locator(".author-box .author-name")).to_contain_text([author_name])
    _look(page, shot, "related-read")
    return related_title, author_link, author_name


def _its_author(page: Page, shot, author_link, author_name: str, related_title: str):
    """Its author: name, and this article among theirs."""
    author_link.click()
    expect(page).to_have_url(re.compile(r"/authors/[\w-]+/$"))
    expect(page.locator("h1")).to_have_text(author_name)
    expect(page.locator(".card-title").filter(has_text=related_title)).to_be_visible()
    _look(page, shot, "author")


def _one_of_its_topics(page: Page, shot, related_title: str):
    """Back on the article, one of its topics lists it."""
    page.go_back()
    tag_link = page.locator(".article-tags a[rel=tag]").first
    tag_name = _title(tag_link)
    tag_link.click()
    expect(page).to_have_url(re.compile(r"/tags/[\w-]+/$"))
    expect(page.locator("h1")).to_have_text(tag_name)
    expect(page.locator(".card-title").filter(has_text=related_title)).to_be_visible()
    _look(page, shot, "tag")


def _a_section(page: Page, shot):
    """A section, reached from a card's kicker: every story in it carries that section's name."""
    kicker = page.locator(".card .kicker a").first
    section_name = _title(kicker)
    kicker.click()
    expect(page).to_have_url(re.compile(r"/categories/[\w-]+/$"))
    expect(page.locator("h1")).to_have_text(section_name)
    cards = page.locator("main .card")
    expect(cards).not_to_have_count(0)
    expect(page.locator("main .card .kicker")).to_have_text([section_name] * cards.count(), ignore_case=True)
    _look(page, shot, "section")


def _search_from_the_header(page: Page, shot, search_word: str, lead_title: str):
    """Search from the header for a word the reader saw in the first article's text.

    It is found, with the word highlighted in its excerpt.
    """
    page.locator("header form[role=search] input[type=search]").fill(search_word)
    page.locator("header form[role=search] input[type=search]").press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q="))
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("#search-page-q")).to_have_value(search_word)
    result = page.locator(".search-result").filter(has=page.locator(".card-title", has_text=lead_title))
    expect(result).to_have_count(1)
    marks = result.locator(".search-snippet mark")
    expect(marks.first).to_be_visible()
    assert search_word.casefold() in [text.casefold() for text in marks.all_text_contents()]
    _look(page, shot, "search")


def _the_careers_hub(page: Page, shot):
    """The careers hub from the site menu: the path planner and roles at risk and emerging."""
    careers_link = page.locator('.site-nav a[href="/careers/"]')
    expect(careers_link).to_be_visible()
    careers_link.click()
    expect(page).to_have_url(re.compile(r"/careers/$"))
    expect(page.locator("h1")).to_be_visible()
    at_risk_role = _title(page.locator("section[aria-labelledby=at-risk-title] .role-list a").first)
    emerging_role = _title(page.locator("section[aria-labelledby=emerging-title] .role-list a").first)
    _look(page, shot, "careers-hub")
    return at_risk_role, emerging_role


def _plan_a_path(page: Page, shot, at_risk_role: str, emerging_role: str):
    """Plan a path from an at-risk role to an emerging one: the skills to learn, core first, with resources."""
    form = page.locator("form.path-form").first
    form.locator("select").nth(0).select_option(label=at_risk_role)
    form.locator("select").nth(1).select_option(label=emerging_role)
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/careers/path/\?from=[\w-]+&to=[\w-]+"))
    expect(page.locator("h1")).to_contain_text(at_risk_role)
    expect(page.locator("h1")).to_contain_text(emerging_role)
    expect(page.locator(".path-stats dd")).to_have_count(3)
    steps = page.locator(".path-step")
    expect(steps).not_to_have_count(0)
    expect(steps.first.locator(".resource")).not_to_have_count(0)
    _look(page, shot, "path")
    return steps


def _a_skill_from_the_path(page: Page, shot, steps):
    """A skill from the path: what it is and where to learn it."""
    skill_link = steps.first.locator(":scope > h3 > a")
    skill_name = _title(skill_link)
    skill_link.click()
    expect(page).to_have_url(re.compile(r"/careers/skills/[\w-]+/$"))
    expect(page.locator("h1")).to_have_text(skill_name)
    resource_link = page.locator(".resource-list .resource-title a").first
    expect(resource_link).to_be_visible()
    _look(page, shot, "skill")
    return resource_link


def _a_learning_resource(page: Page, resource_link):
    """A learning resource opens the provider's site (answered by a stand-in: this machine has no internet)."""
    href = resource_link.get_attribute("href")
    assert href.startswith("https://")
    assert "noopener" in resource_link.get_attribute("rel")
    resource_link.click()
    expect(page).to_have_url(href)
    expect(page.locator("h1")).to_contain_text("External site")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_reader_follows_a_story_from_home_to_a_learning_resource(viewport, open_page, shot):
    page = open_page(viewport)
    lead = _home(page, shot)
    lead_title, related, search_word = _the_lead_article(page, shot, lead)
    related_title, author_link, author_name = _a_related_read(page, shot, related)
    _its_author(page, shot, author_link, author_name, related_title)
    _one_of_its_topics(page, shot, related_title)
    _a_section(page, shot)
    _search_from_the_header(page, shot, search_word, lead_title)
    at_risk_role, emerging_role = _the_careers_hub(page, shot)
    steps = _plan_a_path(page, shot, at_risk_role, emerging_role)
    resource_link = _a_skill_from_the_path(page, shot, steps)
    _a_learning_resource(page, resource_link)
