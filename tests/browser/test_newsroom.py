import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.factories import CategoryFactory, UserFactory
from tests.twofactor import enrol, type_phone_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, base_url, username, device=None):
    page.context.clear_cookies()
    page.goto(f"{base_url}/quan-tri/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")
    if device is not None:
        type_phone_code(page, device)
    expect(page.locator("#site-name")).to_be_visible()


def test_writer_submits_an_article_and_an_editor_publishes_it(page, live_server, media_root):
    CategoryFactory(name="Tin xây dựng Đảng")
    UserFactory(username="phongvien", group="Phóng viên")
    editors_phone, _ = enrol(UserFactory(username="bientap", group="Biên tập viên"))

    log_in(page, live_server.url, "phongvien")
    page.goto(f"{live_server.url}/quan-tri/articles/article/add/")
    page.fill("#id_title", "Đoàn viên thanh niên ra quân làm sạch bãi biển")
    page.select_option("#id_category", label="Tin xây dựng Đảng")
    page.fill("#id_lead", "Hơn 200 đoàn viên tham gia buổi ra quân sáng Chủ nhật.")
    page.locator(".ck-editor__editable").click()
    page.keyboard.type("Buổi ra quân thu gom được hai tấn rác thải nhựa.")
    # The writer can only keep a draft or send it for review.
    assert page.locator(".publish-button").all_inner_texts() == ["Gửi duyệt", "Lưu nháp"]
    page.get_by_role("button", name="Gửi duyệt").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã gửi duyệt")
    article = Article.objects.get()
    assert article.status == Article.Status.REVIEW
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    expect(page.locator("h1")).to_have_text("Không tìm thấy trang")

    log_in(page, live_server.url, "bientap", editors_phone)
    page.goto(f"{live_server.url}/quan-tri/articles/article/?status__exact=review")
    page.click("text=Đoàn viên thanh niên ra quân làm sạch bãi biển")
    page.get_by_role("button", name="Đăng ngay").click()
    # No cover photo: the box asks before publishing.
    expect(page.locator("#publish-confirm")).to_contain_text("Bài chưa có ảnh đại diện.")
    page.get_by_role("button", name="Vẫn đăng").click()
    expect(page.locator(".messagelist")).to_contain_text("Bài đang hiện với bạn đọc")

    page.context.clear_cookies()
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    expect(page.locator("h1")).to_have_text("Đoàn viên thanh niên ra quân làm sạch bãi biển")
    expect(page.locator(".article-body")).to_contain_text("hai tấn rác thải nhựa")
