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


def image_bytes(image_format, **options):
    buffer = io.BytesIO()
    frames = [Image.new("RGB", (32, 24), color) for color in [(200, 0, 0), (0, 200, 0)]]
    if image_format == "GIF":
        frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], **options)
    else:
        frames[0].save(buffer, image_format, **options)
    return buffer.getvalue()


def png_with_text(text):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", text)
    return image_bytes("PNG", pnginfo=info)


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
        "Chỉ nhận ảnh JPEG, PNG, WebP, GIF hoặc HEIC.",
    ),
    "decompression bomb": (png_bytes(12000, 12000), "bom.png", "Ảnh có kích thước quá lớn"),
    "png with a page appended": (
        image_bytes("PNG") + b"<html><script>alert(1)</script></html>",
        "anh.png",
        "không phải là ảnh hợp lệ",
    ),
    "gif with a script appended": (
        image_bytes("GIF") + b"*/=alert(1)//",
        "anh.gif",
        "không phải là ảnh hợp lệ",
    ),
    "webp with bytes appended": (image_bytes("WEBP") + b"alert(1)", "anh.webp", "không phải là ảnh hợp lệ"),
    "png with a script in a text chunk": (
        png_with_text("<script>alert(1)</script>"),
        "anh.png",
        "không phải là ảnh hợp lệ",
    ),
    "gif with markup in a comment": (
        image_bytes("GIF", comment=b"<svg onload=alert(1)>"),
        "anh.gif",
        "không phải là ảnh hợp lệ",
    ),
    "jpeg with an event handler in a comment": (
        image_bytes("JPEG", comment=b'<img src=x onerror="alert(1)">'),
        "anh.jpg",
        "không phải là ảnh hợp lệ",
    ),
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


GOOD_UPLOADS = {
    "jpeg": (image_bytes("JPEG", comment=b"Anh chup tai hoi truong"), "anh.jpg"),
    "jpeg with a video appended, as phones write motion photos": (
        image_bytes("JPEG") + b"\x00\x00\x00\x18ftypmp42" + bytes(200),
        "chuyen-dong.jpg",
    ),
    "jpeg with a video after Samsung's motion photo marker": (
        image_bytes("JPEG") + b"MotionPhoto_Data\x00\x00\x00\x18ftypisom" + bytes(200),
        "chuyen-dong-samsung.jpg",
    ),
    "png with a plain text chunk": (png_with_text("Ảnh của Ban Tuyên giáo"), "anh.png"),
    "animated gif": (image_bytes("GIF", duration=200, loop=0), "dong.gif"),
    "webp": (image_bytes("WEBP"), "anh.webp"),
}


@pytest.mark.parametrize("case", GOOD_UPLOADS)
def test_real_photos_of_every_accepted_kind_are_taken(editor_client, site_settings, media_root, case):
    content, name = GOOD_UPLOADS[case]
    form = article_form(CategoryFactory(), **{"photos-0-upload": SimpleUploadedFile(name, content)})

    response = editor_client.post(ADD_URL, form)

    assert response.status_code == 302, response.context and response.context["errors"]
    # Stored re-encoded, in its own format, with its renditions.
    [photo] = Photo.objects.all()
    assert photo.image.name.rsplit(".", 1)[1] == name.rsplit(".", 1)[1]
    assert Image.open(photo.image.path).format == Image.open(io.BytesIO(content)).format
    assert photo.renditions


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


def test_a_form_body_over_five_megabytes_is_refused_before_any_view_reads_it(editor_client):
    response = editor_client.post(ADD_URL, {"body": "x" * (5 * 1024 * 1024 + 1)})

    assert response.status_code == 400
    assert not Article.objects.exists()


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


def test_uploaded_photos_are_served_with_their_image_type_and_nosniff(client, editor_client, media_root):
    url = editor_client.post(
        EDITOR_UPLOAD_URL, {"upload": SimpleUploadedFile("anh.png", png_bytes(40, 30, "RGB"))}
    ).json()["url"]

    response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
