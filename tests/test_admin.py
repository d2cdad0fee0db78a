import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article, SiteSettings

from .factories import ArticleFactory, CategoryFactory, UserFactory, jpeg_bytes

pytestmark = pytest.mark.django_db

ADD_URL = "/quan-tri/articles/article/add/"
SETTINGS_URL = "/quan-tri/articles/sitesettings/1/change/"


def article_form(category, **overrides):
    """What the admin's add form posts: the article and one captioned photo in the inline."""
    data = {
        "title": "Chi bộ thôn Đông tổ chức kết nạp đảng viên mới",
        "slug": "",
        "category": category.pk,
        "lead": "Sáng nay, chi bộ thôn Đông kết nạp hai đảng viên mới.",
        "body": "<p>Đoạn mở đầu.</p><p>[ảnh 1]</p><p>Đoạn kết.</p>",
        "source_name": "Báo Quảng Ninh",
        "source_url": "",
        "status": "published",
        "published_at_0": "2021-01-14",
        "published_at_1": "08:00:00",
        "photos-TOTAL_FORMS": "1",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
        "photos-0-upload": SimpleUploadedFile("le-ket-nap.jpg", jpeg_bytes(), "image/jpeg"),
        "photos-0-caption": "Các đảng viên mới tuyên thệ",
        "photos-0-alt_text": "Hai đảng viên mới đứng trước cờ Đảng",
        "photos-0-position": "1",
    }
    data.update(overrides)
    return data


def test_editor_adds_an_article_with_a_captioned_photo_and_readers_see_it(
    client, editor_client, site_settings
):
    category = CategoryFactory(name="Tin xây dựng Đảng")

    response = editor_client.post(ADD_URL, article_form(category))

    assert response.status_code == 302, response.context and response.context["errors"]
    article = Article.objects.get()
    assert article.slug == "chi-bo-thon-dong-to-chuc-ket-nap-dang-vien-moi"
    client.logout()
    listing = client.get("/chuyen-muc/tin-xay-dung-dang/").content.decode()
    assert "Chi bộ thôn Đông tổ chức kết nạp đảng viên mới" in listing
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<figcaption>Các đảng viên mới tuyên thệ</figcaption>" in page
    assert "Ngày <time" in page and "14-01-2021</time>" in page
    assert "Nguồn: Báo Quảng Ninh" in page


def test_admin_speaks_vietnamese(editor_client):
    html = editor_client.get(ADD_URL).content.decode()

    assert "Thêm bài viết" in html
    assert 'lang="vi"' in html


def test_article_list_searches_and_filters(editor_client):
    category = CategoryFactory()
    ArticleFactory(title="Học tập nghị quyết", category=category)
    ArticleFactory(title="Kết nạp đảng viên", category=category, status=Article.Status.DRAFT)

    found = editor_client.get("/quan-tri/articles/article/", {"q": "nghị quyết"}).content.decode()
    drafts = editor_client.get("/quan-tri/articles/article/", {"status__exact": "draft"}).content.decode()

    assert "Học tập nghị quyết" in found and "Kết nạp đảng viên" not in found
    assert "Kết nạp đảng viên" in drafts and "Học tập nghị quyết" not in drafts


def test_view_counter_is_read_only_in_the_admin(editor_client):
    article = ArticleFactory(view_count=155)

    html = editor_client.get(f"/quan-tri/articles/article/{article.pk}/change/").content.decode()

    assert 'name="view_count"' not in html
    assert "155" in html


def test_site_admin_changes_the_phone_and_every_page_shows_it(client, site_admin_client, site_settings):
    response = site_admin_client.post(
        SETTINGS_URL,
        {
            "site_name": "Bản tin Xây dựng Đảng",
            "tagline": "",
            **{f"hours_{day}": "7h30 - 11h30, 13h30 - 16h30" for day in range(1, 7)},
            "address": "Số 1 đường Trung Tâm",
            "phone": "0203.3999.999",
            "email": "bantin@example.vn",
            "facebook_url": "",
            "youtube_url": "",
            "zalo": "",
            "footer_note": "",
        },
    )

    assert response.status_code == 302
    client.logout()
    html = client.get("/").content.decode()
    assert 'Gọi điện: <a href="tel:02033999999">0203.3999.999</a>' in html
    assert "Giờ mở cửa: Thứ 3 – Chủ Nhật: 7h30 - 11h30, 13h30 - 16h30; Thứ 2: nghỉ." in html
    assert "zalo-button" not in html


def test_site_settings_refuse_closing_before_opening(site_admin_client, site_settings):
    response = site_admin_client.post(
        SETTINGS_URL, {"site_name": "Bản tin", "hours_1": "12h00 - 7h30, 13h30 - 16h30"}
    )

    assert response.status_code == 200
    assert "“12h00 - 7h30”: giờ đóng cửa phải sau giờ mở cửa." in response.content.decode()
    assert SiteSettings.load().weekly_hours["1"][0] == ["07:30", "12:00"]


def test_site_settings_list_opens_the_one_record(site_admin_client):
    response = site_admin_client.get("/quan-tri/articles/sitesettings/")

    assert response.status_code == 302
    assert response.url == SETTINGS_URL


def test_editor_cannot_change_the_site_settings(editor_client, site_settings):
    assert editor_client.get(SETTINGS_URL).status_code == 403
    response = editor_client.post(SETTINGS_URL, {"site_name": "Bị sửa", "phone": "000"})

    assert response.status_code == 403
    assert SiteSettings.load().phone == "0203.6500.163"


def test_editor_cannot_manage_users(editor_client):
    assert editor_client.get("/quan-tri/auth/user/").status_code == 403


def test_site_admin_manages_users(site_admin_client):
    assert site_admin_client.get("/quan-tri/auth/user/").status_code == 200


def test_staff_without_a_group_cannot_touch_articles(client):
    client.force_login(UserFactory())

    assert client.get(ADD_URL).status_code == 403
