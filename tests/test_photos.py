import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from articles.models import Article, Photo

from .factories import (
    ArticleFactory,
    ArticleImageFactory,
    CategoryFactory,
    PhotoFactory,
    jpeg_bytes,
    jpeg_with_exif,
)
from .test_admin import ADD_URL, article_form

pytestmark = pytest.mark.django_db


def open_stored(name):
    with default_storage.open(name) as file:
        image = Image.open(io.BytesIO(file.read()))
        image.load()
        return image


def test_a_large_photo_gets_webp_and_jpeg_renditions_at_three_widths():
    photo = Photo.objects.create(image=ContentFile(jpeg_bytes(2000, 1000), name="lon.jpg"))

    assert [(r["width"], r["height"]) for r in photo.renditions] == [(480, 240), (960, 480), (1600, 800)]
    for rendition in photo.renditions:
        assert open_stored(rendition["webp"]).format == "WEBP"
        assert open_stored(rendition["jpg"]).format == "JPEG"
        assert open_stored(rendition["webp"]).size == (rendition["width"], rendition["height"])


def test_a_photo_narrower_than_the_smallest_width_keeps_its_own_size():
    photo = Photo.objects.create(image=ContentFile(jpeg_bytes(300, 200), name="nho.jpg"))

    assert [(r["width"], r["height"]) for r in photo.renditions] == [(300, 200)]


def test_a_transparent_png_gets_a_jpeg_on_white():
    buffer = io.BytesIO()
    Image.new("RGBA", (600, 300), (0, 0, 0, 0)).save(buffer, "PNG")

    photo = Photo.objects.create(image=ContentFile(buffer.getvalue(), name="trong-suot.png"))

    jpeg = open_stored(photo.renditions[0]["jpg"])
    assert jpeg.getpixel((10, 10)) == (255, 255, 255)
    assert photo.image.name.endswith(".png")


def test_exif_orientation_is_applied_and_metadata_is_gone_from_every_file():
    photo = Photo.objects.create(image=ContentFile(jpeg_with_exif(80, 40), name="nghieng.jpg"))

    # Taken sideways: stored upright, so 80×40 becomes 40×80.
    assert (photo.width, photo.height) == (40, 80)
    for name in [photo.image.name, *[r[kind] for r in photo.renditions for kind in ("webp", "jpg")]]:
        assert dict(open_stored(name).getexif()) == {}, name


def test_article_page_serves_renditions_with_srcset_sizes_and_dimensions(client, site_settings):
    image = ArticleImageFactory(photo=PhotoFactory(image=ContentFile(jpeg_bytes(1200, 800), name="a.jpg")))

    html = client.get(image.article.get_absolute_url()).content.decode()

    photo = image.photo
    assert f'<source type="image/webp" srcset="{photo.srcset_webp}"' in html
    assert "480w" in photo.srcset_webp and "960w" in photo.srcset_webp and "1200w" in photo.srcset_webp
    assert f'srcset="{photo.srcset_jpg}" sizes="(min-width: 48rem) 46rem, 100vw"' in html
    assert 'width="1200" height="800" loading="lazy"' in html
    assert photo.image.url not in html  # readers get renditions, never the upload itself


def test_body_image_from_the_editor_is_served_as_renditions(client, site_settings):
    photo = PhotoFactory(
        image=ContentFile(jpeg_bytes(1000, 500), name="than-bai.jpg"), alt_text="Ảnh thư viện"
    )
    article = ArticleFactory(
        body=f'<p>Chữ</p><figure class="image"><img src="{photo.url}" alt="Cờ đỏ"></figure>'
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert f'srcset="{photo.srcset_webp}"' in html
    assert 'alt="Cờ đỏ" width="1000" height="500"' in html


def test_editor_picks_a_photo_already_in_the_library(editor_client, site_settings, media_root):
    photo = PhotoFactory(alt_text="Hội trường tỉnh")
    files_before = sorted(media_root.rglob("*.*"))
    form = article_form(CategoryFactory(), **{"photos-0-upload": "", "photos-0-photo": str(photo.pk)})

    response = editor_client.post(ADD_URL, form)

    assert response.status_code == 302
    assert Article.objects.get().photos.get().photo == photo
    assert Photo.objects.count() == 1
    assert sorted(media_root.rglob("*.*")) == files_before


def test_a_photo_row_needs_a_library_photo_or_an_upload(editor_client, site_settings):
    form = article_form(CategoryFactory(), **{"photos-0-upload": ""})

    response = editor_client.post(ADD_URL, form)

    assert "Chọn một ảnh có sẵn trong thư viện hoặc tải ảnh mới lên." in response.content.decode()
    assert not Article.objects.exists()


def test_editor_is_warned_about_a_photo_without_alt_text_or_caption(editor_client, site_settings):
    form = article_form(CategoryFactory(), **{"photos-0-caption": "", "photos-0-alt_text": ""})

    response = editor_client.post(ADD_URL, form, follow=True)

    assert "Ảnh 1 chưa có mô tả ảnh và chú thích." in response.content.decode()


def test_a_cover_uploaded_through_the_picker_before_the_first_save_goes_to_the_library(
    editor_client, site_settings
):
    uploaded = editor_client.post(
        "/quan-tri/tai-anh/", {"upload": SimpleUploadedFile("bia.jpg", jpeg_bytes(800, 600))}
    )
    form = article_form(
        CategoryFactory(), cover=uploaded.json()["photo"]["id"], **{"photos-TOTAL_FORMS": "0"}
    )

    editor_client.post(ADD_URL, form)

    article = Article.objects.get()
    assert article.cover.width == 800
    assert len(article.cover.renditions) == 2
