"""The seed article written as an editor would, in one save: photos from the library and one uploaded,
placed in the text with captions and a credit, a YouTube clip, a date typed 14/01/2021, a reload restored
from the autosave; then read as a reader."""

import datetime
import re

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article, ArticleAutosave, ArticleRevision, Photo
from tests.browser.test_calendar import log_in
from tests.browser.test_youtube import PASTE_TEXT
from tests.factories import CategoryFactory, PhotoFactory, UserFactory, jpeg_bytes

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def place_from_library(page, search, caption, credit=""):
    page.get_by_role("button", name="Chèn ảnh (thư viện hoặc tải lên)").click()
    picker = page.locator("#photo-picker")
    picker.get_by_label("Tìm theo chú thích").fill(search)
    # The search answers after a pause in typing: until then the grid shows the whole library.
    expect(picker.locator(".photo-picker-tile")).to_have_count(1)
    picker.locator(".photo-picker-tile").click()
    picker.get_by_label("Chú thích", exact=True).fill(caption)
    if credit:
        picker.get_by_label("Tác giả ảnh").fill(credit)
    picker.get_by_role("button", name="Chèn vào bài").click()
    expect(picker).to_be_hidden()


def test_the_seed_article_is_written_with_photos_in_place_a_clip_and_one_save(page, live_server, tmp_path):
    CategoryFactory(name="Tin xây dựng Đảng")
    UserFactory(username="bientap", group="Biên tập viên")
    for alt in ["Cờ Đảng trên hội trường", "Toàn cảnh hội nghị"]:
        PhotoFactory(alt_text=alt, image=ContentFile(jpeg_bytes(1200, 800), name="anh.jpg"))
    new_photo = tmp_path / "tuyen-the.jpg"
    new_photo.write_bytes(jpeg_bytes(1600, 1200))
    log_in(page, live_server)
    page.goto(f"{live_server.url}/quan-tri/articles/article/add/")

    page.fill("#id_title", "Chi bộ thôn Đông kết nạp hai đảng viên mới")
    page.select_option("#id_category", label="Tin xây dựng Đảng")
    page.fill("#id_lead", "Sáng 14-1, chi bộ thôn Đông tổ chức lễ kết nạp hai đảng viên mới.")
    editable = page.locator(".ck-editor__editable")
    editable.click()
    page.keyboard.type("Buổi lễ diễn ra trang trọng tại nhà văn hóa thôn.")
    page.keyboard.press("Enter")
    place_from_library(page, "Cờ Đảng", "Lễ chào cờ mở đầu buổi lễ", credit="Minh Anh")
    expect(editable.locator("figure figcaption")).to_have_text("Lễ chào cờ mở đầu buổi lễ")
    # The credit is the photo's own field, kept in the library, not a line of the caption.
    assert Photo.objects.get(alt_text="Cờ Đảng trên hội trường").credit == "Minh Anh"
    # The first autosave comes a few seconds after typing: a longer wait than the default 5 s.
    expect(page.locator("#autosave-status")).to_contain_text("Đã tự lưu lúc", timeout=15_000)

    # Saved on the server a few seconds after the photo was placed (not only by the beacon on leaving,
    # which the next page may be rendered before).
    for _ in range(75):
        if "Lễ chào cờ" in (ArticleAutosave.objects.values_list("data__body", flat=True).first() or ""):
            break
        page.wait_for_timeout(200)

    # Mid-way, the page is reloaded (a crash, a closed tab): the autosave brings everything back.
    page.on("dialog", lambda dialog: dialog.accept())
    page.reload()
    page.get_by_role("button", name="Khôi phục bản tự lưu").click()
    expect(page.locator("#id_title")).to_have_value("Chi bộ thôn Đông kết nạp hai đảng viên mới")
    expect(editable.locator("figcaption")).to_contain_text("Lễ chào cờ mở đầu buổi lễ")

    editable.locator("p").first.click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("Đồng chí Bí thư chi bộ trao quyết định kết nạp.")
    place_from_library(page, "hội nghị", "Toàn cảnh buổi lễ")

    page.get_by_role("button", name="Chèn ảnh (thư viện hoặc tải lên)").click()
    picker = page.locator("#photo-picker")
    picker.locator("#photo-picker-upload").set_input_files(str(new_photo))
    expect(picker.locator(".photo-picker-progress")).to_contain_text("đã tải lên")
    picker.locator("#photo-picker-alt").fill("Hai đảng viên mới tuyên thệ trước cờ Đảng")
    picker.get_by_label("Chú thích", exact=True).fill("Các đảng viên mới tuyên thệ")
    picker.get_by_role("button", name="Chèn vào bài").click()
    expect(editable.locator("img")).to_have_count(3)

    page.keyboard.press("Enter")
    page.evaluate(PASTE_TEXT, "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    page.get_by_label("Tiêu đề đoạn phim").fill("Lễ kết nạp đảng viên ở thôn Đông")
    page.get_by_role("button", name="Chèn phim").click()

    page.fill("#id_source_name", "Báo Quảng Ninh")
    page.fill("#id_published_at_0", "14/01/2021")
    page.fill("#id_published_at_1", "08:00")
    expect(page.locator("#publish-warnings li")).to_have_count(0)  # the cover: the body's first photo
    page.get_by_role("button", name="Đăng ngay").click()
    expect(page.locator(".messagelist")).to_contain_text(
        "Bài đang hiện với bạn đọc, đăng lúc 08:00 ngày 14-01-2021"
    )

    article = Article.objects.get()
    assert ArticleRevision.objects.count() == 1  # one save
    assert timezone.localtime(article.published_at).replace(tzinfo=None) == datetime.datetime(2021, 1, 14, 8)
    first_photo = re.search(r'<img src="([^"]+)"', article.body).group(1)
    assert article.cover.url == first_photo  # the cover: the first photo of the body

    page.context.clear_cookies()
    elsewhere = []
    page.on("request", lambda r: None if r.url.startswith(live_server.url) else elsewhere.append(r.url))
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    body = page.locator(".article-body")
    expect(body.locator("figure picture")).to_have_count(3)
    expect(body.locator("figure img").first).to_have_attribute("src", re.compile(r"^/media/renditions/"))
    captions = body.locator("figure:has(picture) figcaption")
    expect(captions).to_have_count(3)
    shown = captions.all_inner_texts()
    assert "Lễ chào cờ mở đầu buổi lễ\nẢnh: Minh Anh" in shown
    credit = captions.filter(has_text="Lễ chào cờ").locator(".photo-credit")
    expect(credit).to_have_text("Ảnh: Minh Anh")
    # Its own line under the caption, in the caption's width.
    caption_box = captions.filter(has_text="Lễ chào cờ").bounding_box()
    credit_box = credit.bounding_box()
    assert credit_box["y"] >= caption_box["y"] + 0.4 * caption_box["height"]
    assert {"Toàn cảnh buổi lễ", "Các đảng viên mới tuyên thệ"} <= set(shown)
    expect(page.get_by_role("button", name="Phát video: Lễ kết nạp đảng viên ở thôn Đông")).to_be_visible()
    expect(page.locator(".meta")).to_contain_text("14-01-2021")
    page.wait_for_load_state("networkidle")
    assert elsewhere == []
