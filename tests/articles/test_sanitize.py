"""Hostile bodies stored through the admin and the shell come out of the public page with no executable markup."""

from html.parser import HTMLParser

import pytest

from articles import services
from articles.models import Article
from articles.sanitize import sanitize_html
from tests.articles.test_admin import change_data
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, ImageFactory, staff_user

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src="/media/x.png" onerror="alert(1)">',
    '<img src="x" onerror=alert(1)>',
    '<a href="javascript:alert(1)">klik</a>',
    '<a href="JaVaScRiPt:alert(1)">klik</a>',
    '<a href="&#106;avascript:alert(1)">klik</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
    "<svg onload=alert(1)><circle r=1></svg>",
    '<p style="background:url(javascript:alert(1))">gaya</p>',
    '<iframe src="https://evil.example/"></iframe>',
    '<object data="evil.swf"></object><embed src="evil.swf">',
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<p><b onclick="alert(1)">tebal</p></b>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<form action="https://evil.example"><input name="q"><button>kirim</button></form>',
    "<style>body{display:none}</style>",
    '<img src="https://evil.example/pixel.png">',
    '<img src="//evil.example/pixel.png">',
    '<img src="/media/../../etc/passwd">',
    '<img src="/media/%2e%2e/secret.png">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<base href="https://evil.example/">',
    '<div onmouseover="alert(1)">hover</div>',
    "<!--<script>alert(1)</script>-->",
    '<a href="https://example.com" target="_blank" onfocus="alert(1)">ok</a>',
]
EXECUTABLE_TAGS = {
    "script",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "style",
    "form",
    "input",
    "meta",
    "base",
    "link",
}


class BodyInspector(HTMLParser):
    """Collect every tag and attribute inside <div class="article-body …">."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.tags.append((tag, attrs))
            if tag == "div":
                self.depth += 1
        elif tag == "div" and "article-body" in (dict(attrs).get("class") or ""):
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and tag == "div":
            self.depth -= 1


def assert_harmless(tags):
    for tag, attrs in tags:
        assert tag not in EXECUTABLE_TAGS, tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert name != "style", tag
            if name in {"href", "src"} and value:
                lowered = value.strip().lower()
                assert not lowered.startswith(("javascript:", "data:", "vbscript:")), value
                if tag == "img":
                    assert lowered.startswith("/media/") and ".." not in lowered, value


@pytest.mark.django_db
@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_body_via_admin_is_harmless_on_public_page(client, payload):
    editor = staff_user("Editor", "e")
    article = ArticleFactory(body="<p>Awal.</p>")
    client.force_login(editor)
    body = f"<p>Awal.</p>{payload}<p>Akhir.</p>"
    response = client.post(f"/admin/articles/article/{article.pk}/change/", change_data(article, body=body))
    assert response.status_code == 302
    stored = Article.objects.get(pk=article.pk).body
    assert "<script" not in stored.lower() and "javascript:" not in stored.lower()

    client.logout()
    html = client.get(article.get_absolute_url()).content.decode()
    inspector = BodyInspector()
    inspector.feed(html)
    assert_harmless(inspector.tags)
    assert "Akhir." in html


@pytest.mark.django_db
def test_shell_path_is_sanitised_too():
    article = services.article_create(
        by=None, title="T", slug="t", summary="S", category=CategoryFactory(), authors=[AuthorFactory()],
        body='<p onclick="x()">Hai</p><script>alert(1)</script>',
    )  # fmt: skip
    assert Article.objects.get(pk=article.pk).body == "<p>Hai</p>"
    services.article_update(article=article, by=None, body='<p>Lagi</p><img src=x onerror="alert(1)">')
    body = Article.objects.get(pk=article.pk).body
    assert body.startswith("<p>Lagi</p>") and "onerror" not in body and "src" not in body


@pytest.mark.django_db
def test_editor_output_survives():
    image = ImageFactory()
    url = image.fallback_url
    html = (
        "<h2>Judul</h2><p><strong>tebal</strong> <em>miring</em> <code>x = 1</code> "
        '<a href="https://example.com/">tautan</a></p><ul><li><p>satu</p></li></ul><ol><li><p>dua</p></li></ol>'
        f'<blockquote><p>kutipan</p></blockquote><figure><img src="{url}" alt="Grafik"><figcaption>Keterangan</figcaption>'
        "</figure><pre><code>print(1)</code></pre>"
    )
    clean = sanitize_html(html)
    for fragment in ["<h2>", "<strong>", "<em>", "<blockquote>", "<figure>", f'src="{url}"', "<figcaption>", "<pre>"]:
        assert fragment in clean
    assert 'rel="noopener noreferrer nofollow"' in clean


def test_foreign_and_tricky_image_sources_are_dropped():
    for src in [
        "https://evil.example/a.png",
        "//evil.example/a.png",
        "/media/../x",
        "/media/%2e%2e/x",
        "/static/x.png",
    ]:
        assert "src=" not in sanitize_html(f'<img src="{src}" alt="x">'), src
