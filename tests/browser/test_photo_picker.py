"""The cover chosen with thumbnails from the library; the article form's scripts under the admin's CSP."""

import re

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.test_calendar import log_in
from tests.browser.test_content_security_policy import watched_page  # noqa: F401 (a fixture)
from tests.factories import CategoryFactory, PhotoFactory, UserFactory, jpeg_bytes

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_cover_is_chosen_from_thumbnails_and_nothing_breaks_the_policy(
    watched_page,  # noqa: F811
    live_server,
    tmp_path,
):
    page = watched_page
    CategoryFactory(name="Tin xây dựng Đảng")
    UserFactory(username="bientap", group="Biên tập viên")
    cover = PhotoFactory(
        alt_text="Hội trường trang trí cờ",
        credit="Quang Minh",
        image=ContentFile(jpeg_bytes(1200, 800), name="a.jpg"),
    )
    new_cover = tmp_path / "bieu-quyet.jpg"
    new_cover.write_bytes(jpeg_bytes(1600, 1200))
    PhotoFactory(alt_text="Bãi biển Hạ Long")
    log_in(page, live_server)
    page.goto(f"{live_server.url}/quan-tri/articles/article/add/")
    page.fill("#id_title", "Hội nghị tổng kết")
    page.select_option("#id_category", label="Tin xây dựng Đảng")
    page.fill("#id_lead", "Hội nghị tổng kết năm.")

    expect(page.locator("#cover-thumbnail")).to_be_hidden()  # none yet
    page.get_by_role("button", name="Chọn ảnh đại diện (thư viện hoặc tải lên)").click()
    picker = page.locator("#photo-picker")
    expect(picker.locator(".photo-picker-tile img")).to_have_count(2)
    picker.get_by_label("Tìm theo chú thích").fill("hội trường")
    expect(picker.locator(".photo-picker-tile")).to_have_count(1)
    expect(picker.locator(".photo-picker-tile")).to_contain_text("Ảnh: Quang Minh")
    picker.locator(".photo-picker-tile").click()
    picker.get_by_role("button", name="Chọn làm ảnh đại diện").click()
    expect(page.locator("#cover-thumbnail")).to_be_visible()
    expect(page.locator(".cover-about")).to_have_text("Hội trường trang trí cờ · Ảnh: Quang Minh")
    expect(page.locator("#id_cover")).to_have_value(str(cover.pk))
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã lưu bản nháp")
    assert Article.objects.get().cover == cover

    # Reopened, the form shows the cover beside its field; it can be removed, or another one uploaded.
    expect(page.locator("#cover-thumbnail")).to_have_attribute(
        "src", re.compile(r"^/media/renditions/.*-480\.jpg$")
    )
    expect(page.locator(".cover-about")).to_contain_text("Hội trường trang trí cờ")
    page.get_by_role("button", name="Bỏ ảnh đại diện").click()
    expect(page.locator("#cover-thumbnail")).to_be_hidden()
    expect(page.locator("#id_cover")).to_have_value("")
    page.get_by_role("button", name="Chọn ảnh đại diện (thư viện hoặc tải lên)").click()
    picker.locator("#photo-picker-upload").set_input_files(str(new_cover))
    expect(picker.locator(".photo-picker-progress")).to_contain_text("đã tải lên")
    picker.locator("#photo-picker-alt").fill("Đại biểu biểu quyết")
    picker.get_by_label("Tác giả ảnh").fill("Thu Hà")
    picker.get_by_role("button", name="Chọn làm ảnh đại diện").click()
    expect(page.locator(".cover-about")).to_have_text("Đại biểu biểu quyết · Ảnh: Thu Hà")
    expect(page.get_by_role("button", name="Đổi ảnh đại diện")).to_be_visible()
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã lưu bản nháp")

    article = Article.objects.get()
    assert article.cover != cover and article.cover.credit == "Thu Hà"
    assert page.violations() == []
