"""Nothing typed is lost: autosave while typing and on leaving, a warning before leaving, restore."""

import pytest
from playwright.sync_api import expect

from articles.models import ArticleAutosave
from tests.browser.test_calendar import log_in
from tests.factories import CategoryFactory, UserFactory

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reloaded_page_offers_back_what_was_typed_including_the_last_seconds(page, live_server):
    CategoryFactory(name="Tin xây dựng Đảng")
    UserFactory(username="bientap", group="Biên tập viên")
    log_in(page, live_server)
    page.goto(f"{live_server.url}/quan-tri/articles/article/add/")
    page.fill("#id_title", "Hội nghị Ban Chấp hành Đảng bộ tỉnh")
    page.select_option("#id_category", label="Tin xây dựng Đảng")
    page.locator(".ck-editor__editable").click()
    page.keyboard.type("Đoạn thứ nhất của bài.")
    # The first autosave comes a few seconds after typing: a longer wait than the default 5 s.
    expect(page.locator("#autosave-status")).to_contain_text("Đã tự lưu lúc", timeout=15_000)
    page.keyboard.press("Enter")
    page.keyboard.type("Đoạn gõ ngay trước khi tải lại trang.")

    # Leaving with changes not saved asks first; reloading anyway sends the last words as a beacon.
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.accept()))
    page.reload()
    assert dialogs == ["beforeunload"]
    # The beacon may be answered after the new page was rendered: wait for it, then open the form again.
    last_words = "Đoạn gõ ngay trước khi tải lại trang."
    for _ in range(50):
        if last_words in ArticleAutosave.objects.get().data.get("body", ""):
            break
        page.wait_for_timeout(200)
    assert last_words in ArticleAutosave.objects.get().data["body"]
    page.reload()

    expect(page.locator("#autosave-offer")).to_contain_text("Khôi phục bản tự lưu lúc")
    page.get_by_text("So sánh với bản đã lưu").click()
    expect(page.locator("#autosave-offer ins").first).to_be_visible()
    page.get_by_role("button", name="Khôi phục bản tự lưu").click()
    expect(page.locator("#id_title")).to_have_value("Hội nghị Ban Chấp hành Đảng bộ tỉnh")
    editable = page.locator(".ck-editor__editable")
    expect(editable).to_contain_text("Đoạn thứ nhất của bài.")
    expect(editable).to_contain_text("Đoạn gõ ngay trước khi tải lại trang.")
    page.fill("#id_lead", "Sapo của bài.")
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã lưu bản nháp")
    assert not ArticleAutosave.objects.exists()
    # Saved: leaving now asks nothing.
    page.goto(f"{live_server.url}/quan-tri/")
    assert dialogs == ["beforeunload"]
