"""Skill suggestions from an article's text: what the editor is offered, and that only a save links."""

import pytest

from articles import services
from articles.models import Article
from tests.factories import ArticleFactory, SkillFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def skills():
    return {
        "ai": SkillFactory(name="AI Literacy", aliases="AI\nkecerdasan buatan\nartificial intelligence"),
        "data": SkillFactory(name="Data Analysis", aliases="analisis data\ndata analysis"),
        "security": SkillFactory(name="Cybersecurity", aliases="keamanan siber\ncyber security"),
    }


def names(found):
    return [skill.name for skill in found]


def test_suggestions_leave_out_skills_already_linked(skills):
    article = ArticleFactory(body="<p>AI mengubah cara analisis data dilakukan.</p>")
    services.article_update(article=article, by=None, skills=[skills["data"]])

    assert names(services.suggest_skills_for_article(article=article)) == ["AI Literacy"]
    assert names(services.suggest_skills_for_article(article=article, include_linked=True)) == [
        "AI Literacy",
        "Data Analysis",
    ]
    # Nothing was linked by asking.
    assert list(article.skills.all()) == [skills["data"]]


def test_suggestions_work_for_an_unsaved_article(skills):
    draft = Article(title="Draft", body="<p>Tentang keamanan siber.</p>")

    assert names(services.suggest_skills_for_article(article=draft)) == ["Cybersecurity"]


def test_suggestions_ignore_words_inside_markup(skills):
    article = ArticleFactory(body='<p><a href="/keamanan-siber/" title="AI">Baca</a> selengkapnya.</p>')

    assert services.suggest_skills_for_article(article=article) == []


def test_linking_an_accepted_suggestion_twice_links_it_once(skills):
    article = ArticleFactory(body="<p>AI</p>")

    services.article_update(article=article, by=None, skills=[skills["ai"]])
    services.article_update(article=article, by=None, skills=[skills["ai"]])

    assert list(article.skills.all()) == [skills["ai"]]
