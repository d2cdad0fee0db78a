"""One obvious way to put a photo in an article: the form's picker. The editor's own upload button and the
[ảnh N] photo rows are gone from the form, but for the older articles that have rows."""

import json
import re

import pytest

from articles.models import Article

from .factories import ArticleFactory, ArticleImageFactory, CategoryFactory

pytestmark = pytest.mark.django_db
ADD_URL = "/quan-tri/articles/article/add/"


def editor_toolbar(html, field="id_body"):
    config = re.search(rf'<script id="{field}_script" type="application/json">(.*?)</script>', html, re.S)[1]
    return json.loads(config)["toolbar"]["items"]


def test_a_new_articles_editor_has_no_upload_button_of_its_own(editor_client):
    html = editor_client.get(ADD_URL).content.decode()

    toolbar = editor_toolbar(html)
    assert "uploadImage" not in toolbar and "insertImage" not in toolbar
    assert {"bold", "link", "insertTable"} <= set(toolbar)
    assert 'id="photo-picker-place"' in html  # the picker's button is put above the editor


def test_pages_keep_the_editors_upload_button(site_admin_client):
    html = site_admin_client.get("/quan-tri/articles/page/add/").content.decode()

    assert "uploadImage" in editor_toolbar(html)


def test_a_new_article_has_no_photo_rows_and_saves_without_them(editor_client):
    category = CategoryFactory()
    html = editor_client.get(ADD_URL).content.decode()

    assert 'name="photos-TOTAL_FORMS" value="0"' in html
    assert "photos-0-caption" not in html and "[ảnh 1]" not in html
    assert "Chèn ảnh (thư viện hoặc tải lên)" in html  # the body's help text points at the picker

    # What that form posts: the management fields, no row.
    response = editor_client.post(
        ADD_URL,
        {
            "title": "Bài không có hàng ảnh",
            "category": category.pk,
            "lead": "Sapo.",
            "body": "<p>Đoạn văn.</p>",
            "published_at_0": "14-01-2021",
            "published_at_1": "08:00",
            "status": "draft",
            "_action": "draft",
            **{
                f"photos-{key}": value
                for key, value in re.findall(r'name="photos-(\w+)" value="(\d*)"', html)
            },
        },
    )
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    assert Article.objects.get().title == "Bài không có hàng ảnh"


def test_an_article_without_rows_shows_none(editor_client):
    article = ArticleFactory()

    html = editor_client.get(f"/quan-tri/articles/article/{article.pk}/change/").content.decode()

    assert 'name="photos-TOTAL_FORMS" value="0"' in html and "photos-0-caption" not in html


def test_an_old_article_keeps_its_photo_rows_with_their_explanation(editor_client):
    article = ArticleFactory(body="<p>[ảnh 1]</p><p>[ảnh 3]</p>")
    ArticleImageFactory(article=article, caption="Toàn cảnh hội nghị")

    html = editor_client.get(f"/quan-tri/articles/article/{article.pk}/change/").content.decode()

    assert 'value="Toàn cảnh hội nghị"' in html
    assert "photos-1-caption" in html  # and an empty row to add one more, as before
    assert "chèn vào bài bằng [ảnh 1]" in html
    assert "Đoạn [ảnh 3] không khớp ảnh có chú thích nào" in html
