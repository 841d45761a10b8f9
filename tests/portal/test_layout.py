import pytest

from careers.models import Importance, RoleSkill
from portal.models import SiteSettings
from tests.factories import ArticleFactory, CategoryFactory, RoleFactory, SkillFactory


@pytest.fixture
def site(db):
    settings, _ = SiteSettings.objects.update_or_create(
        pk=1, defaults={"organisation_name": "PT Contoh Media", "address": "Jl. Mawar 1\nSemarang"}
    )
    return settings


@pytest.mark.django_db
def test_layout_in_indonesian_by_default(client, site):
    html = client.get("/").content.decode()
    assert '<html lang="id">' in html
    assert "Lewati ke konten" in html  # skip link, translated
    assert "PT Contoh Media" in html
    assert "Jl. Mawar 1<br>Semarang" in html


@pytest.mark.django_db
def test_layout_in_english_under_en(client, site):
    html = client.get("/en/").content.decode()
    assert '<html lang="en">' in html
    assert "Skip to content" in html
    assert 'hreflang="id"' in html


@pytest.mark.django_db
def test_footer_follows_site_settings_edits(client, site):
    client.get("/")
    site.organisation_name = "PT Baru Sekali"
    site.save()
    assert "PT Baru Sekali" in client.get("/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/does-not-exist/", "/articles/nope/", "/en/authors/nobody/"])
def test_404_is_a_404_page_in_the_layout(client, site, url):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert 'class="site-header"' in html
    assert "PT Contoh Media" in html
    assert "noindex" in html


# --- names on the English edition (issue 26.7) ---


@pytest.mark.django_db
def test_sections_skills_and_roles_carry_their_english_names_on_the_english_edition(client):
    section = CategoryFactory(name="Kebijakan & Regulasi", name_en="Policy & Regulation", slug="kebijakan")
    plain = CategoryFactory(name="Startup Lokal", slug="startup")  # no English name given
    skill = SkillFactory(name="Analisis Data", name_en="Data Analysis", slug="analisis-data")
    role = RoleFactory(name="Staf Operasional", name_en="Operations Staff", slug="staf-operasional")
    RoleSkill.objects.create(role=role, skill=skill, importance=Importance.CORE)
    article = ArticleFactory(category=section)
    article.skills.add(skill)

    for _round in range(2):  # the kept menu serves both editions
        indonesian = client.get("/").content.decode()
        english = client.get("/en/").content.decode()
        assert ">Kebijakan &amp; Regulasi</a>" in indonesian and "Policy &amp; Regulation" not in indonesian
        assert ">Policy &amp; Regulation</a>" in english and ">Kebijakan &amp; Regulasi</a>" not in english
        assert ">Startup Lokal</a>" in english  # without an English name, the Indonesian one

    assert "<h1>Policy &amp; Regulation</h1>" in client.get("/en/categories/kebijakan/").content.decode()
    assert "<h1>Kebijakan &amp; Regulasi</h1>" in client.get("/categories/kebijakan/").content.decode()
    assert "<h1>Data Analysis</h1>" in client.get("/en/careers/skills/analisis-data/").content.decode()
    assert "<h1>Operations Staff</h1>" in client.get("/en/careers/roles/staf-operasional/").content.decode()
    assert "<h1>Staf Operasional</h1>" in client.get("/careers/roles/staf-operasional/").content.decode()
    story = client.get(f"/en/articles/{article.slug}/").content.decode()
    assert ">Data Analysis</a>" in story and ">Analisis Data</a>" not in story  # the skills panel
    assert ">Analisis Data</a>" in client.get(f"/articles/{article.slug}/").content.decode()
    path = client.get("/en/careers/path/", {"from": "staf-operasional"}).content.decode()
    assert ">Operations Staff</option>" in path
    assert plain.display_name == "Startup Lokal"
