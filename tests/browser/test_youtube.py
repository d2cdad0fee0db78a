"""A YouTube address pasted in the editor asks for a title; readers get a poster and no third-party request
until they press play."""

import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.test_calendar import log_in
from tests.factories import CategoryFactory, UserFactory

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASTE_TEXT = """(text) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const editable = document.querySelector('.ck-editor__editable');
  editable.focus();
  editable.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
}"""


def test_a_pasted_youtube_address_becomes_a_titled_clip_played_only_on_a_click(page, live_server):
    CategoryFactory(name="Tin xây dựng Đảng")
    UserFactory(username="bientap", group="Biên tập viên")
    elsewhere = []
    page.on(
        "request",
        lambda request: None if request.url.startswith(live_server.url) else elsewhere.append(request.url),
    )
    log_in(page, live_server)
    page.goto(f"{live_server.url}/quan-tri/articles/article/add/")
    page.fill("#id_title", "Lễ kết nạp đảng viên mới ở thôn Đông")
    page.select_option("#id_category", label="Tin xây dựng Đảng")
    page.fill("#id_lead", "Buổi lễ được ghi lại.")
    page.locator(".ck-editor__editable").click()
    page.keyboard.type("Mời xem lại buổi lễ.")
    page.keyboard.press("Enter")

    page.evaluate(PASTE_TEXT, "https://youtu.be/dQw4w9WgXcQ")
    page.get_by_label("Tiêu đề đoạn phim").fill("Lễ kết nạp đảng viên mới")
    page.get_by_role("button", name="Chèn phim").click()
    # In the editor, a block with a poster drawn by CSS and the title; no picture from YouTube.
    clip = page.locator(".ck-editor__editable figure.editor-video")
    expect(clip).to_be_visible()
    expect(clip.locator(".editor-video-title")).to_have_text("Lễ kết nạp đảng viên mới")
    expect(clip).to_have_attribute("contenteditable", "false")
    assert clip.bounding_box()["height"] > 150
    expect(page.locator(".ck-editor__editable a")).to_have_count(0)
    page.get_by_role("button", name="Đăng ngay").click()
    page.get_by_role("button", name="Vẫn đăng").click()  # no cover photo
    expect(page.locator(".messagelist")).to_contain_text("Bài đang hiện với bạn đọc")
    # The form, opened again on the stored article, shows the clip as the same block.
    expect(clip.locator(".editor-video-title")).to_have_text("Lễ kết nạp đảng viên mới")
    page.wait_for_load_state("networkidle")
    assert elsewhere == []  # nothing from YouTube in the form either

    article = Article.objects.get()
    page.context.clear_cookies()
    page.route("https://www.youtube-nocookie.com/**", lambda route: route.abort())
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    play = page.get_by_role("button", name="Phát video: Lễ kết nạp đảng viên mới")
    expect(play).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert elsewhere == []

    play.click()
    frame = page.locator("iframe.video-frame")
    expect(frame).to_have_attribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")
    expect(frame).to_have_attribute("title", "Lễ kết nạp đảng viên mới")
    page.wait_for_load_state("networkidle")
    assert elsewhere and all(url.startswith("https://www.youtube-nocookie.com/embed/") for url in elsewhere)
