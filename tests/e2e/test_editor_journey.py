"""The newsroom in the admin: a writer drafts and submits, an editor reviews, shares and publishes."""

import re
from datetime import datetime, timedelta
from io import BytesIO
from zoneinfo import ZoneInfo

import pytest
from PIL import Image as PILImage
from playwright.sync_api import Page, expect

from tests.e2e.conftest import STAFF_PASSWORD

pytestmark = pytest.mark.e2e

TITLE = "Uji Redaksi: Pelatihan AI untuk Pekerja Gudang"
SUMMARY = "Tiga gudang di Bekasi melatih ulang pekerjanya sebelum robot pemindai datang."
LINK = "https://example.org/laporan-gudang"
PICTURE_ALT = "Grafik jam pelatihan per pekerja"
WRONG_SUMMARY = "Ringkasan keliru: robot pemindai sudah dipasang di semua gudang."
LATER_SUMMARY = "Tiga gudang di Bekasi melatih ulang pekerjanya sebelum robot pemindai tiba tahun depan."
NEWSROOM_TIME_ZONE = ZoneInfo("Asia/Jakarta")  # settings.TIME_ZONE: the admin's date and time fields are in it


def _log_in(page: Page, username: str) -> None:
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", STAFF_PASSWORD)
    page.locator("input[type=submit]").click()
    expect(page.locator("#editorial-dashboard")).to_be_visible()


def _png(path) -> None:
    buffer = BytesIO()
    PILImage.new("RGB", (800, 450), "#2a7fba").save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())


def _upload_picture(page: Page, tmp_path) -> str:
    """Upload a picture to the library through the picker and return the address to paste."""
    picture = tmp_path / "grafik.png"
    _png(picture)
    page.goto("/admin/")
    page.locator("#editorial-dashboard").get_by_role("link", name="Picture library").click()
    page.set_input_files("#id_file", str(picture))
    page.fill("#id_alt_text", PICTURE_ALT)
    page.fill("#id_caption", "Jam pelatihan per pekerja, 2025")
    page.locator("form[enctype] input[type=submit]").click()
    expect(page.locator(".messagelist li").first).to_be_visible()
    page.fill("#picker-q", "Grafik jam")
    page.locator("#picker-q").press("Enter")
    item = page.locator(".picker-grid li").filter(has_text=PICTURE_ALT)
    expect(item).to_have_count(1)
    return item.locator("input[readonly]").input_value()


def _write_body(page: Page, picture_url: str) -> None:
    """Write the body with the rich-text editor: a heading, a paragraph with a link, a list and a picture."""
    editor = page.locator(".ProseMirror[contenteditable=true]")
    menu = page.locator(".prose-menubar")
    editor.click()
    page.keyboard.type("Robot pemindai mulai dipasang bulan depan.")
    page.keyboard.press("Enter")
    menu.locator(".prose-menubar__selected").click()
    menu.locator("button[data-name=heading2]").click()
    page.keyboard.type("Apa yang dipelajari pekerja")
    page.keyboard.press("Enter")
    page.keyboard.type("Rinciannya ada di ")
    page.keyboard.type("laporan resmi")
    for _ in "laporan resmi":
        page.keyboard.press("Shift+ArrowLeft")
    menu.locator("button[data-name=link]").click()
    dialog = page.locator("dialog.prose-editor-dialog[open]")
    dialog.locator("input[name=href]").fill(LINK)
    dialog.locator("button[type=submit]").click()
    page.keyboard.press("End")
    page.keyboard.type(" perusahaan.")
    page.keyboard.press("Enter")
    menu.locator("button[data-name=bulletList]").click()
    page.keyboard.type("Membaca dasbor stok")
    page.keyboard.press("Enter")
    page.keyboard.type("Merawat pemindai")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    menu.locator("button[data-name=figure]").click()
    dialog.locator("input[name=imageUrl]").fill(picture_url)
    dialog.locator("input[name=altText]").fill(PICTURE_ALT)
    dialog.locator("input[name=caption]").fill("Jam pelatihan per pekerja")
    dialog.locator("button[type=submit]").click()
    expect(editor.locator("h2")).to_have_text("Apa yang dipelajari pekerja")
    expect(editor.locator("ul li")).to_have_count(2)
    expect(editor.locator(f'a[href="{LINK}"]')).to_have_text("laporan resmi")
    expect(editor.locator("figure img")).to_have_count(1)


def _choose_section(page: Page, name: str) -> None:
    page.locator(".field-category .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(name)
    page.locator(".select2-results__option", has_text=re.compile(rf"^{re.escape(name)}$")).click()
    expect(page.locator(".field-category .select2-selection__rendered")).to_contain_text(name)


def _workflow_step(page: Page, action: str) -> None:
    page.locator(f"a.workflow-{action}").click()
    page.locator(".submit-row input[type=submit]").click()
    expect(page.locator(".messagelist li").first).to_be_visible()


def _assert_article_as_readers_see_it(page: Page, picture_url: str) -> None:
    expect(page.locator("h1")).to_have_text(TITLE)
    body = page.locator(".article-body")
    expect(body.locator("h2")).to_have_text("Apa yang dipelajari pekerja")
    expect(body.locator("ul li")).to_have_text(["Membaca dasbor stok", "Merawat pemindai"])
    expect(body.locator(f'a[href="{LINK}"]')).to_have_text("laporan resmi")
    picture = body.locator("figure img")
    expect(picture).to_have_attribute("alt", PICTURE_ALT)
    expect(picture).to_have_attribute("src", picture_url)
    expect(picture).to_have_attribute("srcset", re.compile(r"\S+ \d+w"))  # drawn from the library's renditions
    assert picture.evaluate("img => img.complete && img.naturalWidth > 0")


def _writer_drafts_and_submits(writer: Page, section: str, tmp_path, shot) -> str:
    """The writer uploads a picture, drafts the article with the rich-text editor and submits it.

    Return the picture's address.
    """
    _log_in(writer, "writer")
    shot(writer, "writer-dashboard")
    picture_url = _upload_picture(writer, tmp_path)
    writer.goto("/admin/")
    writer.locator("#editorial-dashboard").get_by_role("link", name="Write an article").click()
    writer.locator("#id_title").press_sequentially(TITLE)
    expect(writer.locator("#id_slug")).to_have_value(re.compile(r"^uji-redaksi-pelatihan-ai"))
    writer.fill("#id_summary", SUMMARY)
    _write_body(writer, picture_url)
    _choose_section(writer, section)
    writer.fill("#id_new_tags", "pelatihan ulang")
    shot(writer, "writer-draft")
    writer.locator("input[name=_continue]").first.click()
    expect(writer.locator(".messagelist li").first).to_be_visible()
    expect(writer.locator(".field-status_label .readonly")).to_have_text("Draft")
    assert not writer.locator("a.workflow-publish").count(), "a writer must not be offered Publish"
    _workflow_step(writer, "submit")
    expect(writer.locator(".field-status_label .readonly")).to_contain_text("review", ignore_case=True)
    shot(writer, "writer-submitted")
    return picture_url


def _editor_previews_it(editor: Page, picture_url: str, shot) -> None:
    """The editor finds the article waiting on the dashboard and previews it as readers will see it."""
    _log_in(editor, "editor")
    waiting = editor.locator("#editorial-dashboard table").filter(has_text="Awaiting review")
    waiting.get_by_role("link", name=TITLE).click()
    expect(editor.locator("#id_title")).to_have_value(TITLE)
    shot(editor, "editor-change-form")
    with editor.context.expect_page() as preview_opened:
        editor.locator(".object-tools a", has_text="Preview").first.click()
    preview = preview_opened.value
    preview.viewport_name = "desktop"
    preview.wait_for_load_state()
    expect(preview.locator(".preview-banner")).to_be_visible()
    expect(preview.locator('meta[name="robots"]')).to_have_attribute("content", re.compile("noindex"))
    _assert_article_as_readers_see_it(preview, picture_url)
    shot(preview, "editor-preview")
    preview.close()


def _guest_opens_the_shared_preview(editor: Page, open_page, site, picture_url: str, shot) -> None:
    """A shareable preview link works for a guest who is not logged in, and is kept out of search engines."""
    editor.locator(".object-tools a", has_text="Share a preview link").click()
    editor.get_by_role("button", name="Make a new preview link").click()
    expect(editor.locator(".messagelist li").first).to_be_visible()
    link = editor.locator("#preview-link").input_value()
    assert re.match(rf"^{re.escape(site.url)}(/en)?/preview/[\w:.-]+/$", link), link
    guest = open_page("phone")
    guest.goto(link)
    expect(guest.locator(".preview-banner")).to_be_visible()
    expect(guest.locator('meta[name="robots"]')).to_have_attribute("content", re.compile("noindex"))
    _assert_article_as_readers_see_it(guest, picture_url)
    shot(guest, "guest-preview")
    # The source asks for the story to be pulled: the editor revokes every link, and the guest's stops working.
    editor.get_by_role("button", name="Revoke every link").click()
    expect(editor.locator("#preview-links")).to_have_count(0)
    revoked = guest.request.get(link)  # (a 404 the page watcher would count as a problem if navigated to)
    assert revoked.status == 404 and TITLE not in revoked.text() and "preview-banner" not in revoked.text()


def _editor_schedules_it_ahead(editor: Page, open_page, shot):
    """The editor schedules it ten minutes ahead; return (change_url, when, the dashboard's scheduled table).

    It is listed as scheduled in the newsroom, and readers do not see it yet.
    """
    change_url = editor.url.split("share/")[0]
    editor.goto(change_url)
    when = datetime.now(NEWSROOM_TIME_ZONE).replace(second=0, microsecond=0) + timedelta(minutes=10)
    editor.locator("a.workflow-publish").click()
    editor.fill("#id_at_0", when.strftime("%Y-%m-%d"))
    editor.fill("#id_at_1", when.strftime("%H:%M"))
    editor.locator(".submit-row input[type=submit]").click()
    expect(editor.locator(".messagelist li").first).to_be_visible()
    expect(editor.locator(".field-status_label .readonly")).to_contain_text("Scheduled for")
    expect(editor.locator(".field-published_at #id_published_at_1")).to_have_value(when.strftime("%H:%M:%S"))
    editor.goto("/admin/")
    scheduled = editor.locator("#editorial-dashboard table").filter(has_text="Scheduled next")
    expect(scheduled.get_by_role("link", name=TITLE)).to_be_visible()
    shot(editor, "editor-dashboard-scheduled")
    early_reader = open_page("phone")
    early_reader.goto("/")
    expect(early_reader.locator(".lead-story")).to_be_visible()
    expect(early_reader.get_by_text(TITLE)).to_have_count(0)
    assert TITLE not in early_reader.request.get("/feed/").text()
    return change_url, when, scheduled


def _editor_publishes_it_now(editor: Page, scheduled, when: datetime) -> None:
    """The editor changes their mind and publishes it now, clearing the schedule."""
    scheduled.get_by_role("link", name=TITLE).click()
    editor.locator("a.workflow-publish").click()
    expect(editor.locator("#id_at_1")).to_have_value(when.strftime("%H:%M:%S"))  # the schedule, to change
    editor.fill("#id_at_0", "")
    editor.fill("#id_at_1", "")
    editor.locator(".submit-row input[type=submit]").click()
    expect(editor.locator(".messagelist li").first).to_be_visible()
    expect(editor.locator(".field-published_at #id_published_at_1")).not_to_have_value(when.strftime("%H:%M:%S"))
    expect(editor.locator(".field-status_label .readonly")).to_contain_text("Published")


def _reader_finds_it_everywhere(reader: Page, section: str, picture_url: str, shot) -> str:
    """Readers find it on the home page, in its section and in the feed; return the article's address."""
    reader.goto("/")
    expect(reader.locator(".card-title, .lead-title").filter(has_text=TITLE).first).to_be_visible()
    shot(reader, "home-with-new-article")
    reader.locator("a", has_text=TITLE).first.click()
    _assert_article_as_readers_see_it(reader, picture_url)
    expect(reader.locator(".article-summary")).to_have_text(SUMMARY)
    expect(reader.locator(".preview-banner")).to_have_count(0)
    expect(reader.locator(".article-tags a[rel=tag]")).to_have_text(["pelatihan ulang"], ignore_case=True)
    article_url = reader.url
    reader.locator(".breadcrumbs a", has_text=section).click()
    expect(reader.locator("h1")).to_have_text(section)
    expect(reader.locator(".card-title").filter(has_text=TITLE)).to_be_visible()
    feed = reader.request.get("/feed/")
    assert feed.ok
    assert TITLE in feed.text()
    return article_url


def _editor_restores_the_earlier_revision(
    editor: Page, reader: Page, change_url: str, article_url: str, picture_url: str, shot
) -> None:
    """The editor saves a wrong summary, then restores the earlier revision from the history; readers see it."""
    editor.goto(change_url)
    editor.fill("#id_summary", WRONG_SUMMARY)
    editor.locator("input[name=_continue]").first.click()
    expect(editor.locator(".messagelist li").first).to_be_visible()
    reader.goto(article_url)
    expect(reader.locator(".article-summary")).to_have_text(WRONG_SUMMARY)
    editor.locator(".object-tools a.historylink").click()
    revisions = editor.locator("#change-history tbody tr")
    expect(revisions.first).to_be_visible()
    # The newest revision reads in words: the summary's words struck and added, the time in the site's zone.
    newest = revisions.first
    expect(newest.locator(".revision-changes del").first).to_contain_text("Tiga gudang")
    expect(newest.locator(".revision-changes ins").first).to_contain_text("Ringkasan keliru")
    expect(newest.locator("td").nth(3)).to_have_text(re.compile(r"\d:\d\d [ap]\.m\. WIB$"))
    expect(editor.locator("#change-history")).not_to_contain_text("<p>")
    shot(editor, "editor-history")
    revisions.nth(1).locator("td a").first.click()
    expect(editor.locator("#id_summary")).to_have_value(SUMMARY)
    expect(editor.locator("#id_title")).to_have_value(TITLE)
    expect(editor.locator(".field-tags .select2-selection__choice")).to_contain_text(["pelatihan ulang"])
    shot(editor, "editor-restore-form")
    editor.locator("input[name=_save]").first.click()
    expect(editor.locator(".messagelist li").first).to_be_visible()
    reader.reload()
    expect(reader.locator(".article-summary")).to_have_text(SUMMARY)
    _assert_article_as_readers_see_it(reader, picture_url)
    expect(reader.locator(".article-tags a[rel=tag]")).to_have_text(["pelatihan ulang"], ignore_case=True)
    shot(reader, "article-after-restore")


def _two_editors_save_at_once(editor: Page, open_page, change_url: str, shot) -> None:
    """Another editor saves while this one edits: this save is refused with the difference, its text kept."""
    other = open_page("desktop", locale="en-US")
    _log_in(other, "editor")
    editor.goto(change_url)
    other.goto(change_url)
    other.fill("#id_title", f"{TITLE} (diperbarui)")
    other.locator("input[name=_continue]").first.click()
    expect(other.locator(".messagelist li").first).to_be_visible()

    editor.fill("#id_summary", LATER_SUMMARY)
    editor.locator("input[name=_continue]").first.click()
    differences = editor.locator("#stale-changes")
    expect(differences).to_be_visible()
    expect(differences.locator("del")).to_contain_text(["(diperbarui)", "datang."])
    expect(differences.locator("ins")).to_contain_text(["tiba tahun depan."])
    expect(editor.locator("#id_summary")).to_have_value(LATER_SUMMARY)
    shot(editor, "editor-stale-save")

    # Having seen the difference, the editor saves again: their text is kept.
    editor.locator("input[name=_continue]").first.click()
    expect(editor.locator(".messagelist li.success")).to_be_visible()
    expect(editor.locator("#id_summary")).to_have_value(LATER_SUMMARY)
    expect(editor.locator("#id_title")).to_have_value(TITLE)


def test_writer_drafts_and_editor_reviews_schedules_publishes_and_restores(browser, site, open_page, shot, tmp_path):
    section = site.facts["section_name"]

    # The writer uploads a picture and drafts an article with the rich-text editor, then submits it.
    writer = open_page("desktop", locale="en-US")
    picture_url = _writer_drafts_and_submits(writer, section, tmp_path, shot)

    # The editor finds it waiting on the dashboard and previews it as readers will see it.
    editor = open_page("desktop", locale="en-US")
    _editor_previews_it(editor, picture_url, shot)

    # A shareable preview link works for a guest who is not logged in, and is kept out of search engines.
    _guest_opens_the_shared_preview(editor, open_page, site, picture_url, shot)

    # The editor schedules it ahead: it is listed as scheduled in the newsroom, and readers do not see it yet.
    # (Ten minutes ahead, so nothing below races the clock; the scheduler itself is covered by unit tests.)
    change_url, when, scheduled = _editor_schedules_it_ahead(editor, open_page, shot)

    # The editor changes their mind and publishes it now; readers find it on the home page, in its section
    # and in the feed.
    _editor_publishes_it_now(editor, scheduled, when)
    reader = open_page("phone")
    article_url = _reader_finds_it_everywhere(reader, section, picture_url, shot)

    # The editor saves a wrong summary, then restores the earlier revision from the article's history;
    # readers see the restored text.
    _editor_restores_the_earlier_revision(editor, reader, change_url, article_url, picture_url, shot)

    # Another editor saves while this one edits: the later save shows the difference and keeps its text.
    _two_editors_save_at_once(editor, open_page, change_url, shot)
