"""The article form's photo picker: the library with thumbnails, searched by caption, alt, date, uploader."""

import datetime

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from articles.models import Photo

from .factories import ArticleImageFactory, PhotoFactory, UserFactory, jpeg_bytes, jpeg_with_exif

pytestmark = pytest.mark.django_db
LIBRARY = "/quan-tri/articles/article/thu-vien-anh/"


def found(client, query="", page=1):
    return [photo["alt"] for photo in client.get(LIBRARY, {"q": query, "trang": page}).json()["photos"]]


def test_the_library_lists_newest_first_with_a_thumbnail_rendition(editor_client):
    PhotoFactory(alt_text="Cũ")
    PhotoFactory(alt_text="Mới", image=ContentFile(jpeg_bytes(1200, 800), name="anh.jpg"))

    answer = editor_client.get(LIBRARY).json()

    assert [p["alt"] for p in answer["photos"]] == ["Mới", "Cũ"]
    first = answer["photos"][0]
    assert first["thumbnail"].startswith("/media/renditions/") and first["thumbnail"].endswith("-480.jpg")
    assert first["url"].startswith("/media/photos/")


def test_the_library_is_searched_by_alt_text_caption_uploader_and_date(editor_client):
    mai = UserFactory(username="phongvien_mai")
    with time_machine.travel(datetime.datetime(2021, 1, 14, 3, 0, tzinfo=datetime.UTC)):
        PhotoFactory(alt_text="Cờ Đảng trên hội trường", uploaded_by=mai)
    ArticleImageFactory(photo=PhotoFactory(alt_text="Ảnh hội nghị"), caption="Đại biểu biểu quyết")
    PhotoFactory(alt_text="Bãi biển")

    assert found(editor_client, "hội trường") == ["Cờ Đảng trên hội trường"]
    assert found(editor_client, "biểu quyết") == ["Ảnh hội nghị"]
    assert found(editor_client, "phongvien_mai") == ["Cờ Đảng trên hội trường"]
    assert found(editor_client, "14-01-2021") == ["Cờ Đảng trên hội trường"]
    assert found(editor_client, "14/01/2021 cờ") == ["Cờ Đảng trên hội trường"]
    assert found(editor_client, "không có") == []


def test_the_library_is_paged_by_24_without_counting_it(editor_client, django_assert_num_queries):
    for n in range(25):
        PhotoFactory(alt_text=f"Ảnh {n}")

    # session, user, the admin's permission check (user's and groups' permissions), 25 photos with uploaders.
    with django_assert_num_queries(5):
        first = editor_client.get(LIBRARY).json()
    second = editor_client.get(LIBRARY, {"trang": 2}).json()

    assert len(first["photos"]) == 24 and first["more"] is True
    assert len(second["photos"]) == 1 and second["more"] is False


def test_one_photo_costs_the_same_queries_as_ten(editor_client, django_assert_num_queries):
    PhotoFactory()
    with django_assert_num_queries(5):
        editor_client.get(LIBRARY)
    for _ in range(9):
        PhotoFactory(uploaded_by=UserFactory())
    with django_assert_num_queries(5):
        editor_client.get(LIBRARY)


def test_the_library_is_for_staff_who_write(editor_client):
    assert Client().get(LIBRARY).status_code == 302  # to the login page
    assert editor_client.get(LIBRARY, {"trang": "abc"}).status_code == 200


def test_an_upload_from_the_picker_is_cleaned_and_described_for_the_grid(editor_client, editor):
    upload = SimpleUploadedFile("le-ket-nap.jpg", jpeg_with_exif(), "image/jpeg")

    answer = editor_client.post("/quan-tri/tai-anh/", {"upload": upload, "alt_text": "Lễ kết nạp"}).json()

    photo = Photo.objects.get()
    assert answer["photo"]["id"] == photo.pk and answer["photo"]["alt"] == "Lễ kết nạp"
    assert answer["photo"]["uploader"] == editor.username
    assert b"Exif" not in photo.image.read()
