"""Photos come from the uploads folder only, pass the checks an upload passes, and are stored once."""

import io
import unicodedata

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from articles.models import Article, Photo

from .factories import jpeg_bytes
from .importing import import_wordpress, make_uploads, write_export

pytestmark = pytest.mark.django_db


@pytest.fixture
def uploads(tmp_path):
    return make_uploads(tmp_path / "uploads")


def captioned(article):
    return [(image.photo.import_key, image.caption, image.alt_text) for image in article.photos.all()]


def test_a_caption_shortcode_becomes_a_captioned_photo_where_it_stood(uploads):
    import_wordpress(uploads=str(uploads))

    article = Article.objects.get(slug="ket-nap-dang-vien-moi-tai-chi-bo-3")
    # Linked by its 300×200 copy, the photo is the original it was cut from.
    assert captioned(article) == [
        (
            "wp:2019/05/le-ket-nap.jpg",
            "Đồng chí Bí thư Chi bộ trao quyết định kết nạp",
            "Bí thư trao quyết định",
        )
    ]
    assert article.body.index("tham dự.</p>") < article.body.index("<p>[ảnh 1]</p>")
    assert article.body.index("<p>[ảnh 1]</p>") < article.body.index("<h2>Ý nghĩa")


def test_image_blocks_become_captioned_photos_in_reading_order(uploads):
    import_wordpress(uploads=str(uploads))

    article = Article.objects.get(slug="hoi-nghi-hoc-tap")
    assert captioned(article) == [
        ("wp:2019/06/hội-nghị.jpg", "Quang cảnh hội nghị & các đại biểu", "Toàn cảnh hội nghị"),
        # Only the resized copy is in the folder: it is used as it is.
        ("wp:2019/06/dai-bieu-1024x683.jpg", "", "Đại biểu phát biểu"),
    ]
    assert article.body.count("[ảnh 1]") == 1 and article.body.count("[ảnh 2]") == 1


def test_a_vietnamese_file_name_in_nfd_form_is_found(tmp_path):
    # Copied from a Mac, "hội-nghị.jpg" is stored decomposed; the body links it percent-encoded (NFC).
    name = unicodedata.normalize("NFD", "hội-nghị.jpg")
    (tmp_path / "2020" / "03").mkdir(parents=True)
    (tmp_path / "2020" / "03" / name).write_bytes(jpeg_bytes(50, 40))
    content = '<img src="/wp-content/uploads/2020/03/h%E1%BB%99i-ngh%E1%BB%8B.jpg" alt="Hội nghị">'

    import_wordpress(str(write_export(tmp_path / "e.xml", {"content": content})), uploads=str(tmp_path))

    assert Photo.objects.get().import_key == "wp:2020/03/hội-nghị.jpg"


def test_an_old_style_caption_attribute_is_read(tmp_path):
    (tmp_path / "2020" / "03").mkdir(parents=True)
    (tmp_path / "2020" / "03" / "a.jpg").write_bytes(jpeg_bytes())
    content = '[caption caption="Chú thích kiểu cũ"]<img src="/wp-content/uploads/2020/03/a.jpg" />[/caption]'

    import_wordpress(str(write_export(tmp_path / "e.xml", {"content": content})), uploads=str(tmp_path))

    assert Article.objects.get().photos.get().caption == "Chú thích kiểu cũ"


def test_a_featured_image_becomes_the_cover_with_the_media_librarys_alt_text(uploads):
    import_wordpress(uploads=str(uploads))

    cover = Article.objects.get(slug="ket-nap-dang-vien-moi-tai-chi-bo-3").cover
    assert cover.import_key == "wp:2019/05/le-ket-nap.jpg"
    assert cover.alt_text == "Lễ kết nạp đảng viên"


def test_one_file_used_by_several_posts_and_sizes_is_stored_once(uploads, media_root):
    import_wordpress(uploads=str(uploads))

    # le-ket-nap.jpg is the cover and the caption of one post and, as -150x150, inline in another.
    assert Photo.objects.filter(import_key="wp:2019/05/le-ket-nap.jpg").count() == 1
    assert Photo.objects.count() == 3
    assert len(list((media_root / "photos").rglob("*.*"))) == 3


def test_an_inline_image_stays_in_its_sentence_as_a_library_photo(uploads):
    import_wordpress(uploads=str(uploads))

    photo = Photo.objects.get(import_key="wp:2019/05/le-ket-nap.jpg")
    body = Article.objects.get(slug="bai-co-ma-doc").body
    # The link to the full-size file on the old site goes; the photo is ours.
    assert f'Ảnh trong dòng: <img src="{photo.url}" alt="Ảnh nhỏ"> ở giữa câu.' in body


def test_imported_photos_are_cleaned_and_cut_into_renditions(uploads):
    import_wordpress(uploads=str(uploads))

    photo = Photo.objects.get(import_key="wp:2019/05/le-ket-nap.jpg")
    # Taken sideways (EXIF orientation 6) with a GPS position: stored upright, without any metadata.
    assert (photo.width, photo.height) == (400, 600)
    with default_storage.open(photo.image.name) as file:
        assert dict(Image.open(io.BytesIO(file.read())).getexif()) == {}
    assert [r["width"] for r in photo.renditions] == [400]


def test_missing_refused_and_foreign_images_are_reported_and_the_article_still_comes(uploads):
    report = import_wordpress(uploads=str(uploads))

    assert Article.objects.filter(slug="bai-co-ma-doc").exists()
    assert "Ảnh thiếu hoặc hỏng (bài vẫn được nhập, không có ảnh đó): 3" in report
    assert "2019/05/khong-co.jpg: không có trong thư mục ảnh (bài #108" in report
    assert "2019/05/khong-phai-anh.jpg: Tệp tải lên không phải là ảnh hợp lệ hoặc đã bị hỏng." in report
    assert "https://tracker.example/pixel.gif: ảnh không nằm trong wp-content/uploads, không chép" in report
    body = Article.objects.get(slug="bai-co-ma-doc").body
    assert "khong-co.jpg" not in body and "tracker" not in body and "khong-phai-anh" not in body


def test_a_missing_captioned_photo_leaves_no_marker(tmp_path):
    content = 'Trước.\n\n[caption]<img src="/wp-content/uploads/2020/03/mat.jpg"> Chú thích[/caption]\n\nSau.'

    import_wordpress(str(write_export(tmp_path / "e.xml", {"content": content})), uploads=str(tmp_path))

    article = Article.objects.get()
    assert article.body == "<p>Trước.</p>\n<p>Sau.</p>"
    assert not article.photos.exists()


def test_an_address_leading_out_of_the_uploads_folder_is_never_opened(tmp_path):
    secret = tmp_path / "bi-mat.jpg"
    secret.write_bytes(jpeg_bytes())
    (tmp_path / "uploads").mkdir()
    content = '<img src="/wp-content/uploads/../bi-mat.jpg"><img src="/wp-content/uploads/%2e%2e/bi-mat.jpg">'

    report = import_wordpress(
        str(write_export(tmp_path / "e.xml", {"content": content})), uploads=str(tmp_path / "uploads")
    )

    assert not Photo.objects.exists()
    assert "../bi-mat.jpg: không có trong thư mục ảnh" in report


def test_the_media_count_is_reported(uploads):
    assert "Ảnh chép vào thư viện ảnh: 3" in import_wordpress(uploads=str(uploads))


def test_without_uploads_the_articles_come_and_every_photo_is_reported_missing(tmp_path):
    content = 'Chữ <img src="/wp-content/uploads/2020/03/a.jpg">'
    export = write_export(tmp_path / "e.xml", {"content": content})

    report = import_wordpress(str(export))

    assert Article.objects.get().body == "<p>Chữ </p>"
    assert "Không có --uploads" in report
    assert "2020/03/a.jpg: không có trong thư mục ảnh" in report


def test_links_to_the_old_sites_documents_are_kept_and_counted(tmp_path):
    content = (
        'Tải <a href="http://cu.example.vn/wp-content/uploads/2020/03/nghi-quyet.pdf">nghị quyết</a> và '
        '<a href="/wp-content/uploads/2020/03/phu-luc.docx">phụ lục</a>.'
    )

    report = import_wordpress(str(write_export(tmp_path / "e.xml", {"content": content})))

    assert (
        'href="http://cu.example.vn/wp-content/uploads/2020/03/nghi-quyet.pdf"' in Article.objects.get().body
    )
    assert (
        "Liên kết tới tệp của trang cũ (PDF, DOC…) vẫn trỏ về địa chỉ cũ, cần chép tệp sang nơi khác: 2 tệp"
        in report
    )


def test_a_gallery_blocks_photos_become_captioned_photos_and_its_caption_a_paragraph(tmp_path):
    for name in ["a", "b"]:
        (tmp_path / "2020" / "03").mkdir(parents=True, exist_ok=True)
        (tmp_path / "2020" / "03" / f"{name}.jpg").write_bytes(jpeg_bytes())
    content = (
        '<!-- wp:gallery {"linkTo":"none"} --><figure class="wp-block-gallery has-nested-images">'
        '<!-- wp:image --><figure class="wp-block-image"><img src="/wp-content/uploads/2020/03/a.jpg" '
        'alt="Ảnh A"/><figcaption>Chú thích A</figcaption></figure><!-- /wp:image -->'
        '<!-- wp:image --><figure class="wp-block-image"><img src="/wp-content/uploads/2020/03/b.jpg" '
        'alt="Ảnh B"/></figure><!-- /wp:image -->'
        '<figcaption class="blocks-gallery-caption">Một buổi sinh hoạt chi bộ</figcaption></figure>'
        "<!-- /wp:gallery -->"
    )

    import_wordpress(str(write_export(tmp_path / "e.xml", {"content": content})), uploads=str(tmp_path))

    article = Article.objects.get()
    assert captioned(article) == [
        ("wp:2020/03/a.jpg", "Chú thích A", "Ảnh A"),
        ("wp:2020/03/b.jpg", "", "Ảnh B"),
    ]
    assert article.body == "<p>[ảnh 1]</p>\n<p>[ảnh 2]</p>\n<p>Một buổi sinh hoạt chi bộ</p>"
