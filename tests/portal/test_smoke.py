import pytest

from tests.factories import ArticleFactory


@pytest.mark.django_db
def test_home_lists_a_published_article(client):
    article = ArticleFactory(title="Pekerjaan baru di era AI")
    response = client.get("/")
    assert response.status_code == 200
    assert article.title in response.content.decode()
