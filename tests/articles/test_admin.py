import pytest

from tests.factories import ArticleFactory, staff_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["Writer", "Editor", "superuser"])
def test_admin_pages_render(client, role):
    user = staff_user(role)
    client.force_login(user)
    article = ArticleFactory(created_by=user)
    for url in [
        "/admin/",
        "/admin/articles/article/",
        "/admin/articles/article/add/",
        f"/admin/articles/article/{article.pk}/change/",
        f"/admin/articles/article/{article.pk}/history/",
        "/admin/articles/article/calendar/",
        "/admin/articles/image/picker/",
        f"/admin/articles/article/{article.pk}/preview/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
