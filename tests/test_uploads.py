import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from articles.models import Article, Photo

from .factories import CategoryFactory, UserFactory, jpeg_bytes
from .test_admin import ADD_URL, article_form

pytestmark = pytest.mark.django_db

EDITOR_UPLOAD_URL = "/quan-tri/tai-anh/"


def png_bytes(width, height, mode="1"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def stored_files(media_root):
    return [path for path in media_root.rglob("*") if path.is_file()]


BAD_UPLOADS = {
    "text named .jpg": (b"day khong phai la anh", "khong-phai-anh.jpg", "không phải là ảnh hợp lệ"),
    "truncated jpeg": (jpeg_bytes(400, 300)[:600], "hong.jpg", "không phải là ảnh hợp lệ"),
    "html named .png": (b"<html><script>alert(1)</script></html>", "trang.png", "không phải là ảnh hợp lệ"),
    "svg": (
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "hinh.svg",
        "không phải là ảnh hợp lệ",
    ),
    "bmp": (
        (lambda b: (Image.new("RGB", (8, 8)).save(b, "BMP"), b.getvalue())[1])(io.BytesIO()),
        "anh.bmp",
        "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.",
    ),
    "decompression bomb": (png_bytes(12000, 12000), "bom.png", "Ảnh có kích thước quá lớn"),
}


@pytest.mark.parametrize("case", BAD_UPLOADS)
def test_bad_photo_is_refused_and_nothing_is_saved(editor_client, site_settings, media_root, case):
    content, name, message = BAD_UPLOADS[case]
    category = CategoryFactory()
    form = article_form(category, **{"photos-0-upload": SimpleUploadedFile(name, content)})

    response = editor_client.post(ADD_URL, form)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()
    assert stored_files(media_root) == []


def test_a_bad_second_photo_saves_neither_the_article_nor_the_first_photo(
    editor_client, site_settings, media_root
):
    form = article_form(
        CategoryFactory(),
        **{
            "photos-TOTAL_FORMS": "2",
            "photos-1-upload": SimpleUploadedFile("gia.jpg", b"gia mao"),
            "photos-1-caption": "Ảnh hỏng",
            "photos-1-position": "2",
        },
    )

    response = editor_client.post(ADD_URL, form)

    assert response.status_code == 200
    assert not Article.objects.exists()
    assert stored_files(media_root) == []
    # The editor's text is still in the form, ready to send again.
    assert "Chi bộ thôn Đông tổ chức kết nạp đảng viên mới" in response.content.decode()


def test_oversized_photo_is_refused_with_its_size(editor_client, site_settings, settings, media_root):
    settings.IMAGE_MAX_UPLOAD_BYTES = 1000
    big = jpeg_bytes(300, 300, color=(10, 200, 30))
    assert len(big) > 1000
    form = article_form(CategoryFactory(), **{"photos-0-upload": SimpleUploadedFile("to.jpg", big)})

    response = editor_client.post(ADD_URL, form)

    assert "Ảnh quá lớn" in response.content.decode()
    assert "Dung lượng tối đa là 1000" in response.content.decode()
    assert stored_files(media_root) == []


def test_default_upload_limit_is_twenty_megabytes(settings):
    assert settings.IMAGE_MAX_UPLOAD_BYTES == 20 * 1024 * 1024


def test_stored_photo_gets_a_random_name(editor_client, site_settings, media_root):
    editor_client.post(ADD_URL, article_form(CategoryFactory()))

    [stored] = [path for path in stored_files(media_root) if "photos" in path.parts]
    assert stored.relative_to(media_root).parts[0] == "photos"
    assert "le-ket-nap" not in stored.name
    assert len(stored.stem) == 32


def test_a_stored_photo_keeps_its_size_so_pages_never_open_its_file(editor_client, site_settings, media_root):
    editor_client.post(ADD_URL, article_form(CategoryFactory()))

    assert list(Photo.objects.values_list("width", "height")) == [(64, 48)]


def test_editor_uploads_an_image_from_the_rich_text_editor(editor_client, media_root):
    response = editor_client.post(
        EDITOR_UPLOAD_URL, {"upload": SimpleUploadedFile("anh.png", png_bytes(40, 30, "RGB"))}
    )

    assert response.status_code == 200
    url = response.json()["url"]
    assert url.startswith("/media/photos/") and url.endswith(".png")
    assert (media_root / url.removeprefix("/media/")).is_file()


def test_editor_upload_refuses_a_fake_image(editor_client, media_root):
    response = editor_client.post(
        EDITOR_UPLOAD_URL, {"upload": SimpleUploadedFile("x.jpg", b"<script>alert(1)</script>")}
    )

    assert response.status_code == 400
    assert response.json() == {"error": {"message": "Tệp tải lên không phải là ảnh hợp lệ hoặc đã bị hỏng."}}
    assert stored_files(media_root) == []


@pytest.mark.parametrize("who", ["anonymous", "staff without rights", "reader account"])
def test_editor_upload_is_for_staff_who_may_write_articles(client, media_root, who):
    if who == "staff without rights":
        client.force_login(UserFactory())
    elif who == "reader account":
        client.force_login(UserFactory(is_staff=False, group="Biên tập viên"))

    response = client.post(EDITOR_UPLOAD_URL, {"upload": SimpleUploadedFile("anh.jpg", jpeg_bytes())})

    assert response.status_code == 403
    assert stored_files(media_root) == []


def test_editor_upload_needs_a_file(editor_client):
    response = editor_client.post(EDITOR_UPLOAD_URL, {})

    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Không nhận được tệp ảnh."
