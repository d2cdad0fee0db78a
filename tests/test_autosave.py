"""Autosave: the form's content kept on the server per person and article, offered back on opening."""

import json

import pytest
from django.test import Client

from articles.models import ArticleAutosave

from .factories import ArticleFactory, CategoryFactory, UserFactory
from .test_dates import post_article

pytestmark = pytest.mark.django_db
ADD_URL = "/quan-tri/articles/article/add/"


def change_url(article):
    return f"/quan-tri/articles/article/{article.pk}/change/"


def autosave_url(article=None):
    return (
        f"/quan-tri/articles/article/{article.pk}/tu-luu/"
        if article
        else "/quan-tri/articles/article/tu-luu/"
    )


def offered(html):
    """The autosave the page would put back: the JSON beside the "Khôi phục" button."""
    return json.loads(html.split('id="autosave-data" type="application/json">')[1].split("</script>")[0])


def test_what_is_typed_in_a_new_article_is_kept_and_offered_back(editor_client, editor):
    category = CategoryFactory()
    response = editor_client.post(
        autosave_url(),
        {"title": "Hội nghị Ban Chấp hành", "category": category.pk, "body": "<p>Đoạn một.</p>", "lead": ""},
    )

    assert response.status_code == 200 and len(response.json()["saved_at"]) == 5  # "10:32"
    kept = ArticleAutosave.objects.get()
    assert kept.user == editor and kept.article is None and kept.data["title"] == "Hội nghị Ban Chấp hành"
    html = editor_client.get(ADD_URL).content.decode()
    assert f"Khôi phục bản tự lưu lúc {response.json()['saved_at']}" in html
    assert offered(html)["title"] == "Hội nghị Ban Chấp hành"


def test_an_autosave_of_an_article_is_compared_with_the_saved_version(editor_client):
    article = ArticleFactory(title="Tiêu đề đã lưu", body="<p>Đoạn cũ.</p>")

    editor_client.post(
        autosave_url(article), {"title": "Tiêu đề đang gõ", "body": "<p>Đoạn cũ.</p><p>Đoạn mới.</p>"}
    )

    html = editor_client.get(change_url(article)).content.decode()
    assert "Khôi phục bản tự lưu lúc" in html
    comparison = html.split("So sánh với bản đã lưu")[1].split("</details>")[0]
    assert "<del>-Tiêu đề đã lưu</del>" in comparison and "<ins>+Tiêu đề đang gõ</ins>" in comparison
    assert "<ins>+Đoạn mới.</ins>" in comparison


def test_an_autosave_holding_nothing_new_is_not_offered(editor_client):
    article = ArticleFactory(title="Như đã lưu", lead="Sapo", body="<p>Một.</p>")

    editor_client.post(autosave_url(article), {"title": "Như đã lưu", "lead": "Sapo", "body": "<p>Một.</p>"})

    assert "Khôi phục bản tự lưu" not in editor_client.get(change_url(article)).content.decode()


def test_saving_the_article_clears_its_autosave(editor_client):
    editor_client.post(autosave_url(), {"title": "Bài mới đang viết"})

    post_article(editor_client, "14-01-2021", _action="draft")

    assert not ArticleAutosave.objects.exists()
    assert "Khôi phục bản tự lưu" not in editor_client.get(ADD_URL).content.decode()


def test_each_person_gets_only_their_own_autosave(editor_client, client):
    article = ArticleFactory(title="Bài chung")
    editor_client.post(autosave_url(article), {"title": "Bản của biên tập viên"})

    colleague = Client()
    colleague.force_login(UserFactory(group="Biên tập viên"))

    assert "Khôi phục bản tự lưu" not in colleague.get(change_url(article)).content.decode()


def test_a_writer_cannot_autosave_into_someone_elses_article(writer_client):
    article = ArticleFactory(title="Bài của người khác")

    response = writer_client.post(autosave_url(article), {"title": "Ghi đè"})

    assert response.status_code == 403 and response.json()["error"] == "Bạn không có quyền sửa bài này."
    assert not ArticleAutosave.objects.exists()


def test_the_autosave_survives_the_end_of_the_session_and_is_offered_after_logging_in_again(
    editor_client, editor
):
    article = ArticleFactory(title="Bài dài")
    editor_client.post(autosave_url(article), {"title": "Bài dài, đoạn viết trước khi hết phiên"})
    editor_client.logout()  # the 8-hour session ends

    late = editor_client.post(autosave_url(article), {"title": "Gõ sau khi hết phiên"})
    editor_client.force_login(editor)

    assert late.status_code == 401 and "Phiên đăng nhập đã hết" in late.json()["error"]
    html = editor_client.get(change_url(article)).content.decode()
    assert "Khôi phục bản tự lưu lúc" in html
    assert offered(html)["title"] == "Bài dài, đoạn viết trước khi hết phiên"


def test_autosave_answers_only_post_and_refuses_an_unknown_article(editor_client):
    assert editor_client.get(autosave_url()).status_code == 405
    assert editor_client.post("/quan-tri/articles/article/999999/tu-luu/", {"title": "x"}).status_code == 403


def test_an_autosave_is_one_row_per_person_and_article_however_often_it_saves(editor_client):
    article = ArticleFactory()
    for n in range(5):
        editor_client.post(autosave_url(article), {"title": f"Lần {n}"})

    assert ArticleAutosave.objects.get().data["title"] == "Lần 4"


def test_an_autosave_costs_a_fixed_number_of_queries(editor_client, django_assert_num_queries):
    article = ArticleFactory()
    editor_client.post(autosave_url(article), {"title": "Lần đầu"})

    # session, user, the article's author and status, the user's and the groups' permissions; then two
    # savepoints (ours, update_or_create's), SELECT … FOR UPDATE, UPDATE, two releases.
    with django_assert_num_queries(11):
        editor_client.post(
            autosave_url(article), {"title": "Lần sau", "body": "<p>" + "chữ " * 2000 + "</p>"}
        )
