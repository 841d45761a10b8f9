"""Hostile input: property-based requests to every public URL.

Every answer must be < 500 and, for pages, in the site's layout. Hypothesis runs a
bounded number of examples per test (no deadline: timing is never asserted).

The XSS corpus and escaping are in test_hostile_markup.py, hostile forms in test_hostile_forms.py.
"""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    ResourceFactory,
    RoleFactory,
    RoleSkillFactory,
    SkillFactory,
)

pytestmark = pytest.mark.django_db

BOUNDED = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)
LAYOUT_MARKER = 'id="main"'

SPECIAL = [
    "",
    "0",
    "-1",
    "1" * 40,
    "10" + "0" * 400,
    "1e309",
    "NaN",
    "0x10",
    " 7 ",
    "٣",
    "１２",
    "\x00",
    "%00",
    "a\x00b",
    "../../etc/passwd",
    "..%2f..%2f",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    '"; DROP TABLE articles_article; --',
    "%",
    "%ZZ",
    "%C3",
    "%F0%9F",
    "\ud7ff\ue000\uffff",
    "\u202e\u200b\ufeff",
    "ß" * 3000,
    "a" * 12_000,
]
hostile_text = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(max_size=300),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=50),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.binary(max_size=40).map(lambda raw: "".join(f"%{byte:02X}" for byte in raw)),
    st.integers(min_value=500, max_value=20_000).map(lambda n: "x" * n),
)


@pytest.fixture
def site():
    """A small newsroom and careers catalogue every hostile request can hit."""
    category = CategoryFactory(slug="karier", name="Karier")
    author = AuthorFactory(slug="tim-azura", name="Tim Azura")
    skill = SkillFactory(slug="python", name="Python")
    ResourceFactory(skills=[skill])
    analyst, engineer = RoleFactory(slug="analis-data"), RoleFactory(slug="insinyur-ml")
    RoleSkillFactory(role=analyst, skill=skill)
    RoleSkillFactory(role=engineer, skill=SkillFactory(slug="mlops"))
    for number in range(3):
        article = ArticleFactory(slug=f"berita-{number}", category=category, authors=[author], tags=["ai"])
        article.skills.add(skill)
    return {"category": category, "author": author}


def check(response, *, page=True):
    assert response.status_code < 500, (response.status_code, response.content[:500])
    content_type = response.get("Content-Type", "")
    if page and response.status_code in (200, 400, 404) and content_type.startswith("text/html"):
        assert LAYOUT_MARKER in response.content.decode(), response.content[:300]


def path_segment(value: str) -> str:
    """Return the value as a path segment: percent-encoded, except for percent signs already there."""
    return quote(value, safe="%")


@BOUNDED
@given(value=hostile_text, kind=st.sampled_from(["articles", "authors", "categories", "tags", "preview"]))
def test_slugs_and_tokens_in_paths(client, site, value, kind):
    check(client.get(f"/{kind}/{path_segment(value)}/"))
    if kind in ("authors", "categories", "tags"):
        check(client.get(f"/{kind}/{path_segment(value)}/feed/atom/"), page=False)


@BOUNDED
@given(
    page=hostile_text,
    url=st.sampled_from(
        ["/articles/", "/en/articles/", "/authors/", "/authors/tim-azura/", "/categories/karier/", "/tags/ai/"]
    ),
)
def test_page_numbers(client, site, page, url):
    check(client.get(url, {"page": page}))


@BOUNDED
@given(q=hostile_text, page=hostile_text)
def test_search(client, site, q, page):
    check(client.get("/search/", {"q": q}))
    check(client.get("/search/", {"q": q, "page": page}))


@BOUNDED
@given(source=hostile_text, target=hostile_text, real=st.sampled_from(["analis-data", "insinyur-ml", ""]))
def test_path_planner(client, site, source, target, real):
    check(client.get("/careers/path/", {"from": source, "to": target}))
    check(client.get("/careers/path/", {"from": real, "to": target}))
    check(client.get("/careers/path/", {"from": source, "to": real}))


@BOUNDED
@given(
    skill=hostile_text,
    level=hostile_text,
    cost=st.one_of(hostile_text, st.sampled_from(["free", "paid"])),
    language=hostile_text,
    kind=hostile_text,
    page=hostile_text,
)
def test_careers_filters(client, site, skill, level, cost, language, kind, page):
    check(
        client.get(
            "/careers/resources/",
            {"skill": skill, "level": level, "cost": cost, "language": language, "kind": kind, "page": page},
        )
    )
    check(client.get("/careers/skills/python/", {"cost": cost, "language": language, "kind": kind}))
    check(client.get(f"/careers/skills/{path_segment(skill)}/"))
    check(client.get(f"/careers/roles/{path_segment(kind)}/"))


@BOUNDED
@given(raw=st.lists(hostile_text, min_size=1, max_size=4), url=st.sampled_from(["/search/", "/careers/path/", "/"]))
def test_raw_query_strings_and_repeated_keys(client, site, raw, url):
    """Query strings as a client may send them: unencoded bytes, repeated keys, stray separators."""
    keys = ["q", "page", "from", "to", "skill", "", "=", "&"]
    query = "&".join(f"{keys[i % len(keys)]}={value}" for i, value in enumerate(raw))
    check(client.get(url, QUERY_STRING=query.encode("utf-8", "surrogatepass").decode("latin-1")))


@BOUNDED
@given(value=hostile_text, prefix=st.sampled_from(["", "/en"]))
def test_unknown_paths_and_sitemaps(client, site, value, prefix):
    check(client.get(f"{prefix}/{path_segment(value)}"))
    check(client.get(f"/sitemap-{path_segment(value)}.xml"), page=False)
    check(client.get(f"/media/{path_segment(value)}"), page=False)
