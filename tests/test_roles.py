"""Each group's boundary: what a writer, an editor and a site admin may and may not do in the admin."""

import pytest

from articles.models import Article

from .factories import ArticleFactory, CategoryFactory, UserFactory
from .test_admin import ADD_URL, article_form

pytestmark = pytest.mark.django_db


def change_url(article):
    return f"/quan-tri/articles/article/{article.pk}/change/"


def test_writer_creates_a_draft_that_is_theirs(writer_client, writer, site_settings):
    response = writer_client.post(ADD_URL, article_form(CategoryFactory(), status="draft"))

    assert response.status_code == 302
    article = Article.objects.get()
    assert article.author == writer and article.last_edited_by == writer
    assert article.status == Article.Status.DRAFT


def test_writer_cannot_publish(writer_client, site_settings):
    response = writer_client.post(ADD_URL, article_form(CategoryFactory(), status="published"))

    assert response.status_code == 200
    assert "published" not in [
        value for value, _ in response.context["adminform"].form.fields["status"].choices
    ]
    assert not Article.objects.exists()


def test_writer_submits_their_draft_for_review(writer_client, writer, site_settings):
    article = ArticleFactory(author=writer, status=Article.Status.DRAFT)
    data = article_form(article.category, status="review", **{"photos-TOTAL_FORMS": "0"})

    response = writer_client.post(change_url(article), data)

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW


def test_writer_cannot_change_an_article_waiting_for_review(writer_client, writer):
    article = ArticleFactory(author=writer, status=Article.Status.REVIEW, title="Đang chờ duyệt")

    page = writer_client.get(change_url(article))
    post = writer_client.post(change_url(article), article_form(article.category, title="Sửa lén"))

    assert page.status_code == 200 and 'name="title"' not in page.content.decode()
    assert post.status_code == 403
    article.refresh_from_db()
    assert article.title == "Đang chờ duyệt"


def test_writer_does_not_see_or_touch_others_articles(writer_client):
    other = ArticleFactory(
        author=UserFactory(group="Phóng viên"), status=Article.Status.DRAFT, title="Bài người khác"
    )

    listing = writer_client.get("/quan-tri/articles/article/").content.decode()
    change = writer_client.get(change_url(other))

    assert "Bài người khác" not in listing
    assert change.status_code == 302  # the admin says the article does not exist
    assert writer_client.get(f"/xem-truoc/{other.pk}/").status_code == 403


@pytest.mark.parametrize(
    "url",
    [
        "/quan-tri/articles/category/add/",
        "/quan-tri/articles/sitesettings/1/change/",
        "/quan-tri/auth/user/",
        "/quan-tri/auth/group/",
    ],
)
def test_writer_cannot_touch_anything_else(writer_client, site_settings, url):
    assert writer_client.get(url).status_code == 403


def test_writer_cannot_delete(writer_client, writer):
    article = ArticleFactory(author=writer, status=Article.Status.DRAFT)

    response = writer_client.post(f"/quan-tri/articles/article/{article.pk}/delete/", {"post": "yes"})

    assert response.status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


def test_writer_uploads_photos_to_the_library(writer_client):
    assert writer_client.get("/quan-tri/articles/photo/add/").status_code == 200


def test_writer_has_no_bulk_actions(writer_client, writer):
    ArticleFactory(author=writer, status=Article.Status.DRAFT)

    response = writer_client.get("/quan-tri/articles/article/")

    assert response.context["action_form"] is None  # no publish, unpublish, move or delete


def test_editor_edits_and_publishes_anyones_article(editor_client, site_settings):
    article = ArticleFactory(author=UserFactory(group="Phóng viên"), status=Article.Status.REVIEW)
    data = article_form(
        article.category, title="Đã biên tập", status="published", **{"photos-TOTAL_FORMS": "0"}
    )

    response = editor_client.post(change_url(article), data)

    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status) == ("Đã biên tập", Article.Status.PUBLISHED)


def test_editor_manages_categories(editor_client):
    response = editor_client.post(
        "/quan-tri/articles/category/add/", {"name": "Tin xây dựng Đảng", "position": 1, "is_in_menu": "on"}
    )

    assert response.status_code == 302


def test_editor_deletes_only_after_confirming(editor_client):
    article = ArticleFactory(title="Bài sẽ xóa")
    url = f"/quan-tri/articles/article/{article.pk}/delete/"

    confirmation = editor_client.get(url)
    assert "Bạn có chắc" in confirmation.content.decode()
    assert Article.objects.filter(pk=article.pk).exists()

    editor_client.post(url, {"post": "yes"})
    assert not Article.objects.filter(pk=article.pk).exists()


def test_site_admin_does_everything(site_admin_client, site_settings):
    for url in [
        "/quan-tri/articles/article/add/",
        "/quan-tri/articles/category/add/",
        "/quan-tri/articles/sitesettings/1/change/",
        "/quan-tri/auth/user/add/",
        "/quan-tri/auth/group/",
        "/quan-tri/articles/photo/add/",
    ]:
        assert site_admin_client.get(url).status_code == 200, url
