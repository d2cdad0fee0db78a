import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_editor import upload_through_the_picker
from tests.factories import ArticleFactory, ArticleImageFactory, UserFactory, jpeg_bytes
from tests.twofactor import enrol, type_phone_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Added before any page script runs; CSP does not apply to what the browser itself injects.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " " + event.blockedURI + " " + (event.sample || ""));
});
"""


@pytest.fixture
def watched_page(page):
    """The page, with every CSP violation it reports, through events and through the console."""
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(RECORD_VIOLATIONS)

    def violations():
        reported = page.evaluate("window.__violations")
        refused = [text for text in console if "Content Security Policy" in text or "Refused to" in text]
        return reported + refused

    page.violations = violations
    return page


def log_in_as_an_editor(page, live_server):
    """Through the login form and the second factor, as an editor does."""
    device, _ = enrol(UserFactory(username="bientap", group="Biên tập viên"))
    page.goto(f"{live_server.url}/quan-tri/login/")
    page.fill("#id_username", "bientap")
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")
    type_phone_code(page, device)


def test_the_article_editor_works_under_the_admin_policy(watched_page, live_server, tmp_path, media_root):
    page = watched_page
    log_in_as_an_editor(page, live_server)

    photo = tmp_path / "anh.jpg"
    photo.write_bytes(jpeg_bytes(320, 200))

    response = page.goto(f"{live_server.url}/quan-tri/articles/article/add/")
    assert "style-src-attr 'unsafe-inline'" in response.headers["content-security-policy"]
    editable = page.locator(".ck-editor__editable")
    editable.click()
    page.keyboard.type("Nội dung thử ")
    page.keyboard.press("Control+B")
    page.keyboard.type("in đậm")
    expect(editable.locator("strong")).to_contain_text("in đậm")
    upload_through_the_picker(page, photo, "Ảnh thử")
    expect(editable.locator("img")).to_have_attribute("src", re.compile(r"^/media/photos/"))
    page.locator(".datetimeshortcuts a").nth(1).click()  # the publication date's calendar
    expect(page.locator(".calendarbox").first).to_be_visible()

    assert page.violations() == []


def test_an_old_articles_photo_rows_work_under_the_admin_policy(watched_page, live_server, media_root):
    page = watched_page
    log_in_as_an_editor(page, live_server)
    article = ArticleFactory(body="<p>[ảnh 1]</p>")
    ArticleImageFactory(article=article)

    page.goto(f"{live_server.url}/quan-tri/articles/article/{article.pk}/change/")
    page.locator(".add-row a").first.click()  # the inline's "add another photo"
    expect(page.locator(".inline-related:not(.empty-form)")).to_have_count(3)

    assert page.violations() == []


def test_a_public_article_page_reports_no_violation(watched_page, live_server, media_root):
    page = watched_page
    article = ArticleFactory(body="<p>Đoạn một.</p><p>[ảnh 1]</p><p>Đoạn hai.</p>")
    ArticleImageFactory(article=article, caption="Ảnh minh họa", position=1)

    response = page.goto(f"{live_server.url}{article.get_absolute_url()}")

    assert "unsafe" not in response.headers["content-security-policy"]
    expect(page.locator(".article-body figcaption")).to_have_text("Ảnh minh họa")
    page.goto(f"{live_server.url}/")
    expect(page.locator(".site-name")).to_be_visible()
    assert page.violations() == []
