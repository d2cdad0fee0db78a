import pytest

from articles.models import Article, ArticleRevision

from .factories import ArticleFactory, ArticleImageFactory, UserFactory
from .test_admin import ADD_URL, article_form

pytestmark = pytest.mark.django_db


def change_url(article):
    return f"/quan-tri/articles/article/{article.pk}/change/"


def save(client, article, **fields):
    data = article_form(article.category, slug=article.slug, **{"photos-TOTAL_FORMS": "0", **fields})
    data["expected_version"] = Article.objects.get(pk=article.pk).version
    response = client.post(change_url(article), data)
    assert response.status_code == 302, response.context["errors"]


def test_every_save_keeps_a_revision_with_who_and_what(editor_client, editor, site_settings):
    editor_client.post(ADD_URL, article_form(ArticleFactory().category, title="Bản đầu"))
    article = Article.objects.get(title="Bản đầu")

    save(editor_client, article, title="Bản thứ hai")

    first, second = article.revisions.order_by("pk")
    assert (first.data["title"], second.data["title"]) == ("Bản đầu", "Bản thứ hai")
    assert first.created_by == editor == second.created_by
    assert first.data["photos"][0]["caption"] == "Các đảng viên mới tuyên thệ"


def test_editor_compares_two_revisions(editor_client, site_settings):
    article = ArticleFactory()
    save(editor_client, article, title="Tiêu đề cũ", body="<p>Câu giữ nguyên.</p><p>Câu cũ.</p>")
    save(editor_client, article, title="Tiêu đề mới", body="<p>Câu giữ nguyên.</p><p>Câu mới.</p>")
    older, newer = article.revisions.order_by("pk")

    html = editor_client.get(
        f"/quan-tri/articles/article/{article.pk}/phien-ban/", {"a": older.pk, "b": newer.pk}
    ).content.decode()

    assert "<del>-Tiêu đề cũ</del>" in html and "<ins>+Tiêu đề mới</ins>" in html
    assert "<del>-Câu cũ.</del>" in html and "<ins>+Câu mới.</ins>" in html


def test_editor_restores_an_old_revision_with_its_photos(editor_client, client, site_settings):
    article = ArticleFactory()
    ArticleImageFactory(article=article, caption="Ảnh ban đầu")
    save(editor_client, article, title="Tiêu đề tốt", **{"photos-TOTAL_FORMS": "0"})
    good = article.revisions.get()
    article.photos.all().delete()
    save(editor_client, article, title="Tiêu đề bị sửa hỏng")

    response = editor_client.post(f"/quan-tri/articles/article/{article.pk}/phien-ban/{good.pk}/khoi-phuc/")

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Tiêu đề tốt"
    assert list(article.photos.values_list("caption", flat=True)) == ["Ảnh ban đầu"]
    assert article.revisions.first().note == f"Khôi phục từ phiên bản #{good.pk}"
    assert "Tiêu đề tốt" in client.get(article.get_absolute_url()).content.decode()


def test_restore_needs_a_post_and_the_right_to_edit(client, site_settings):
    article = ArticleFactory()
    revision = ArticleRevision.objects.create(article=article, data=article.snapshot([]))
    client.force_login(UserFactory(group="Phóng viên"))

    url = f"/quan-tri/articles/article/{article.pk}/phien-ban/{revision.pk}/khoi-phuc/"
    assert client.post(url).status_code == 403


def test_a_writer_restoring_an_old_revision_leaves_the_editors_fields_as_they_are(
    client, editor_client, site_settings
):
    writer = UserFactory(group="Phóng viên")
    article = ArticleFactory(author=writer, status=Article.Status.DRAFT, title="Bản nháp")
    # Once featured by an editor, with an editor's comment; then no longer.
    save(editor_client, article, status="draft", is_featured="on", review_comment="Bài hay, đưa lên nổi bật.")
    featured = article.revisions.get()
    save(editor_client, article, status="draft", title="Bản nháp đã sửa", review_comment="Sửa lại đoạn cuối.")
    client.force_login(writer)

    response = client.post(f"/quan-tri/articles/article/{article.pk}/phien-ban/{featured.pk}/khoi-phuc/")

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Chi bộ thôn Đông tổ chức kết nạp đảng viên mới"  # the words come back
    assert article.is_featured is False
    assert article.review_comment == "Sửa lại đoạn cuối."


def test_an_editor_restoring_an_old_revision_brings_back_featured(editor_client, site_settings):
    article = ArticleFactory()
    save(editor_client, article, is_featured="on")
    featured = article.revisions.get()
    save(editor_client, article)

    editor_client.post(f"/quan-tri/articles/article/{article.pk}/phien-ban/{featured.pk}/khoi-phuc/")

    article.refresh_from_db()
    assert article.is_featured is True
