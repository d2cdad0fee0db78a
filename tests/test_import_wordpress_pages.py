"""WordPress pages become static pages, with their photos and their old addresses."""

import pytest

from articles.models import Page, Photo

from .importing import import_wordpress, make_uploads, write_export

pytestmark = pytest.mark.django_db

CAPTIONED = (
    "Ban Tuyên giáo tỉnh.\n\n"
    '[caption]<img src="/wp-content/uploads/2019/06/h%E1%BB%99i-ngh%E1%BB%8B.jpg" alt="Trụ sở">'
    " Trụ sở cơ quan[/caption]\n\nĐiện thoại: 0203.6500.163"
)


def page_post(**fields):
    return {
        "post_type": "page",
        "post_id": "201",
        "title": "Về chúng tôi",
        "post_name": "ve-chung-toi",
        **fields,
    }


def test_a_page_becomes_a_static_page_with_its_captioned_photo_in_place(tmp_path, client, site_settings):
    uploads = make_uploads(tmp_path / "uploads")
    import_wordpress(
        str(write_export(tmp_path / "e.xml", page_post(content=CAPTIONED))), uploads=str(uploads)
    )

    page = Page.objects.get(slug="ve-chung-toi")
    photo = Photo.objects.get(import_key="wp:2019/06/hội-nghị.jpg")
    assert page.is_published
    assert page.body == (
        "<p>Ban Tuyên giáo tỉnh.</p>\n"
        f'<figure class="image"><img src="{photo.url}" alt="Trụ sở">'
        "<figcaption>Trụ sở cơ quan</figcaption></figure>\n"
        "<p>Điện thoại: 0203.6500.163</p>"
    )
    assert "<figcaption>Trụ sở cơ quan</figcaption>" in client.get("/trang/ve-chung-toi/").content.decode()


def test_the_old_address_and_page_id_link_answer_301(tmp_path, client, site_settings):
    post = page_post(link="http://cu.example.vn/gioi-thieu/ve-chung-toi/")
    import_wordpress(str(write_export(tmp_path / "e.xml", post)))

    for old in ["/gioi-thieu/ve-chung-toi/", "/?page_id=201"]:
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == "/trang/ve-chung-toi/"


def test_a_draft_page_comes_hidden_and_its_old_address_stays_404(tmp_path, client, site_settings):
    post = page_post(status="draft", link="http://cu.example.vn/?page_id=201")
    import_wordpress(str(write_export(tmp_path / "e.xml", post)))

    assert not Page.objects.get(slug="ve-chung-toi").is_published
    assert client.get("/trang/ve-chung-toi/").status_code == 404


def test_a_private_page_is_skipped(tmp_path):
    report = import_wordpress(str(write_export(tmp_path / "e.xml", page_post(status="private"))))

    assert not Page.objects.filter(slug="ve-chung-toi").exists()
    assert "trang #201 «Về chúng tôi»: bài riêng tư (private)" in report


def test_our_own_page_with_the_same_address_is_never_overwritten(tmp_path):
    ours = Page.objects.get(slug="gioi-thieu")  # made by the migrations
    post = page_post(title="Giới thiệu", post_name="gioi-thieu", content="Nội dung từ trang cũ.")

    report = import_wordpress(str(write_export(tmp_path / "e.xml", post)))

    assert Page.objects.get(pk=ours.pk).body == ours.body
    assert Page.objects.get(slug="gioi-thieu-2").body == "<p>Nội dung từ trang cũ.</p>"
    assert "trang #201 «Giới thiệu»: gioi-thieu → gioi-thieu-2" in report


def test_an_edited_page_is_updated_and_an_unchanged_one_left_alone(tmp_path):
    import_wordpress(str(write_export(tmp_path / "e.xml", page_post(content="Cũ."))))
    updated_at = Page.objects.get(slug="ve-chung-toi").updated_at

    assert "Trang tĩnh: 0 mới, 0 cập nhật, 1 không đổi" in import_wordpress(
        str(write_export(tmp_path / "e.xml", page_post(content="Cũ.")))
    )
    assert Page.objects.get(slug="ve-chung-toi").updated_at == updated_at

    assert "Trang tĩnh: 0 mới, 1 cập nhật, 0 không đổi" in import_wordpress(
        str(write_export(tmp_path / "e.xml", page_post(content="Mới.")))
    )
    assert Page.objects.get(slug="ve-chung-toi").body == "<p>Mới.</p>"
