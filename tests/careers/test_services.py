import datetime

import pytest

from careers.models import Resource
from careers.services import find_skill_mentions, resources_mark_checked
from portal.text import plain_text
from tests.factories import ResourceFactory, SkillFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def skills():
    return {
        "ai": SkillFactory(name="AI Literacy", aliases="AI\nkecerdasan buatan\nartificial intelligence"),
        "data": SkillFactory(name="Data Analysis", aliases="analisis data\ndata analysis"),
        "security": SkillFactory(name="Cybersecurity", aliases="keamanan siber\ncyber security"),
        "cpp": SkillFactory(name="C++", aliases="C"),
    }


def names(found):
    return [skill.name for skill in found]


def test_finds_indonesian_and_english_aliases_in_order_of_mention(skills):
    text = "Perusahaan mencari ahli analisis data. Later, cyber security teams hired too."

    assert names(find_skill_mentions(text)) == ["Data Analysis", "Cybersecurity"]


def test_matches_whole_words_only(skills):
    assert find_skill_mentions("Toko KAIN dan SAIN di pasar; the chain was plain.") == []
    assert names(find_skill_mentions("Pelatihan AI-nya gratis.")) == ["AI Literacy"]
    assert names(find_skill_mentions("(AI)")) == ["AI Literacy"]


def test_ignores_case_accents_and_extra_whitespace(skills):
    assert names(find_skill_mentions("kecerdasan   BUATAN")) == ["AI Literacy"]
    assert names(find_skill_mentions("Análisis Dátá untuk pemula")) == ["Data Analysis"]
    assert names(find_skill_mentions("ARTIFICIAL\nINTELLIGENCE")) == ["AI Literacy"]


def test_symbols_in_names_match_and_one_letter_aliases_are_ignored(skills):
    assert names(find_skill_mentions("Belajar C++ dulu.")) == ["C++"]
    # "C" alone is too short to be a reliable mention.
    assert find_skill_mentions("Vitamin C dan kelas C.") == []


def test_plain_text_drops_markup_and_keeps_words_apart():
    html = "<p>Belajar <strong>AI</strong> &amp; data</p><ul><li>SQL</li><li>Python</li></ul>"

    text = plain_text(html)

    assert "<" not in text
    assert "AI & data" in text
    assert "SQL Python" in " ".join(text.split())


def test_markup_is_not_mistaken_for_words(skills):
    html = '<p class="ai"><a href="https://example.com/ai">Baca</a> tentang kain tenun.</p>'

    assert find_skill_mentions(plain_text(html)) == []


def test_mark_resources_checked():
    stale = ResourceFactory(last_checked=None)
    other = ResourceFactory(last_checked=datetime.date(2020, 1, 1))

    count = resources_mark_checked(resources=Resource.objects.filter(pk=stale.pk), on=datetime.date(2026, 1, 2))

    stale.refresh_from_db()
    other.refresh_from_db()
    assert count == 1
    assert stale.last_checked == datetime.date(2026, 1, 2)
    assert other.last_checked == datetime.date(2020, 1, 1)
