"""The cover beside its field in the article form: its thumbnail, alt text and credit (drawn by the picker's
script from what the page carries), chosen or uploaded through the picker; no file input of its own."""

import json
import re

import pytest
from django.core.files.base import ContentFile

from .factories import ArticleFactory, PhotoFactory, jpeg_bytes

pytestmark = pytest.mark.django_db
LIBRARY = "/quan-tri/articles/article/thu-vien-anh/"


def cover_data(html):
    found = re.search(r'<script id="cover-photo" type="application/json">(.*?)</script>', html, re.S)
    return found and json.loads(found[1])


def test_the_form_carries_the_covers_thumbnail_alt_text_and_credit(editor_client):
    cover = PhotoFactory(
        alt_text="Hội trường", credit="Minh Anh", image=ContentFile(jpeg_bytes(1200, 800), name="a.jpg")
    )
    article = ArticleFactory(cover=cover)

    html = editor_client.get(f"/quan-tri/articles/article/{article.pk}/change/").content.decode()

    shown = cover_data(html)
    assert (shown["id"], shown["alt"], shown["credit"]) == (cover.pk, "Hội trường", "Minh Anh")
    assert shown["thumbnail"].startswith("/media/renditions/") and shown["thumbnail"].endswith("-480.jpg")


def test_a_new_article_has_no_cover_and_no_file_input_of_its_own(editor_client):
    html = editor_client.get("/quan-tri/articles/article/add/").content.decode()

    assert cover_data(html) is None
    assert 'name="cover"' in html and "cover_upload" not in html


def test_a_refused_form_shows_the_cover_it_was_sent_with(editor_client):
    chosen = PhotoFactory(alt_text="Ảnh mới chọn")

    html = editor_client.post("/quan-tri/articles/article/add/", {"cover": chosen.pk}).content.decode()

    assert "errornote" in html
    assert cover_data(html)["alt"] == "Ảnh mới chọn"


def test_the_library_describes_one_photo_by_its_number(editor_client):
    wanted = PhotoFactory(alt_text="Cờ Đảng", credit="Thu Hà")
    PhotoFactory(alt_text="Khác")

    assert [
        (p["alt"], p["credit"]) for p in editor_client.get(LIBRARY, {"anh": wanted.pk}).json()["photos"]
    ] == [("Cờ Đảng", "Thu Hà")]
    assert editor_client.get(LIBRARY, {"anh": "không phải số"}).json()["photos"]  # the plain list


def test_a_writer_reading_their_article_under_review_sees_its_cover(writer_client, writer):
    cover = PhotoFactory(alt_text="Hội trường")
    article = ArticleFactory(author=writer, status="review", cover=cover)

    response = writer_client.get(f"/quan-tri/articles/article/{article.pk}/change/")

    assert response.status_code == 200  # read-only: the form has no cover field
    assert cover_data(response.content.decode())["alt"] == "Hội trường"
