"""Who may change a library photo: a writer only the photos nothing but their own drafts shows."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article, ArticleImage, Photo
from articles.permissions import can_change_photo

from .factories import ArticleFactory, ArticleImageFactory, PhotoFactory, UserFactory, jpeg_bytes

pytestmark = pytest.mark.django_db


def change_url(photo):
    return f"/quan-tri/articles/photo/{photo.pk}/change/"


def change_alt_text(client, photo, alt_text="Mô tả mới"):
    return client.post(change_url(photo), {"alt_text": alt_text})


def test_a_writer_cannot_change_the_cover_of_a_published_article(writer_client, writer):
    cover = PhotoFactory(alt_text="Lễ kết nạp", uploaded_by=writer)
    ArticleFactory(author=writer, cover=cover, status=Article.Status.PUBLISHED)

    page = writer_client.get(change_url(cover))
    new_file = SimpleUploadedFile("moi.jpg", jpeg_bytes(900, 600))
    replaced = writer_client.post(change_url(cover), {"alt_text": "Đã sửa", "image": new_file})

    assert page.status_code == 200
    assert 'type="file"' not in page.content.decode()  # read-only
    assert replaced.status_code == 403
    cover.refresh_from_db()
    assert (cover.alt_text, cover.width) == ("Lễ kết nạp", 64)


@pytest.mark.parametrize("how", ["cover", "photo row", "body"])
def test_a_writer_cannot_change_a_photo_another_writers_draft_shows(writer_client, how):
    photo = PhotoFactory(alt_text="Hội trường")
    other = ArticleFactory(author=UserFactory(group="Phóng viên"), status=Article.Status.DRAFT)
    show(other, photo, how)

    assert change_alt_text(writer_client, photo).status_code == 403
    photo.refresh_from_db()
    assert photo.alt_text == "Hội trường"


def test_a_writer_cannot_change_a_photo_of_their_own_article_sent_for_review(writer_client, writer):
    photo = PhotoFactory(alt_text="Hội trường", uploaded_by=writer)
    show(ArticleFactory(author=writer, status=Article.Status.REVIEW), photo, "photo row")

    assert change_alt_text(writer_client, photo).status_code == 403


@pytest.mark.parametrize("how", ["cover", "photo row", "body"])
def test_a_writer_changes_a_photo_only_their_own_drafts_show(writer_client, writer, how):
    photo = PhotoFactory(alt_text="Hội trường")  # an editor's, picked from the library
    show(ArticleFactory(author=writer, status=Article.Status.DRAFT), photo, how)
    show(ArticleFactory(author=writer, status=Article.Status.DRAFT), photo, how)

    response = change_alt_text(writer_client, photo)

    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.alt_text == "Mô tả mới"


def test_a_writer_changes_a_photo_they_uploaded_that_nothing_shows_yet(writer_client, writer):
    mine, theirs = PhotoFactory(uploaded_by=writer), PhotoFactory(uploaded_by=UserFactory(group="Phóng viên"))

    assert change_alt_text(writer_client, mine).status_code == 302
    assert change_alt_text(writer_client, theirs).status_code == 403


def test_a_writer_still_adds_photos_to_the_library(writer_client, writer):
    response = writer_client.post(
        "/quan-tri/articles/photo/add/",
        {"image": SimpleUploadedFile("anh.jpg", jpeg_bytes(900, 600)), "alt_text": "Ảnh mới"},
    )

    assert response.status_code == 302
    assert Photo.objects.get().uploaded_by == writer


def test_an_editor_changes_the_cover_of_a_published_article(editor_client):
    cover = PhotoFactory()
    ArticleFactory(cover=cover, status=Article.Status.PUBLISHED)

    assert change_alt_text(editor_client, cover).status_code == 302
    cover.refresh_from_db()
    assert cover.alt_text == "Mô tả mới"


@pytest.mark.parametrize("drafts", [1, 10])
def test_whether_a_writer_may_change_a_photo_takes_three_queries(writer, django_assert_num_queries, drafts):
    photo = PhotoFactory()
    for _ in range(drafts):
        show(ArticleFactory(author=writer, status=Article.Status.DRAFT), photo, "cover")
    writer = type(writer).objects.get(pk=writer.pk)
    writer.get_all_permissions()  # the admin has read them before it asks

    # Is an article that is not the writer's draft showing it? A static page? Any article at all?
    with django_assert_num_queries(3):
        assert can_change_photo(writer, photo)


def show(article, photo, how):
    if how == "cover":
        article.cover = photo
        article.save()
    elif how == "photo row":
        ArticleImageFactory(article=article, photo=photo)
    else:
        article.body = f'<p>Ảnh</p><figure class="image"><img src="{photo.url}" alt="Cờ"></figure>'
        article.save()
    assert ArticleImage.objects.exists() == (how == "photo row")
