"""Draft → waiting for review → published or scheduled, sending back, unpublishing, bulk actions."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from articles.models import Article

from .factories import ArticleFactory, CategoryFactory, UserFactory
from .test_admin import article_form

pytestmark = pytest.mark.django_db
LIST_URL = "/quan-tri/articles/article/"


def change_url(article):
    return f"/quan-tri/articles/article/{article.pk}/change/"


def edit(client, article, **fields):
    return client.post(
        change_url(article),
        article_form(article.category, slug=article.slug, **{"photos-TOTAL_FORMS": "0", **fields}),
    )


def test_editor_sends_an_article_back_with_a_comment_the_writer_sees(editor_client, client, site_settings):
    writer = UserFactory(group="Phóng viên")
    article = ArticleFactory(author=writer, status=Article.Status.REVIEW)

    response = edit(editor_client, article, status="draft", review_comment="Bổ sung tên các đảng viên mới.")

    assert response.status_code == 302
    client.force_login(writer)
    page = client.get(change_url(article)).content.decode()
    assert "Ý kiến biên tập: Bổ sung tên các đảng viên mới." in page


def test_sending_back_needs_a_comment(editor_client, site_settings):
    article = ArticleFactory(status=Article.Status.REVIEW)

    response = edit(editor_client, article, status="draft", review_comment="")

    assert "Ghi ý kiến để phóng viên biết cần sửa gì khi trả bài." in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW


def test_editor_unpublishes_an_article_and_readers_lose_it(editor_client, client, site_settings):
    article = ArticleFactory(status=Article.Status.PUBLISHED)

    edit(editor_client, article, status="draft")

    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_scheduled_article_appears_by_itself_at_its_minute(client, site_settings):
    category = CategoryFactory()
    publish_at = timezone.make_aware(datetime.datetime(2026, 12, 1, 7, 0))
    article = ArticleFactory(category=category, title="Bài hẹn giờ", published_at=publish_at)

    with time_machine.travel(publish_at - datetime.timedelta(minutes=1), tick=False):
        assert client.get(article.get_absolute_url()).status_code == 404
        assert "Bài hẹn giờ" not in client.get("/").content.decode()
        assert "Bài hẹn giờ" not in client.get(category.get_absolute_url()).content.decode()
    with time_machine.travel(publish_at, tick=False):
        assert client.get(article.get_absolute_url()).status_code == 200
        assert "Bài hẹn giờ" in client.get("/").content.decode()
        assert "Bài hẹn giờ" in client.get(category.get_absolute_url()).content.decode()


def test_list_shows_state_and_last_editor_and_filters_by_state(editor_client, editor):
    ArticleFactory(title="Bài đang chờ", status=Article.Status.REVIEW, last_edited_by=editor)
    ArticleFactory(title="Bài hẹn giờ", published_at=timezone.now() + datetime.timedelta(days=1))

    listing = editor_client.get(LIST_URL).content.decode()
    waiting = editor_client.get(LIST_URL, {"status__exact": "review"}).content.decode()

    # The state in words with the time a scheduled article goes out ("Hẹn giờ 08:00 14-01").
    assert "Chờ duyệt" in listing and 'desk-state--scheduled">Hẹn giờ ' in listing
    assert editor.username in listing
    assert "Bài đang chờ" in waiting and "Bài hẹn giờ" not in waiting


def test_bulk_publish_and_unpublish(editor_client):
    drafts = ArticleFactory.create_batch(2, status=Article.Status.DRAFT)
    ids = [str(a.pk) for a in drafts]

    editor_client.post(LIST_URL, {"action": "publish", "_selected_action": ids})
    assert set(Article.objects.values_list("status", flat=True)) == {"published"}

    editor_client.post(LIST_URL, {"action": "unpublish", "_selected_action": ids})
    assert set(Article.objects.values_list("status", flat=True)) == {"draft"}
    assert all(a.revisions.count() == 2 for a in Article.objects.all())


def test_bulk_move_to_another_category_asks_which_then_moves(editor_client):
    articles = ArticleFactory.create_batch(2)
    target = CategoryFactory(name="Gương điển hình")
    ids = [str(a.pk) for a in articles]

    question = editor_client.post(LIST_URL, {"action": "move_to_category", "_selected_action": ids})
    assert "Chuyển sang chuyên mục" in question.content.decode()

    editor_client.post(
        LIST_URL, {"action": "move_to_category", "_selected_action": ids, "apply": "1", "category": target.pk}
    )
    assert set(Article.objects.values_list("category", flat=True)) == {target.pk}


@time_machine.travel(datetime.datetime(2026, 11, 27, 9, 0, tzinfo=datetime.UTC), tick=False)
def test_publishing_a_draft_dates_it_now_unless_the_editor_set_a_date(editor_client, site_settings):
    written_on_monday = timezone.now() - datetime.timedelta(days=2)
    undated = ArticleFactory(status=Article.Status.DRAFT, published_at=written_on_monday)
    backdated = ArticleFactory(status=Article.Status.DRAFT, published_at=written_on_monday)

    edit(
        editor_client,
        undated,
        status="published",
        published_at_0="2026-11-25",
        published_at_1=_local_time(undated),
    )
    edit(editor_client, backdated, status="published", published_at_0="2026-01-14", published_at_1="08:00:00")

    undated.refresh_from_db()
    backdated.refresh_from_db()
    assert undated.published_at == timezone.now()
    assert timezone.localtime(backdated.published_at).date() == datetime.date(2026, 1, 14)


def test_bulk_publish_dates_drafts_now_and_keeps_a_schedule(editor_client):
    draft = ArticleFactory(
        status=Article.Status.DRAFT, published_at=timezone.now() - datetime.timedelta(days=3)
    )
    later = timezone.now() + datetime.timedelta(days=1)
    scheduled = ArticleFactory(status=Article.Status.DRAFT, published_at=later)

    editor_client.post(LIST_URL, {"action": "publish", "_selected_action": [draft.pk, scheduled.pk]})

    draft.refresh_from_db()
    scheduled.refresh_from_db()
    assert timezone.now() - draft.published_at < datetime.timedelta(minutes=1)
    assert scheduled.published_at == later and scheduled.is_scheduled


def _local_time(article):
    return timezone.localtime(article.published_at).strftime("%H:%M:%S")
