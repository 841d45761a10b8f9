import pytest

from portal.models import SiteSettings


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
