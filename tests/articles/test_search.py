"""Search: ranking, snippets, synonyms, visibility, index upkeep and odd queries (SQLite FTS5 or PostgreSQL).

Run once with the default SQLite and once with DATABASE_URL pointing at PostgreSQL:
the same tests cover both backends of `articles.search`.
"""

from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from articles import search, services
from articles.models import Language, Status
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ResourceFactory,
    RoleFactory,
    SkillFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Return a context manager: data created inside it is indexed as after a real commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def titles(results) -> list[str]:
    return [article.title for article in results.page.object_list]


# --- finding and ranking --------------------------------------------------------------------------


def test_reader_finds_an_article_by_a_word_from_its_body(client, indexed):
    with indexed():
        ArticleFactory(title="Pekerjaan baru", body="<p>Perusahaan mencari insinyur <b>kubernetes</b>.</p>")
        ArticleFactory(title="Lain", body="<p>Tidak relevan.</p>")
    response = client.get("/search/", {"q": "kubernetes"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pekerjaan baru" in html and "Lain</a>" not in html
    assert "<mark>kubernetes</mark>" in html.lower()


def test_title_matches_rank_above_body_matches(indexed):
    with indexed():
        ArticleFactory(
            title="Catatan minggu ini",
            body="<p>Terraform di sini, terraform di sana, terraform di mana-mana.</p>",
            published_at=timezone.now() - timedelta(minutes=5),  # newer: would win a tie
        )
        ArticleFactory(title="Belajar Terraform dari nol", body="<p>Panduan singkat.</p>")
    assert titles(search.search("terraform")) == ["Belajar Terraform dari nol", "Catatan minggu ini"]


def test_summary_tags_and_authors_are_searchable(indexed):
    with indexed():
        ArticleFactory(title="Satu", summary="Tentang blockchain.")
        ArticleFactory(title="Dua", tags=["kriptografi"])
        ArticleFactory(title="Tiga", authors=[AuthorFactory(name="Wulandari Prasetyo")])
    assert titles(search.search("blockchain")) == ["Satu"]
    assert titles(search.search("kriptografi")) == ["Dua"]
    assert titles(search.search("wulandari")) == ["Tiga"]


def test_english_and_indonesian_articles_are_both_found(indexed):
    with indexed():
        ArticleFactory(
            title="Hiring engineers", body="<p>Companies are hiring engineers.</p>", language=Language.ENGLISH
        )
        ArticleFactory(title="Merekrut insinyur", body="<p>Perusahaan merekrut engineers.</p>")
    assert set(titles(search.search("engineers"))) == {"Hiring engineers", "Merekrut insinyur"}


def test_snippet_highlights_the_match_and_escapes_everything_else(client, indexed):
    with indexed():
        ArticleFactory(
            title="Keamanan",
            body="<p>Contoh serangan: &lt;script&gt;alert(1)&lt;/script&gt; lewat formulir phishing palsu.</p>",
        )
    (article,) = search.search("phishing").page.object_list
    assert "<mark>phishing</mark>" in article.snippet
    assert "&lt;script&gt;" in article.snippet and "<script>" not in article.snippet
    html = client.get("/search/", {"q": "phishing"}).content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)" in html


def test_marked_html_escapes_and_balances_markers():
    assert search.marked_html("a <b> & \ue000word\ue001 \ue001x\ue000y") == (
        "a &lt;b&gt; &amp; <mark>word</mark> x<mark>y</mark>"
    )


def test_skill_aliases_widen_the_query(client, indexed):
    with indexed():
        SkillFactory(name="Data analysis", aliases="analisis data\nanalitik data")
        ArticleFactory(title="Kursus baru", body="<p>Belajar data analysis dengan spreadsheet.</p>")
        ArticleFactory(title="Tidak cocok", body="<p>Belajar desain grafis.</p>")
    assert titles(search.search("analisis data")) == ["Kursus baru"]
    assert titles(search.search("belajar analitik data")) == ["Kursus baru"]
    html = client.get("/search/", {"q": "analisis data"}).content.decode()
    assert "Kursus baru" in html


def test_results_are_grouped_by_kind(client, indexed):
    with indexed():
        skill = SkillFactory(name="Prompt engineering", description="Menulis perintah untuk model bahasa.")
        RoleFactory(name="Prompt engineer", description="Merancang prompt.")
        ResourceFactory(title="Kursus prompt gratis", description="Dasar prompt <untuk> pemula.", skills=[skill])
        ArticleFactory(title="Era prompt engineering", body="<p>Isi.</p>")
    html = client.get("/search/", {"q": "prompt"}).content.decode()
    for heading in ('id="results-articles"', 'id="results-skills"', 'id="results-roles"', 'id="results-resources"'):
        assert heading in html
    assert html.index('id="results-articles"') < html.index('id="results-skills"') < html.index('id="results-roles"')
    assert "&lt;untuk&gt;" in html and "<untuk>" not in html
    assert "/careers/skills/" in html and "/careers/roles/" in html


# --- visibility -----------------------------------------------------------------------------------


def test_only_published_articles_are_found(client, indexed):
    now = timezone.now()
    with indexed():
        ArticleFactory(title="Terbit quasar")
        ArticleFactory(title="Draf quasar", status=Status.DRAFT, published_at=None)
        ArticleFactory(title="Ditinjau quasar", status=Status.REVIEW, published_at=None)
        ArticleFactory(title="Terjadwal quasar", published_at=now + timedelta(days=1))
        ArticleFactory(title="Kedaluwarsa quasar", expires_at=now - timedelta(minutes=1))
        ArticleFactory(title="Arsip quasar", status=Status.ARCHIVED)
    assert titles(search.search("quasar")) == ["Terbit quasar"]
    html = client.get("/search/", {"q": "quasar"}).content.decode()
    for hidden in ("Draf", "Ditinjau", "Terjadwal", "Kedaluwarsa", "Arsip"):
        assert f"{hidden} quasar" not in html


def test_a_scheduled_article_appears_at_its_time_without_reindexing(indexed):
    at = timezone.now() + timedelta(hours=2)
    with indexed():
        ArticleFactory(title="Nanti nebula", published_at=at)
    assert titles(search.search("nebula")) == []
    with time_machine.travel(at + timedelta(minutes=1)):
        assert titles(search.search("nebula")) == ["Nanti nebula"]


# --- ranking a bounded set of candidates (both databases) ----------------------------------------

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own vectors")


def cap_candidates(monkeypatch, limit: int) -> None:
    monkeypatch.setattr(search.postgres, "CANDIDATE_LIMIT", limit)
    monkeypatch.setattr(search.sqlite, "CANDIDATE_LIMIT", limit)


def test_title_and_summary_matches_come_before_newer_body_only_matches(indexed):
    now = timezone.now()
    with indexed():
        for number in range(3):
            ArticleFactory(
                title=f"Kabar {number}",
                body="<p>Tim kami memakai graphql, graphql dan graphql lagi.</p>",
                published_at=now - timedelta(minutes=10 + number),
            )
        ArticleFactory(title="Ringkasan minggu", summary="Tentang graphql.", published_at=now - timedelta(days=30))
        ArticleFactory(title="Panduan GraphQL", body="<p>Dasar.</p>", published_at=now - timedelta(days=60))
    found = titles(search.search("graphql"))
    assert found[:2] == ["Panduan GraphQL", "Ringkasan minggu"]
    assert set(found[2:]) == {"Kabar 0", "Kabar 1", "Kabar 2"}
    if connection.vendor == "postgresql":  # body-only matches are not ranked among themselves: newest first
        assert found[2:] == ["Kabar 0", "Kabar 1", "Kabar 2"]


def test_pages_follow_each_other_without_gaps_or_repeats(client, indexed):
    now = timezone.now()
    with indexed():
        for number in range(23):
            ArticleFactory(
                title=f"Laporan fotonik {number}" if number % 4 == 0 else f"Laporan {number}",
                body="<p>Riset fotonik terbaru.</p>",
                published_at=now - timedelta(minutes=number + 1),
            )
    pages = [titles(search.search("fotonik", page=number)) for number in (1, 2, 3)]
    assert [len(page) for page in pages] == [10, 10, 3]
    found = [title for page in pages for title in page]
    assert len(set(found)) == 23
    assert all("fotonik" in title for title in found[:6]) and not any("fotonik" in t for t in found[6:])
    html = client.get("/search/", {"q": "fotonik", "page": 2}).content.decode()
    assert all(f">{title}</a>" in html for title in pages[1])
    assert "23 artikel" in html
    assert client.get("/search/", {"q": "fotonik", "page": 4}).status_code == 404


def test_hidden_articles_take_no_candidate_place_and_never_show(client, indexed, monkeypatch):
    cap_candidates(monkeypatch, 2)
    now = timezone.now()
    with indexed():
        ArticleFactory(title="Terbit pulsar satu", published_at=now - timedelta(days=2))
        ArticleFactory(title="Terbit dua", body="<p>Tentang pulsar.</p>", published_at=now - timedelta(days=3))
        # Newer and better matches than both, in every state readers may not see.
        ArticleFactory(title="Draf pulsar", status=Status.DRAFT, published_at=None)
        ArticleFactory(title="Ditinjau pulsar", status=Status.REVIEW, published_at=None)
        ArticleFactory(title="Terjadwal pulsar", published_at=now + timedelta(hours=1))
        ArticleFactory(title="Kedaluwarsa pulsar", published_at=now - timedelta(hours=1), expires_at=now)
        ArticleFactory(title="Arsip pulsar", status=Status.ARCHIVED, published_at=now - timedelta(hours=1))
    results = search.search("pulsar")
    assert titles(results) == ["Terbit pulsar satu", "Terbit dua"]
    assert results.article_count == 2 and results.more_than is None
    html = client.get("/search/", {"q": "pulsar"}).content.decode()
    assert "2 artikel" in html and "Lebih dari" not in html
    for hidden in ("Draf", "Ditinjau", "Terjadwal", "Kedaluwarsa", "Arsip"):
        assert f"{hidden} pulsar" not in html


def test_the_count_says_more_than_when_the_candidates_are_capped(client, indexed, monkeypatch):
    cap_candidates(monkeypatch, 3)
    now = timezone.now()
    with indexed():
        for number in range(3):
            ArticleFactory(title=f"Lama {number}", body="<p>Soal kuantum.</p>", published_at=now - timedelta(days=9))
    html = client.get("/search/", {"q": "kuantum"}).content.decode()
    assert "3 artikel" in html and "Lebih dari" not in html  # exactly at the limit: an exact count

    with indexed():
        ArticleFactory(title="Kuantum untuk pemula", body="<p>Dasar.</p>", published_at=now - timedelta(days=30))
        for number in range(3):
            ArticleFactory(title=f"Baru {number}", body="<p>Soal kuantum.</p>", published_at=now - timedelta(hours=1))
    results = search.search("kuantum")
    assert results.more_than == 3
    # The newest matches and the newest title matches are ranked; the old title match leads.
    assert titles(results)[0] == "Kuantum untuk pemula"
    assert results.article_count == len(titles(results)) == 5
    html = client.get("/search/", {"q": "kuantum"}).content.decode()
    assert "Lebih dari 3 artikel" in html and "Menampilkan hasil terbaik" in html
    assert "5 artikel" not in html and "7 artikel" not in html
    english = client.get("/en/search/", {"q": "kuantum"}).content.decode()
    assert "More than 3 articles" in english and "Add a word to narrow your search." in english


@postgres_only
def test_the_small_vector_is_the_title_and_meta_part_of_the_full_one(indexed):
    with indexed():
        article = ArticleFactory(
            title="Judul gamma", summary="Ringkasan delta.", body="<p>Isi epsilon.</p>", tags=["zeta"]
        )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_title_vector = ts_filter(search_vector, '{a,b}'), search_title_vector::text "
            "FROM articles_article WHERE id = %s",
            [article.pk],
        )
        same, small = cursor.fetchone()
    assert same and "gamma" in small and "delta" in small and "zeta" in small and "epsilon" not in small


# --- keeping the index current --------------------------------------------------------------------


def test_index_follows_edits_tags_authors_and_deletes(indexed):
    with indexed():
        article = ArticleFactory(title="Judul lama zirkonium", body="<p>Isi pertama.</p>")
    assert titles(search.search("zirkonium")) == ["Judul lama zirkonium"]

    with indexed():
        services.article_update(article=article, by=None, title="Judul baru titanium")
    assert titles(search.search("zirkonium")) == []
    assert titles(search.search("titanium")) == ["Judul baru titanium"]

    writer = AuthorFactory(name="Bambang Kusumo")
    with indexed():
        services.article_update(article=article, by=None, tags=["mikrochip"], authors=[*article.authors.all(), writer])
    assert titles(search.search("mikrochip")) == ["Judul baru titanium"]
    assert titles(search.search("kusumo")) == ["Judul baru titanium"]

    with indexed():
        services.article_update(article=article, by=None, tags=[])
    assert titles(search.search("mikrochip")) == []

    with indexed():
        services.article_delete(article=article, by=None)
    assert titles(search.search("titanium")) == []
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {search.FTS_TABLE}")  # noqa: S608
            assert cursor.fetchone()[0] == 0


def test_a_rolled_back_save_is_not_indexed_and_later_saves_still_are(indexed):
    from django.db import transaction

    with indexed():
        article = ArticleFactory(title="Kobalt")
        try:
            with transaction.atomic():
                services.article_update(article=article, by=None, title="Nikel")
                raise RuntimeError
        except RuntimeError:
            pass
        article.refresh_from_db()
        services.article_update(article=article, by=None, title="Kobalt murni")
    assert titles(search.search("kobalt")) == ["Kobalt murni"]
    assert titles(search.search("nikel")) == []


def test_rebuild_command_indexes_everything_with_a_progress_bar():
    # Created without running on-commit hooks: the index starts empty.
    for number in range(3):
        ArticleFactory(title=f"Rebuild vanadium {number}")
    assert search.search("vanadium").article_count == 0
    out = StringIO()
    call_command("rebuild_search_index", "--batch-size", "2", stdout=out)
    assert "100%|" in out.getvalue() and "| 3/3 " in out.getvalue() and "Indexed 3 articles" in out.getvalue()
    assert search.search("vanadium").article_count == 3


# --- odd input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Ketik satu kata atau lebih"),
        ("    \t  ", "Ketik satu kata atau lebih"),
        ("!!! ??? ---", "bukan hanya tanda baca"),
        ("x" * 10_240, "hanya kata-kata pertamanya"),
        ("kata " * 2_000, "hanya kata-kata pertamanya"),
        ('AND OR NOT "unclosed (paren* NEAR/2 -minus +plus title:x ^y', None),
        ("' OR 1=1; DROP TABLE articles_article; --", None),
        ("\x00\ue000\ue001", "Ketik satu kata atau lebih"),
        ("🤖 ünïcödé 日本語", None),
    ],
)
def test_odd_queries_get_a_normal_page(client, indexed, query, message):
    with indexed():
        ArticleFactory(title="Tentang kata dan title")
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<meta name="robots" content="noindex' in html
    if message:
        assert message in html


@pytest.mark.parametrize("page", ["abc", "0", "-1", str(10**12), "2"])
def test_bad_page_numbers_are_404(client, indexed, page):
    with indexed():
        ArticleFactory(title="Satu halaman osmium")
    assert client.get("/search/", {"q": "osmium", "page": page}).status_code == 404


def test_query_is_capped():
    parsed = search.parse_query("a " * 500)
    assert len(parsed.text) <= search.MAX_QUERY_LENGTH
    assert all(len(variant) <= search.MAX_TERMS for variant in parsed.variants)


def test_search_page_is_noindex_and_the_header_form_points_to_it(client):
    response = client.get("/search/", {"q": "apa saja"})
    assert response["X-Robots-Tag"] == "noindex"
    html = response.content.decode()
    assert 'action="/search/"' in html
    assert client.get("/en/").content.decode().count('action="/en/search/"') == 1


# --- budgets --------------------------------------------------------------------------------------


def build_results(count: int) -> None:
    skill = SkillFactory(name="Cloud computing", aliases="komputasi awan")
    RoleFactory(name="Cloud architect")
    ResourceFactory(title="Cloud basics", skills=[skill])
    authors = [AuthorFactory(), AuthorFactory()]
    for number in range(count):
        ArticleFactory(title=f"Cloud {number}", body="<p>Tentang komputasi awan.</p>", tags=["a", "b"], authors=authors)


@pytest.mark.parametrize("size", [1, 25])
def test_search_query_count_does_not_grow_with_results(client, indexed, django_assert_max_num_queries, size):
    with indexed():
        build_results(size)
    client.get("/authors/")  # warm the per-process caches (site settings, section menu)
    with django_assert_max_num_queries(11):  # the first search of a content generation works it all out
        response = client.get("/search/", {"q": "cloud"})
    assert response.status_code == 200
    assert response.context["results"].article_count == size
    with django_assert_max_num_queries(8):  # the same search again reuses the kept careers matches (and ranking)
        again = client.get("/search/", {"q": "cloud"})
    assert again.content == response.content
    if size > search.ARTICLES_PER_PAGE:
        with django_assert_max_num_queries(10):
            assert client.get("/search/", {"q": "komputasi awan", "page": 2}).status_code == 200


# --- Indonesian word families, the same on SQLite and PostgreSQL (issue 27) -------------------------

# Affix pattern: (root, a sentence with an affixed form, the affixed form, a sentence with the root).
WORD_FAMILIES = {
    "me-": ("rekrut", "Perusahaan rintisan di Surabaya merekrut analis data tahun ini.", "merekrut",
            "Proses rekrut kini dibantu penyaring lamaran otomatis."),
    "mem-": ("bimbing", "Mentor senior membimbing lulusan baru selama tiga bulan.", "membimbing",
             "Program bimbing karier dibuka untuk pekerja gudang."),
    "men-": ("cegah", "Pelatihan ulang mencegah gelombang PHK berikutnya.", "mencegah",
             "Langkah cegah dini dimulai dari pemetaan keterampilan."),
    "meng-": ("ubah", "Otomatisasi mengubah pekerjaan administrasi kantor.", "mengubah",
              "Tiga hal yang berubah? Tidak, hanya satu yang ubah arah."),
    "ber-": ("latih", "Para kasir berlatih memakai mesin swalayan baru.", "berlatih",
             "Modul latih tersedia gratis di situs pemerintah."),
    "di-": ("rekam", "Setiap sesi kelas direkam untuk peserta yang berhalangan.", "direkam",
            "Tombol rekam ada di pojok kanan aplikasi."),
    "ke-": ("hilang", "Ribuan operator menghadapi kehilangan pekerjaan.", "kehilangan",
            "Data yang hilang bisa dipulihkan dari cadangan."),
    "ter-": ("baru", "Laporan terbaru memetakan keterampilan digital.", "terbaru",
             "Kurikulum baru menekankan statistik."),
    "pe-…-an": ("latih", "Anggaran pelatihan naik dua kali lipat.", "pelatihan",
                "Modul latih tersedia gratis di situs pemerintah."),
    "-kan": ("tingkat", "Kursus ini tingkatkan peluang kerja lulusan SMK.", "tingkatkan",
             "Tingkat pengangguran terbuka turun sedikit."),
    "-an": ("pilih", "Ada tiga pilihan jalur karier untuk admin gudang.", "pilihan",
            "Silakan pilih kelas malam atau akhir pekan."),
    "-i": ("kuasa", "Kuasai dasar SQL sebelum belajar dasbor.", "kuasai",
           "Pemegang kuasa anggaran adalah kepala divisi."),
    "-nya": ("formulir", "Isi formulirnya sebelum hari Jumat.", "formulirnya",
             "Formulir pendaftaran tersedia di kantor cabang."),
    "-lah": ("coba", "Cobalah kelas percobaan selama seminggu.", "cobalah",
             "Masa coba berlaku untuk peserta baru."),
    "-pun": ("siapa", "Siapapun bisa mendaftar tanpa biaya.", "siapapun",
             "Siapa yang menanggung biaya sertifikasi?"),
}  # fmt: skip


@pytest.mark.parametrize("pattern", WORD_FAMILIES)
def test_a_root_finds_its_affixed_forms_and_back(indexed, pattern):
    root, affixed_sentence, affixed, root_sentence = WORD_FAMILIES[pattern]
    with indexed():
        ArticleFactory(title="Berita A", body=f"<p>{affixed_sentence}</p>")
        ArticleFactory(title="Berita B", body=f"<p>{root_sentence}</p>")
        ArticleFactory(title="Berita lain", body="<p>Cuaca cerah di pelabuhan pagi ini.</p>")
    assert "Berita A" in titles(search.search(root)), f"{root} should find {affixed}"
    assert "Berita B" in titles(search.search(affixed)), f"{affixed} should find {root}"
    for query in (root, affixed):
        assert "Berita lain" not in titles(search.search(query))


def test_affixed_words_are_marked_in_the_snippet(indexed):
    with indexed():
        ArticleFactory(title="Kebijakan baru", body="<p>Pemerintah menerbitkan kebijakan yang melelahkan pelamar.</p>")
    (article,) = search.search("lelah").page.object_list
    assert "<mark>melelahkan</mark>" in article.snippet


def test_an_english_query_on_an_english_article_is_stemmed_in_english(indexed):
    with indexed():
        ArticleFactory(
            title="Warehouses retrain staff",
            body="<p>Three warehouses are training their workers before the scanners arrive.</p>",
            language=Language.ENGLISH,
        )
        ArticleFactory(title="Unrelated", body="<p>Port traffic was calm.</p>", language=Language.ENGLISH)
    assert titles(search.search("worker")) == ["Warehouses retrain staff"]
    assert titles(search.search("trained")) == ["Warehouses retrain staff"]


# --- careers matches: whole words, prefixes and forms of a root (issue 27) ------------------------


def careers_names(results) -> dict[str, list[str]]:
    return {
        "skills": [skill.name for skill in results.skills],
        "roles": [role.name for role in results.roles],
        "resources": [resource.title for resource in results.resources],
    }


def test_careers_match_whole_words_and_forms_of_the_root_never_inside_another_word(indexed):
    with indexed():
        SkillFactory(name="Manajemen risiko", description="Menilai risikonya sebelum proyek berjalan.")
        SkillFactory(name="Penulisan konten", description="Menyusun halaman yang berisi panduan praktis.")
        RoleFactory(name="Analis bisnis", description="Menulis analisis untuk posisi manajer.")
        RoleFactory(name="Penyunting", description="Memeriksa isi naskah sebelum terbit.")
        ResourceFactory(title="Kelas analisis data", description="Membahas posisi dan risikonya.")
    found = careers_names(search.search("isi"))
    assert found == {"skills": ["Penulisan konten"], "roles": ["Penyunting"], "resources": []}
    # A word the query begins ("analis" → "analisis"), and an affixed query finding its root.
    assert careers_names(search.search("analis"))["resources"] == ["Kelas analisis data"]
    assert careers_names(search.search("menyunting"))["roles"] == ["Penyunting"]  # one root: sunting
    assert careers_names(search.search("penulisan"))["skills"] == ["Penulisan konten"]


def test_careers_snippets_start_and_end_at_word_boundaries(indexed):
    words = " ".join(f"kata{number}" for number in range(40))
    with indexed():
        SkillFactory(name="Statistika", description=f"{words} memahami sebaran data {words}.")
    (skill,) = search.search("paham").skills
    text = skill.snippet.replace("<mark>", "").replace("</mark>", "")
    assert text.startswith("… kata") and text.endswith(" …")
    inner = text.removeprefix("… ").removesuffix(" …")
    assert f" {inner} " in f" {words} memahami sebaran data {words}. "  # whole words only, never "…ahami"
    assert "<mark>memahami</mark>" in skill.snippet


def test_an_empty_group_says_so_and_offers_close_skills(client, indexed):
    with indexed():
        SkillFactory(name="Python", slug="python")
        ArticleFactory(title="Belajar pyton sendiri", body="<p>Salah ketik yang sering muncul.</p>")
    html = client.get("/search/", {"q": "pyton"}).content.decode()
    assert "Belajar pyton sendiri" in html
    assert "Tidak ada keterampilan yang cocok dengan “pyton”." in html
    assert 'href="/careers/skills/python/">Python</a>' in html  # spelled like the query
    assert "Tidak ada peran yang cocok dengan “pyton”." in html and 'href="/careers/roles/"' in html
