"""An administrator imports a WordPress export and readers find everything on the new site."""

import pytest

from articles.models import Photo

from .importing import import_wordpress, make_uploads

pytestmark = pytest.mark.django_db


def test_an_imported_archive_reads_well_on_the_public_pages(tmp_path, client, site_settings):
    import_wordpress(uploads=str(make_uploads(tmp_path / "uploads")))

    # An old link, as readers and search engines still have it.
    response = client.get("/2019/05/ket-nap-dang-vien-moi-tai-chi-bo-3/", follow=True)
    assert response.redirect_chain == [("/bai-viet/ket-nap-dang-vien-moi-tai-chi-bo-3/", 301)]

    html = response.content.decode()
    assert '<h1 class="article-title">Kết nạp đảng viên mới tại Chi bộ 3</h1>' in html
    assert '<time datetime="2019-05-12T08:30:00+07:00">12-05-2019</time>' in html
    assert '<p class="lead">Chi bộ 3 kết nạp đảng viên mới trong không khí trang nghiêm.</p>' in html
    assert '<p class="byline">Tác giả: Nguyễn Thị Hoa</p>' in html
    assert (
        'Nguồn: <a href="https://baoquangninh.example.vn/ket-nap.html" rel="noopener">Báo Quảng Ninh</a>'
        in html
    )
    # The captioned photo stands where the [caption] stood, served as renditions, never the upload.
    photo = Photo.objects.get(import_key="wp:2019/05/le-ket-nap.jpg")
    body = html[html.index('<div class="article-body">') :]
    assert body.index("tham dự.") < body.index(photo.srcset_webp) < body.index("Ý nghĩa của buổi lễ")
    assert 'alt="Bí thư trao quyết định" width="400" height="600" loading="lazy"' in body
    assert "<figcaption>Đồng chí Bí thư Chi bộ trao quyết định kết nạp</figcaption>" in body
    assert "[ảnh" not in html and "[caption" not in html and "[su_note" not in html
    assert photo.image.url not in body

    category = client.get("/chuyen-muc/tin-xay-dung-dang/").content.decode()
    assert "Kết nạp đảng viên mới tại Chi bộ 3" in category
    assert "Bài có mã độc từ trang cũ" in category
    assert "Bản nháp về công tác cán bộ" not in category
    assert "Bài hẹn giờ đăng năm 2099" not in category

    # Block-editor post with a Vietnamese address, in a category created by the import.
    block = client.get(
        "/2019/06/h%E1%BB%99i-ngh%E1%BB%8B-h%E1%BB%8Dc-t%E1%BA%ADp/", follow=True
    ).content.decode()
    assert "<figcaption>Quang cảnh hội nghị &amp; các đại biểu</figcaption>" in block
    assert "watch?v=xyz" not in block
    assert "Hội nghị học tập Nghị quyết" in client.get("/chuyen-muc/guong-dien-hinh/").content.decode()

    home = client.get("/").content.decode()
    assert "Kết nạp đảng viên mới tại Chi bộ 3" in home
    assert photo.fallback_url in home  # the cover on the home page's card
