"""File inputs speak Vietnamese: the browser's own "Choose Files" / "No file chosen" are covered by a styled
button and the names chosen, and the input stays what a click, the keyboard and a screen reader reach."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_calendar import log_in
from tests.browser.test_content_security_policy import watched_page  # noqa: F401 (a fixture)
from tests.factories import UserFactory, jpeg_bytes

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_pickers_upload_field_is_in_vietnamese_and_still_reached_by_keyboard(
    watched_page,  # noqa: F811
    live_server,
    tmp_path,
):
    page = watched_page
    UserFactory(username="bientap", group="Biên tập viên")
    photos = [tmp_path / "le-chao-co.jpg", tmp_path / "toan-canh.jpg"]
    for path in photos:
        path.write_bytes(jpeg_bytes(640, 480))
    log_in(page, live_server)
    page.goto(f"{live_server.url}/quan-tri/articles/article/add/")
    page.get_by_role("button", name="Chèn ảnh (thư viện hoặc tải lên)").click()
    picker = page.locator("#photo-picker")

    choice = picker.locator(".file-choice")
    expect(choice.locator(".file-choice-button")).to_have_text("Chọn ảnh (được nhiều)…")
    expect(choice.locator(".file-choice-names")).to_have_text("Chưa chọn tệp nào")
    upload = picker.get_by_label("Tải ảnh mới lên")
    # Transparent over the button: the browser's English is not seen, the input is still what a click reaches.
    assert upload.evaluate("input => getComputedStyle(input).opacity") == "0"
    box, button = upload.bounding_box(), choice.locator(".file-choice-button").bounding_box()
    assert box["x"] <= button["x"] and box["x"] + box["width"] >= button["x"] + button["width"]
    upload.focus()
    outline = choice.locator(".file-choice-button").evaluate("b => getComputedStyle(b).outlineStyle")
    assert outline == "solid"  # the focus is seen on the button

    uploads = []  # one file after another: an editor's twenty photos must not hold every worker at once
    page.on("request", lambda r: uploads.append("sent") if "/tai-anh/" in r.url else None)
    page.on("response", lambda r: uploads.append("answered") if "/tai-anh/" in r.url else None)
    upload.set_input_files([str(path) for path in photos])
    expect(picker.locator(".photo-picker-progress li")).to_have_count(2)
    expect(picker.locator(".photo-picker-progress")).not_to_contain_text("không tải lên được")
    expect(picker.locator(".photo-picker-progress li").nth(1)).to_contain_text("đã tải lên")
    expect(picker.locator(".photo-picker-progress li").nth(0)).to_contain_text("đã tải lên")
    assert uploads == ["sent", "answered", "sent", "answered"]
    expect(choice.locator(".file-choice-names")).to_have_text("Chưa chọn tệp nào")  # sent, and emptied
    assert page.violations() == []


def test_the_photo_library_form_names_the_chosen_file_in_vietnamese(watched_page, live_server, tmp_path):  # noqa: F811
    page = watched_page
    UserFactory(username="bientap", group="Biên tập viên")
    photo = tmp_path / "hoi-nghi.jpg"
    photo.write_bytes(jpeg_bytes(640, 480))
    log_in(page, live_server)
    page.goto(f"{live_server.url}/quan-tri/articles/photo/add/")

    choice = page.locator(".file-choice")
    expect(choice.locator(".file-choice-button")).to_have_text("Chọn ảnh…")
    expect(choice.locator(".file-choice-names")).to_have_text("Chưa chọn tệp nào")
    page.locator("#id_image").set_input_files(str(photo))
    expect(choice.locator(".file-choice-names")).to_have_text("hoi-nghi.jpg")

    # A form sent with an error says so in Vietnamese in the page title too.
    page.fill("#id_alt_text", "x" * 10)
    page.evaluate("document.querySelector('#id_image').removeAttribute('required')")
    page.locator("#id_image").set_input_files([])
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page).to_have_title(re.compile(r"^Lỗi: "))
    assert page.violations() == []
