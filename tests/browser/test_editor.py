import re

import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.factories import CategoryFactory, UserFactory, jpeg_bytes
from tests.twofactor import enrol, type_phone_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def upload_through_the_picker(page, path, alt):
    """The form's one way to put a photo in: the picker, which also uploads (the editor has no button)."""
    page.get_by_role("button", name="Chèn ảnh (thư viện hoặc tải lên)").click()
    picker = page.locator("#photo-picker")
    picker.locator("#photo-picker-upload").set_input_files(str(path))
    expect(picker.locator(".photo-picker-progress")).to_contain_text("đã tải lên")
    picker.locator("#photo-picker-alt").fill(alt)
    picker.get_by_role("button", name="Chèn vào bài").click()
    expect(picker).to_be_hidden()


def test_editor_writes_an_article_in_the_rich_text_editor_and_readers_see_it(
    page, live_server, tmp_path, media_root
):
    CategoryFactory(name="Tin xây dựng Đảng")
    device, _ = enrol(UserFactory(username="bientap", group="Biên tập viên"))
    photo = tmp_path / "le-ket-nap.jpg"
    photo.write_bytes(jpeg_bytes(320, 200))

    page.goto(f"{live_server.url}/quan-tri/login/")
    page.fill("#id_username", "bientap")
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")
    type_phone_code(page, device)
    expect(page.locator("#site-name")).to_contain_text("Quản trị Bản tin")

    page.goto(f"{live_server.url}/quan-tri/articles/article/add/")
    page.fill("#id_title", "Chi bộ khu phố 3 kết nạp đảng viên trẻ")
    page.select_option("#id_category", label="Tin xây dựng Đảng")
    page.fill("#id_lead", "Lễ kết nạp diễn ra trang trọng tại nhà văn hóa khu phố.")
    editable = page.locator(".ck-editor__editable")
    editable.click()
    page.keyboard.type("Buổi lễ có sự tham dự của ")
    page.keyboard.press("Control+B")
    page.keyboard.type("đông đảo bà con")
    page.keyboard.press("Control+B")
    page.keyboard.type(" trong khu phố.")
    # The editor's own upload button is gone: the picker is the one way in.
    expect(page.locator(".ck-toolbar input[type=file]")).to_have_count(0)
    upload_through_the_picker(page, photo, "Đảng viên trẻ tuyên thệ")
    expect(editable.locator("img")).to_have_attribute("src", re.compile(r"^/media/photos/"))
    page.get_by_role("button", name="Đăng ngay").click()
    expect(page.locator(".messagelist")).to_contain_text("Bài đang hiện với bạn đọc")

    article = Article.objects.get()
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    expect(page.locator("h1")).to_have_text("Chi bộ khu phố 3 kết nạp đảng viên trẻ")
    expect(page.locator(".article-body strong")).to_have_text("đông đảo bà con")
    expect(page.locator(".article-body picture source")).to_have_attribute("type", "image/webp")
    expect(page.locator(".article-body img")).to_have_attribute("src", re.compile(r"^/media/renditions/"))
    expect(page.locator(".article-body img")).to_have_attribute("alt", "Đảng viên trẻ tuyên thệ")
    expect(page.locator(".meta")).to_contain_text("Lượt xem: 0")  # staff views are not counted
