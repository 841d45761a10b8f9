from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from articles.models import Status
from careers.models import Cost, Importance, Level, Outlook, ResourceKind, ResourceLanguage, SkillGroup, Trend
from tests.factories import ArticleFactory, ResourceFactory, RoleFactory, RoleSkillFactory, SkillFactory

pytestmark = pytest.mark.django_db


def build_world(size: int) -> dict:
    """Return a careers world where every list on every page has `size` items."""
    groups = list(SkillGroup.values)
    skills = [
        SkillFactory(name=f"Skill {i:02}", group=groups[i % len(groups)], trend=Trend.RISING) for i in range(size)
    ]
    main = skills[0]
    for i in range(size):
        ResourceFactory(title=f"Course {i:02}", skills=[main, skills[i]], level=1 + i % 3)
    current = RoleFactory(name="Current role", slug="current", outlook=Outlook.AT_RISK)
    target = RoleFactory(name="Target role", slug="target", outlook=Outlook.EMERGING)
    for skill in skills:
        RoleSkillFactory(role=target, skill=skill)
    RoleSkillFactory(role=current, skill=main)
    for i in range(size):
        role = RoleFactory(name=f"Emerging {i:02}", outlook=Outlook.EMERGING)
        RoleSkillFactory(role=role, skill=skills[i], importance=Importance.USEFUL)
    articles = []
    for i in range(size):
        article = ArticleFactory(title=f"Career story {i:02}")
        article.skills.add(*skills)
        articles.append(article)
    return {"skills": skills, "main": main, "current": current, "target": target, "articles": articles}


# page name: (URL for a world, most queries allowed once the site-wide caches are warm)
# Pages with career stories spend one query on their ids and one on the cards (see published_articles_about).
PAGES = {
    "hub": (lambda w: reverse("careers:hub"), 5),
    "skill_list": (lambda w: reverse("careers:skill_list"), 1),
    "skill_detail": (lambda w: w["main"].get_absolute_url(), 6),
    "skill_detail_filtered": (lambda w: w["main"].get_absolute_url() + "?cost=free&language=en&kind=course", 6),
    "role_list": (lambda w: reverse("careers:role_list"), 1),
    "role_detail": (lambda w: w["target"].get_absolute_url(), 6),
    "path": (lambda w: reverse("careers:path") + "?from=current&to=target", 3),
    "path_error": (lambda w: reverse("careers:path") + "?from=current&to=current", 1),
    "resource_list": (lambda w: reverse("careers:resource_list"), 4),
    "resource_list_filtered": (lambda w: reverse("careers:resource_list") + f"?skill={w['main'].slug}&level=1", 4),
}


def warm_site_caches(client):
    """Load the site settings and section menu once, as any earlier visitor would have."""
    client.get(reverse("careers:role_list"))


@pytest.mark.parametrize("size", [1, 20])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_query_budget_does_not_grow_with_content(client, django_assert_max_num_queries, page, size):
    url_for, budget = PAGES[page]
    world = build_world(size)
    warm_site_caches(client)

    with django_assert_max_num_queries(budget):
        response = client.get(url_for(world))

    assert response.status_code == (400 if page == "path_error" else 200)
    if size == 20 and page in ("hub", "skill_detail", "role_detail"):
        assert response.content.decode().count("Career story") >= 4


@pytest.mark.parametrize("size", [1, 20])
def test_article_skills_panel_has_a_constant_cost(client, django_assert_max_num_queries, size):
    world = build_world(size)
    article = world["articles"][0]
    warm_site_caches(client)

    # The first visit works out the related reads and the skills panel; later ones reuse them.
    with django_assert_max_num_queries(11):
        response = client.get(article.get_absolute_url())
    with django_assert_max_num_queries(5):
        assert client.get(article.get_absolute_url()).content == response.content

    body = response.content.decode()
    assert "Skills in this article" in body or "Keterampilan" in body
    for skill in world["skills"]:
        assert skill.get_absolute_url() in body


def test_article_panel_links_skill_and_its_best_first_resource(client):
    skill = SkillFactory(name="Prompt Engineering")
    ResourceFactory(title="Paid advanced", skills=[skill], level=Level.ADVANCED, cost=Cost.PAID)
    ResourceFactory(title="Free starter", url="https://start.example.com/", skills=[skill], level=Level.BEGINNER)
    article = ArticleFactory()
    article.skills.add(skill)

    body = client.get(article.get_absolute_url()).content.decode()

    assert skill.get_absolute_url() in body
    assert "https://start.example.com/" in body
    assert "Paid advanced" not in body


def test_article_without_skills_shows_no_panel(client):
    article = ArticleFactory()

    body = client.get(article.get_absolute_url()).content.decode()

    assert 'id="article-skills-title"' not in body


@pytest.mark.parametrize("prefix", ["", "/en"])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_pages_render_in_both_languages(client, page, prefix):
    world = build_world(2)
    url = url_for_language(PAGES[page][0](world), prefix)

    response = client.get(url)

    assert response.status_code == (400 if page == "path_error" else 200)
    html = response.content.decode()
    assert f'<html lang="{"en" if prefix else "id"}">' in html
    assert 'class="careers-nav"' in html


def url_for_language(url: str, prefix: str) -> str:
    return f"{prefix}{url}" if prefix and not url.startswith("/en/") else url


def test_english_pages_use_english_urls_and_labels(client):
    build_world(1)
    with override("en"):
        url = reverse("careers:hub")

    assert url == "/en/careers/"
    html = client.get(url).content.decode()
    assert "Plan your reskilling path" in html


def test_unpublished_articles_never_appear_on_careers_pages(client):
    world = build_world(2)
    drafts = [
        ArticleFactory(title="Secret draft", status=Status.DRAFT, published_at=None),
        ArticleFactory(title="Secret review", status=Status.REVIEW, published_at=None),
        ArticleFactory(title="Secret scheduled", published_at=timezone.now() + timedelta(days=1)),
        ArticleFactory(title="Secret expired", expires_at=timezone.now() - timedelta(minutes=1)),
        ArticleFactory(title="Secret archived", status=Status.ARCHIVED),
    ]
    for draft in drafts:
        draft.skills.add(world["main"])

    for page in ("hub", "skill_detail", "role_detail"):
        html = client.get(PAGES[page][0](world)).content.decode()
        assert "Career story" in html, page
        assert "Secret" not in html, page


def test_hub_shows_rising_skills_emerging_and_at_risk_roles_and_the_planner(client):
    world = build_world(1)
    declining = SkillFactory(name="Typing", trend=Trend.DECLINING)

    html = client.get(reverse("careers:hub")).content.decode()

    assert world["main"].name in html
    assert declining.name not in html
    assert "Target role" in html and "Current role" in html
    assert 'name="from"' in html and 'name="to"' in html
    assert 'action="/careers/path/"' in html
    assert "<script" not in html


def test_skill_list_groups_skills_with_their_trend(client):
    SkillFactory(name="Kubernetes", group=SkillGroup.CLOUD, trend=Trend.RISING)
    SkillFactory(name="Excel", group=SkillGroup.AI_DATA, trend=Trend.DECLINING)

    html = client.get("/en/careers/skills/").content.decode()

    assert html.index("AI &amp; data") < html.index("Excel") < html.index("Cloud &amp; infrastructure")
    assert html.index("Cloud &amp; infrastructure") < html.index("Kubernetes")
    assert "Declining" in html and "Rising" in html


def test_skill_detail_orders_resources_beginner_first_and_filters(client):
    skill = SkillFactory(name="SQL", description="Querying data.", why_now="Everyone has data.")
    ResourceFactory(title="Advanced SQL", skills=[skill], level=Level.ADVANCED, cost=Cost.PAID)
    ResourceFactory(
        title="SQL dasar", skills=[skill], level=Level.BEGINNER, cost=Cost.FREE, language=ResourceLanguage.INDONESIAN
    )
    ResourceFactory(title="SQL book", skills=[skill], level=Level.INTERMEDIATE, kind=ResourceKind.BOOK)
    ResourceFactory(title="Unrelated", skills=[SkillFactory()])

    url = f"/en{skill.get_absolute_url()}"
    html = client.get(url).content.decode()
    assert html.index("SQL dasar") < html.index("SQL book") < html.index("Advanced SQL")
    assert "Unrelated" not in html
    assert "Querying data." in html and "Everyone has data." in html

    filtered = client.get(f"{url}?cost=free&language=id").content.decode()
    assert "SQL dasar" in filtered
    assert "Advanced SQL" not in filtered and "SQL book" not in filtered


def test_skill_detail_ignores_invalid_filters_and_says_so(client):
    skill = SkillFactory()
    ResourceFactory(title="Still listed", skills=[skill])

    response = client.get(f"/en{skill.get_absolute_url()}?cost=cheap&kind=%00&language=xx")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Still listed" in html
    assert "Some filters were not understood" in html


def test_skill_detail_lists_roles_needing_it(client):
    skill = SkillFactory()
    RoleSkillFactory(skill=skill, role=RoleFactory(name="Data engineer"), importance=Importance.CORE)

    html = client.get(skill.get_absolute_url()).content.decode()

    assert "Data engineer" in html


@pytest.mark.parametrize("url", ["/careers/skills/nope/", "/careers/roles/nope/", "/en/careers/skills/%C3%A9/"])
def test_unknown_slugs_are_404(client, url):
    assert client.get(url).status_code == 404


def test_role_list_groups_by_outlook(client):
    RoleFactory(name="Typist", outlook=Outlook.AT_RISK)
    RoleFactory(name="ML engineer", outlook=Outlook.EMERGING)

    html = client.get("/en/careers/roles/").content.decode()

    assert html.index("Emerging") < html.index("ML engineer") < html.index("At risk from automation")
    assert html.index("At risk from automation") < html.index("Typist")


def test_role_detail_shows_core_and_useful_skills_and_paths_to_emerging_roles(client):
    world = build_world(2)
    useful = SkillFactory(name="Nice to have")
    RoleSkillFactory(role=world["current"], skill=useful, importance=Importance.USEFUL)

    html = client.get(f"/en{world['current'].get_absolute_url()}").content.decode()

    assert html.index("Core skills") < html.index(world["main"].name) < html.index("Useful skills")
    assert html.index("Useful skills") < html.index("Nice to have")
    assert "Paths from here" in html
    assert "/en/careers/path/?from=current&amp;to=target" in html


def test_path_page_shows_gap_overlap_hours_and_free_flag(client):
    world = build_world(3)
    free = ResourceFactory(title="Free for skill 1", skills=[world["skills"][1]], level=Level.BEGINNER, hours=7)

    response = client.get("/en/careers/path/?from=current&to=target")

    assert response.status_code == 200
    html = response.content.decode()
    assert "From Current role to Target role" in html
    assert "33%" in html  # 1 of the target's 3 skills is shared
    assert free.title in html
    assert 'class="badge badge--free"' in html
    assert "hours" in html
    assert "<script" not in html
    # The form remembers the choice, so the shareable URL round-trips.
    assert '<option value="current" selected>' in html


def test_path_with_no_gap_says_so(client):
    skill = SkillFactory()
    source, target = RoleFactory(slug="senior"), RoleFactory(slug="junior")
    RoleSkillFactory(role=source, skill=skill)
    RoleSkillFactory(role=target, skill=skill)

    response = client.get("/en/careers/path/?from=senior&to=junior")

    assert response.status_code == 200
    assert "already covers every skill" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?from=current&to=current", "You picked the same role twice"),
        ("?from=ghost&to=target", "We do not know the role “ghost”"),
        ("?from=current&to=", "Choose the role you want to move to"),
        ("?to=target", "Choose your current role"),
        ("?from=" + "x" * 5000 + "&to=target", "We do not know the role"),
        ("?from=%F0%9F%92%A5&to=%00", "We do not know the role"),
    ],
)
def test_bad_path_parameters_give_a_clear_message_in_the_layout(client, query, message):
    build_world(1)

    response = client.get("/en/careers/path/" + query)

    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'class="site-footer"' in html
    assert 'role="alert"' in html


def test_path_page_without_parameters_is_the_planner_form(client):
    build_world(1)

    response = client.get("/en/careers/path/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Plan a reskilling path" in html
    assert "We could not plan this path" not in html
    assert '<label for="id_from">' in html and '<label for="id_to">' in html


def test_resource_list_filters_and_paginates_twenty_per_page(client):
    skill = SkillFactory(slug="sql")
    for i in range(25):
        ResourceFactory(title=f"Free SQL {i:02}", skills=[skill], cost=Cost.FREE)
    ResourceFactory(title="Paid SQL", skills=[skill], cost=Cost.PAID)
    ResourceFactory(title="Other skill", cost=Cost.FREE)

    first = client.get("/en/careers/resources/?skill=sql&cost=free").content.decode()
    second = client.get("/en/careers/resources/?skill=sql&cost=free&page=2").content.decode()

    assert first.count('class="resource"') == 20
    assert second.count('class="resource"') == 5
    assert "25 resources" in first
    assert "Paid SQL" not in first + second
    assert "Other skill" not in first + second
    assert "skill=sql&amp;cost=free&amp;page=2" in first


@pytest.mark.parametrize("page", ["0", "abc", "999999999999", "-1"])
def test_resource_list_bad_page_is_404(client, page):
    ResourceFactory()

    assert client.get(f"/careers/resources/?page={page}").status_code == 404


def test_resource_list_ignores_invalid_filter_values(client):
    ResourceFactory(title="Listed anyway", level=Level.BEGINNER)

    response = client.get("/en/careers/resources/?level=9&skill=nope&cost=%00&language=" + "x" * 3000)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Listed anyway" in html
    assert "Some filters were not understood" in html


def test_resource_list_filters_by_level_kind_and_language(client):
    ResourceFactory(title="Beginner ID book", level=Level.BEGINNER, kind=ResourceKind.BOOK, language="id")
    ResourceFactory(title="Beginner EN book", level=Level.BEGINNER, kind=ResourceKind.BOOK, language="en")
    ResourceFactory(title="Advanced ID book", level=Level.ADVANCED, kind=ResourceKind.BOOK, language="id")
    ResourceFactory(title="Beginner ID course", level=Level.BEGINNER, kind=ResourceKind.COURSE, language="id")

    html = client.get("/en/careers/resources/?level=1&kind=book&language=id").content.decode()

    assert "Beginner ID book" in html
    for other in ("Beginner EN book", "Advanced ID book", "Beginner ID course"):
        assert other not in html


def test_a_role_pages_planner_link_opens_the_form_with_that_role_chosen(client):
    world = build_world(1)

    response = client.get(f"/en/careers/path/?from={world['current'].slug}")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<option value="{world["current"].slug}" selected>' in html
    assert 'role="alert"' not in html
    assert client.get("/en/careers/path/?from=ghost").status_code == 200  # an old link: the empty form


def test_no_link_on_a_role_page_answers_an_error(client):
    import re

    world = build_world(1)
    for role in (world["current"], world["target"]):
        html = client.get(role.get_absolute_url()).content.decode()
        links = set(re.findall(r'href="(/[^"#]*)"', html))
        assert any("/careers/path/?from=" in link for link in links)
        for link in links:
            if link.startswith(("/static/", "/media/")):
                continue
            response = client.get(link.replace("&amp;", "&"))
            assert response.status_code < 400, (link, response.status_code)
