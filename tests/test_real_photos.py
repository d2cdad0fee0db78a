"""Photos as phones, cameras and designers send them: taken, cleaned of metadata, rendered; tricks refused."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from PIL import ExifTags, Image

from articles.images import HEIC_MESSAGE, INVALID_IMAGE_MESSAGE
from articles.models import Photo

from . import realistic_photos
from .factories import ArticleFactory, PhotoFactory
from .importing import import_wordpress, make_uploads
from .realistic_photos import CAMERA_COMMENT, camera_exif, exif_with_thumbnail, noisy_thumbnail, phone_jpeg

pytestmark = pytest.mark.django_db

PHOTO_ADD_URL = "/quan-tri/articles/photo/add/"
EDITOR_UPLOAD_URL = "/quan-tri/tai-anh/"
# The check this branch replaced ran this pattern over the whole upload, compressed image data included.
OLD_CHECK = re.compile(
    rb"<\s*(script|html|body|iframe|svg|object|embed|meta|a\s|img\s|\?php)|javascript:|\bon\w+\s*=",
    re.IGNORECASE,
)
# What must never reach a reader: where the photo was taken, the phone, its comment, its XMP.
TRACES = [CAMERA_COMMENT, b"Galaxy A54", b"samsung", b"xmpmeta", b"Exif\x00"]


def stored_files(media_root):
    return sorted(path for path in media_root.rglob("*") if path.is_file())


def photo_files(photo):
    return [photo.image.name, *[r[kind] for r in photo.renditions for kind in ("webp", "jpg")]]


def read_stored(name):
    with default_storage.open(name) as file:
        return file.read()


def assert_clean(photo):
    for name in photo_files(photo):
        data = read_stored(name)
        assert [trace for trace in TRACES if trace in data] == [], name
        image = Image.open(io.BytesIO(data))
        assert dict(image.getexif()) == {} and "comment" not in image.info, name


def add_photo(client, content, name="IMG_20261120_083000.jpg"):
    return client.post(PHOTO_ADD_URL, {"image": SimpleUploadedFile(name, content), "alt_text": "Hội nghị"})


@pytest.mark.slow
def test_an_eight_megabyte_phone_photo_is_taken_though_its_image_data_spells_markup_by_chance(
    editor_client, media_root
):
    photo = realistic_photos.camera_jpeg(8)
    assert len(photo) > 7_500_000
    assert OLD_CHECK.search(photo)  # entropy-coded bytes spelling "<a " or "on…=": the old check refused it

    response = add_photo(editor_client, photo)

    assert response.status_code == 302
    stored = Photo.objects.get()
    assert (stored.width, stored.height) == (3000, 4000)  # turned upright by its EXIF orientation
    assert [(r["width"], r["height"]) for r in stored.renditions] == [(480, 640), (960, 1280), (1600, 2133)]
    assert_clean(stored)


@pytest.mark.slow
@pytest.mark.parametrize("megabytes", [1, 3])
def test_phone_photos_are_taken_from_the_rich_text_editor(editor_client, media_root, megabytes):
    response = editor_client.post(
        EDITOR_UPLOAD_URL,
        {"upload": SimpleUploadedFile("anh.jpg", realistic_photos.camera_jpeg(megabytes))},
    )

    assert response.status_code == 200, response.content
    assert_clean(Photo.objects.get())


def test_a_photo_whose_exif_thumbnail_spells_markup_by_chance_is_taken(editor_client, media_root):
    photo = phone_jpeg(exif=exif_with_thumbnail(noisy_thumbnail()))
    assert OLD_CHECK.search(photo)

    response = add_photo(editor_client, photo)

    assert response.status_code == 302
    assert_clean(Photo.objects.get())


def test_a_photo_with_the_xmp_lightroom_and_phones_write_is_taken(editor_client, media_root):
    response = add_photo(editor_client, phone_jpeg())

    assert response.status_code == 302
    assert_clean(Photo.objects.get())


@pytest.mark.slow
def test_a_samsung_multi_picture_photo_keeps_its_first_picture_as_a_jpeg(editor_client, media_root):
    mpo = realistic_photos.samsung_mpo()
    assert Image.open(io.BytesIO(mpo)).format == "MPO"
    assert OLD_CHECK.search(mpo[mpo.index(b"\xff\xd9\xff\xd8") :])  # in the second picture's image data

    response = add_photo(editor_client, mpo)

    assert response.status_code == 302
    photo = Photo.objects.get()
    stored = Image.open(io.BytesIO(read_stored(photo.image.name)))
    assert (stored.format, getattr(stored, "n_frames", 1)) == ("JPEG", 1)
    assert photo.image.name.endswith(".jpg")
    assert (photo.width, photo.height) == (3000, 4000)  # the 4000×3000 first picture, upright; not 1920×1080
    assert_clean(photo)


def test_an_iphone_heic_photo_is_stored_as_a_jpeg(editor_client, media_root):
    response = editor_client.post(
        EDITOR_UPLOAD_URL, {"upload": SimpleUploadedFile("IMG_0001.HEIC", realistic_photos.iphone_heic())}
    )

    assert response.status_code == 200, response.content
    photo = Photo.objects.get()
    assert response.json()["url"].endswith(".jpg")
    assert Image.open(io.BytesIO(read_stored(photo.image.name))).format == "JPEG"
    assert (photo.width, photo.height) == (640, 480)
    assert_clean(photo)


def test_a_heic_photo_that_cannot_be_read_asks_for_a_jpeg(editor_client, media_root):
    broken = realistic_photos.iphone_heic()[:3000]

    response = add_photo(editor_client, broken, name="IMG_0002.HEIC")

    assert response.status_code == 200
    assert HEIC_MESSAGE in response.content.decode()
    assert stored_files(media_root) == []


@pytest.mark.slow
def test_a_tall_infographic_gets_renditions_webp_can_hold(editor_client, media_root):
    response = add_photo(editor_client, realistic_photos.tall_infographic(), name="infographic.png")

    assert response.status_code == 302
    photo = Photo.objects.get()
    assert (photo.width, photo.height) == (800, 20000)
    # WebP stops at 16,383 px: the widest rendition is as wide as that height allows.
    assert [(r["width"], r["height"]) for r in photo.renditions] == [(480, 12000), (655, 16375)]
    for rendition in photo.renditions:
        for kind in ("webp", "jpg"):
            image = Image.open(io.BytesIO(read_stored(rendition[kind])))
            assert image.size == (rendition["width"], rendition["height"])


def test_comments_are_gone_from_the_stored_photo_and_every_rendition(media_root):
    photo = Photo.objects.create(image=ContentFile(phone_jpeg(), name="anh.jpg"))

    assert_clean(photo)
    assert (photo.width, photo.height) == (1200, 1600)


def test_a_gif_comment_is_gone_from_the_stored_gif(media_root):
    buffer = io.BytesIO()
    Image.new("P", (600, 400), 3).save(buffer, "GIF", comment=b"Ban Tuyen giao Tinh uy")

    photo = Photo.objects.create(image=ContentFile(buffer.getvalue(), name="anh.gif"))

    for name in photo_files(photo):
        assert b"Ban Tuyen giao" not in read_stored(name), name


def replace_file(client, photo):
    return client.post(
        f"/quan-tri/articles/photo/{photo.pk}/change/",
        {"image": SimpleUploadedFile("IMG_2.jpg", phone_jpeg()), "alt_text": "Ảnh đã thay"},
    )


def test_a_replaced_photo_file_is_cleaned_and_rendered_like_a_new_one(
    editor_client, media_root, django_capture_on_commit_callbacks
):
    photo = PhotoFactory(image=ContentFile(phone_jpeg((2000, 1000), 0.2, exif=Image.Exif()), "a.jpg"))
    former = photo_files(photo)

    with django_capture_on_commit_callbacks(execute=True):
        response = replace_file(editor_client, photo)

    assert response.status_code == 302
    photo.refresh_from_db()
    assert (photo.width, photo.height) == (1200, 1600)
    assert [(r["width"], r["height"]) for r in photo.renditions] == [(480, 640), (960, 1280), (1200, 1600)]
    assert_clean(photo)
    # The former files are gone, so nothing but the photo's own files is stored.
    assert not any(default_storage.exists(name) for name in former)
    assert stored_files(media_root) == sorted(media_root / name for name in photo_files(photo))


def test_a_replaced_photo_keeps_its_former_original_while_a_body_links_it(
    editor_client, media_root, django_capture_on_commit_callbacks
):
    photo = PhotoFactory()
    original, rendition = photo.image.name, photo.renditions[0]["jpg"]
    ArticleFactory(body=f'<p>Ảnh</p><img src="{photo.url}" alt="Cờ">')

    with django_capture_on_commit_callbacks(execute=True):
        replace_file(editor_client, photo)

    assert default_storage.exists(original)
    assert not default_storage.exists(rendition)


def test_a_photo_whose_row_cannot_be_saved_leaves_no_files(media_root):
    Photo.objects.create(image=ContentFile(phone_jpeg(), name="a.jpg"), import_key="wp:2019/05/a.jpg")
    before = stored_files(media_root)

    with pytest.raises(IntegrityError), transaction.atomic():
        # A second import of the same file, racing the first.
        Photo.objects.create(image=ContentFile(phone_jpeg(), name="a.jpg"), import_key="wp:2019/05/a.jpg")

    assert stored_files(media_root) == before


def exif_with_description(text):
    exif = camera_exif()
    exif[ExifTags.Base.ImageDescription] = text
    return exif


def svg_xmp():
    return realistic_photos.CAMERA_XMP.replace(b"</rdf:RDF>", b"<svg onload=alert(1)></svg></rdf:RDF>")


TRICKS = {
    "script in the comment": lambda: phone_jpeg(comment=b"<script>alert(1)</script>"),
    "svg in the EXIF description": lambda: phone_jpeg(exif=exif_with_description("<svg onload=alert(1)>")),
    "svg in the XMP": lambda: phone_jpeg(xmp=svg_xmp()),
    "script in the EXIF thumbnail's comment": lambda: phone_jpeg(
        exif=exif_with_thumbnail(noisy_thumbnail(comment=b"<script>alert(1)</script>"))
    ),
    "a page after the end of the JPEG": lambda: phone_jpeg() + b"<html><script>alert(1)</script></html>",
    "an SVG": lambda: b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>',
    "a page named .jpg": lambda: b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
}


@pytest.mark.parametrize("trick", TRICKS)
def test_markup_in_a_photo_is_still_refused(editor_client, media_root, trick):
    response = add_photo(editor_client, TRICKS[trick]())

    assert response.status_code == 200
    assert INVALID_IMAGE_MESSAGE in response.content.decode()
    assert stored_files(media_root) == []


@pytest.mark.slow
def test_a_page_after_an_eight_megabyte_photo_is_refused_from_the_editor(editor_client, media_root):
    upload = realistic_photos.camera_jpeg(8) + b"<html><script>alert(1)</script></html>"

    response = editor_client.post(EDITOR_UPLOAD_URL, {"upload": SimpleUploadedFile("anh.jpg", upload)})

    assert response.status_code == 400
    assert response.json() == {"error": {"message": INVALID_IMAGE_MESSAGE}}
    assert stored_files(media_root) == []


@pytest.mark.slow
def test_an_imported_archive_photo_of_eight_megabytes_is_taken(tmp_path, media_root):
    uploads = make_uploads(tmp_path / "uploads")
    (uploads / "2019/05/le-ket-nap.jpg").write_bytes(realistic_photos.camera_jpeg(8))

    import_wordpress(uploads=str(uploads))

    photo = Photo.objects.get(import_key="wp:2019/05/le-ket-nap.jpg")
    assert (photo.width, photo.height) == (3000, 4000)
    assert_clean(photo)
