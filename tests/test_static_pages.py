import pytest

from articles.models import Page

from .factories import UserFactory

pytestmark = pytest.mark.django_db


def test_about_and_contact_pages_exist_after_migrating(client, site_settings):
    about = client.get("/trang/gioi-thieu/")
    contact = client.get("/trang/lien-he/")

    assert about.status_code == contact.status_code == 200
    assert '<h1 class="page-title">Giới thiệu</h1>' in about.content.decode()
    assert '<h1 class="page-title">Liên hệ</h1>' in contact.content.decode()


def test_contact_page_shows_the_settings_details_and_hours(client, site_settings):
    site_settings.address = "Số 9 đường Mới"
    site_settings.save()

    html = client.get("/trang/lien-he/").content.decode()

    assert "Địa chỉ: Số 9 đường Mới" in html
    assert 'Gọi điện: <a href="tel:02036500163">0203.6500.163</a>' in html
    assert '<a href="mailto:bantin@example.vn">bantin@example.vn</a>' in html
    details = html[html.index('class="contact-details"') :]
    assert "Giờ mở cửa: Thứ 3 – Chủ Nhật: 7h30 - 12h00, 13h30 - 16h30; Thứ 2: nghỉ." in details
    assert 'data-opening-status="/gio-mo-cua/?v=' in details


def test_about_page_does_not_show_the_contact_block(client, site_settings):
    assert "contact-details" not in client.get("/trang/gioi-thieu/").content.decode()


def test_footer_links_to_about_and_contact(client, site_settings):
    html = client.get("/").content.decode()

    assert '<a href="/trang/gioi-thieu/">Giới thiệu</a>' in html
    assert '<a href="/trang/lien-he/">Liên hệ</a>' in html


def test_unpublished_or_unknown_page_is_404(client, site_settings):
    Page.objects.filter(slug="gioi-thieu").update(is_published=False)

    assert client.get("/trang/gioi-thieu/").status_code == 404
    assert client.get("/trang/khong-co/").status_code == 404


def test_page_slug_is_made_from_the_vietnamese_title():
    page = Page.objects.create(title="Đường dây nóng Đảng ủy")

    assert page.get_absolute_url() == "/trang/duong-day-nong-dang-uy/"


def test_page_body_is_sanitised(client, site_settings):
    page = Page.objects.create(title="Thử", body='<p onclick="x()">Chữ</p><script>alert(1)</script>')

    html = client.get(page.get_absolute_url()).content.decode()

    assert "<p>Chữ</p>" in html
    assert "alert(1)" not in html and "onclick" not in html


@pytest.mark.parametrize("group", ["Biên tập viên", "Quản trị trang"])
def test_editors_and_site_admins_edit_pages_in_the_admin(client, group):
    client.force_login(UserFactory(group=group))
    page = Page.objects.get(slug="lien-he")

    response = client.post(
        f"/quan-tri/articles/page/{page.pk}/change/",
        {"title": "Liên hệ", "slug": "lien-he", "body": "<p>Gọi cho chúng tôi.</p>", "is_published": "on"},
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.body == "<p>Gọi cho chúng tôi.</p>"
    assert page.shows_contact_details is False


@pytest.mark.parametrize("count", [1, 10])
def test_page_query_count(client, site_settings, count, django_assert_num_queries):
    for n in range(count):
        Page.objects.create(title=f"Trang {n}")
    # Cold cache: 1. the page  2. site settings  3. menu  4. the next scheduled publication
    with django_assert_num_queries(4):
        assert client.get("/trang/lien-he/").status_code == 200
    # Warm cache: none.
    with django_assert_num_queries(0):
        assert client.get("/trang/lien-he/").status_code == 200
