"""'Xem trước' shows what the form holds now, in a new tab, without saving anything."""

import pytest

from articles.models import Article, ArticleRevision

from .factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def preview_url(article=None):
    return f"/xem-truoc/{article.pk}/ban-dang-soan/" if article else "/xem-truoc/ban-dang-soan/"


def test_the_preview_shows_the_words_typed_not_the_last_save(editor_client, site_settings):
    article = ArticleFactory(title="Tiêu đề đã lưu", body="<p>Đoạn đã lưu.</p>", status=Article.Status.DRAFT)

    response = editor_client.post(
        preview_url(article),
        {
            "title": "Tiêu đề đang gõ",
            "lead": "Sapo đang gõ",
            "body": "<p>Đoạn đang gõ.</p>",
            "category": article.category_id,
            "published_at_0": "14/01/2021",
            "published_at_1": "08:00",
        },
    )

    html = response.content.decode()
    assert '<h1 class="article-title">Tiêu đề đang gõ</h1>' in html
    assert "Đoạn đang gõ." in html and "Đoạn đã lưu." not in html
    assert "nội dung đang soạn, chưa lưu" in html
    assert "14-01-2021" in html
    article.refresh_from_db()
    assert article.title == "Tiêu đề đã lưu" and not ArticleRevision.objects.exists()
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_a_new_article_is_previewed_before_its_first_save(editor_client, site_settings):
    category = CategoryFactory(name="Gương điển hình")

    html = editor_client.post(
        preview_url(), {"title": "Bài chưa lưu", "body": "<p>Nội dung.</p>", "category": category.pk}
    ).content.decode()

    assert "Bài chưa lưu" in html and "Gương điển hình" in html
    assert not Article.objects.exists()


def test_a_preview_without_a_category_or_date_still_shows(editor_client, site_settings):
    html = editor_client.post(
        preview_url(), {"title": "Chưa chọn gì", "published_at_0": "31/02/2021"}
    ).content

    assert "Chưa chọn chuyên mục" in html.decode()


def test_the_preview_cleans_the_body_as_a_save_would(editor_client, site_settings):
    html = editor_client.post(
        preview_url(), {"title": "Thử", "body": '<p onclick="x()">Chữ</p><script>alert(1)</script>'}
    ).content.decode()

    assert "alert(1)" not in html and "onclick" not in html


def test_a_writer_cannot_preview_someone_elses_article_and_nobody_can_without_logging_in(
    writer_client, client
):
    article = ArticleFactory()

    assert writer_client.post(preview_url(article), {"title": "x"}).status_code == 403
    writer_client.logout()
    assert client.post(preview_url(article), {"title": "x"}).status_code == 302
    assert client.get(preview_url()).status_code in {302, 405}


def test_the_form_has_a_preview_button_opening_a_new_tab(editor_client):
    article = ArticleFactory()

    html = editor_client.get(f"/quan-tri/articles/article/{article.pk}/change/").content.decode()

    assert f'formaction="{preview_url(article)}" formtarget="_blank"' in html
