"""One publish box: the state in words, each person's buttons, what will happen, slug, words, warnings."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from articles.models import Article, ArticleRedirect

from .factories import ArticleFactory, ArticleImageFactory, PhotoFactory
from .test_dates import post_article

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 12, 1, 2, 0, tzinfo=datetime.UTC)  # 09:00 in Hà Nội


def change_url(article):
    return f"/quan-tri/articles/article/{article.pk}/change/"


def press(client, article, action, **fields):
    """Post the article's change form as it is shown, with one of the box's buttons."""
    form = client.get(change_url(article)).context["adminform"].form
    data = {
        name: form[name].value() or ([] if isinstance(form[name].value(), list) else "")
        for name in form.fields
        if name != "published_at"
    }
    local = timezone.localtime(article.published_at)
    data.update(
        {
            "published_at_0": f"{local:%d-%m-%Y}",
            "published_at_1": f"{local:%H:%M}",
            "photos-TOTAL_FORMS": "0",
            "photos-INITIAL_FORMS": "0",
            "photos-MIN_NUM_FORMS": "0",
            "photos-MAX_NUM_FORMS": "1000",
            "_action": action,
            **fields,
        }
    )
    return client.post(change_url(article), data)


def buttons(client, url):
    html = client.get(url).content.decode()
    return [part.split(">", 1)[1].split("<", 1)[0] for part in html.split('class="publish-button')[1:]]


def test_an_editor_sees_publish_schedule_and_save_draft_on_a_new_article(editor_client):
    assert buttons(editor_client, "/quan-tri/articles/article/add/") == [
        "Đăng ngay",
        "Hẹn giờ đăng…",
        "Lưu nháp",
    ]


def test_a_writer_may_only_send_for_review_or_save_a_draft(writer_client):
    assert buttons(writer_client, "/quan-tri/articles/article/add/") == ["Gửi duyệt", "Lưu nháp"]


def test_an_article_waiting_for_review_offers_publish_schedule_send_back_and_save(editor_client):
    article = ArticleFactory(status=Article.Status.REVIEW)

    assert buttons(editor_client, change_url(article)) == ["Đăng ngay", "Hẹn giờ đăng…", "Trả bài", "Lưu"]


def test_a_published_article_offers_update_and_unpublish(editor_client):
    article = ArticleFactory(status=Article.Status.PUBLISHED)

    assert buttons(editor_client, change_url(article)) == ["Cập nhật", "Gỡ bài"]


@time_machine.travel(NOW, tick=False)
def test_a_scheduled_article_says_when_readers_will_see_it(editor_client):
    article = ArticleFactory(
        status=Article.Status.PUBLISHED,
        published_at=datetime.datetime(2026, 12, 14, 1, 0, tzinfo=datetime.UTC),
    )

    html = editor_client.get(change_url(article)).content.decode()

    assert "Trạng thái: <strong>Hẹn giờ đăng</strong>" in html
    assert "Bài sẽ hiện với bạn đọc lúc 08:00 ngày 14-12-2026." in html
    assert buttons(editor_client, change_url(article)) == ["Cập nhật", "Đăng ngay", "Gỡ bài"]


def test_enter_in_a_text_box_saves_a_draft_never_publishes(editor_client):
    html = editor_client.get("/quan-tri/articles/article/add/").content.decode()

    form = html.split('id="article_form"', 1)[1]
    first_button = form.split("<button", 1)[1].split(">", 1)[0]
    assert 'value="draft"' in first_button


def test_save_draft_keeps_the_new_article_a_draft_and_stays_in_the_form(editor_client):
    response = post_article(editor_client, "14-01-2021", _action="draft")

    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert response["Location"] == change_url(article)
    assert "Đã lưu bản nháp" in editor_client.get(response["Location"]).content.decode()


@time_machine.travel(NOW, tick=False)
def test_publish_now_dates_a_draft_now(editor_client):
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=NOW - datetime.timedelta(days=2))

    press(editor_client, article, "publish")

    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED and article.published_at == NOW


@time_machine.travel(NOW, tick=False)
def test_publish_now_keeps_a_date_typed_in_the_past_the_old_article_brought_across(editor_client):
    article = ArticleFactory(status=Article.Status.DRAFT)

    press(editor_client, article, "publish", published_at_0="14/01/2021", published_at_1="08:00")

    article.refresh_from_db()
    assert article.is_visible
    assert timezone.localtime(article.published_at).replace(tzinfo=None) == datetime.datetime(2021, 1, 14, 8)


@time_machine.travel(NOW, tick=False)
def test_publish_now_with_a_future_date_typed_publishes_now(editor_client):
    article = ArticleFactory(status=Article.Status.DRAFT)

    press(editor_client, article, "publish", published_at_0="05-12-2026", published_at_1="07:00")

    article.refresh_from_db()
    assert article.is_visible and article.published_at == NOW


@time_machine.travel(NOW, tick=False)
def test_schedule_publishes_at_the_typed_time(editor_client):
    article = ArticleFactory(status=Article.Status.DRAFT)

    response = press(editor_client, article, "schedule", published_at_0="05/12/2026", published_at_1="07:00")

    article.refresh_from_db()
    assert article.is_scheduled
    assert timezone.localtime(article.published_at).replace(tzinfo=None) == datetime.datetime(2026, 12, 5, 7)
    assert (
        "Bài sẽ hiện với bạn đọc lúc 07:00 ngày 05-12-2026"
        in editor_client.get(response["Location"]).content.decode()
    )


@time_machine.travel(NOW, tick=False)
def test_schedule_for_a_time_already_past_is_refused_with_a_message(editor_client):
    article = ArticleFactory(status=Article.Status.DRAFT, title="Bài cũ")

    response = press(editor_client, article, "schedule", published_at_0="14-01-2021", published_at_1="08:00")

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert "Để hẹn giờ đăng, hãy chọn một thời điểm sau bây giờ" in response.content.decode()


def test_a_writer_cannot_publish_by_posting_the_button_by_hand(writer_client, writer):
    article = ArticleFactory(status=Article.Status.DRAFT, author=writer)

    response = press(writer_client, article, "publish")

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert "Bạn không được dùng nút này" in response.content.decode()


def test_a_writer_sends_for_review(writer_client, writer):
    article = ArticleFactory(status=Article.Status.DRAFT, author=writer)

    press(writer_client, article, "review")

    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW


def test_send_back_needs_a_comment_and_returns_the_article_to_draft(editor_client):
    article = ArticleFactory(status=Article.Status.REVIEW)

    refused = press(editor_client, article, "send_back", review_comment="")
    press(editor_client, article, "send_back", review_comment="Thiếu nguồn ảnh.")

    assert "Ghi ý kiến để phóng viên biết" in refused.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT and article.review_comment == "Thiếu nguồn ảnh."


def test_unpublish_takes_the_article_from_readers(editor_client, client):
    article = ArticleFactory(status=Article.Status.PUBLISHED)

    press(editor_client, article, "unpublish")

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_the_slug_follows_the_title_until_the_article_is_first_published(editor_client):
    article = ArticleFactory(title="Hội nghị tổng kết", slug="", status=Article.Status.DRAFT)
    assert article.slug == "hoi-nghi-tong-ket"

    press(editor_client, article, "draft", title="Hội nghị tổng kết năm 2026 của Đảng bộ")
    article.refresh_from_db()
    assert article.slug == "hoi-nghi-tong-ket-nam-2026-cua-dang-bo"

    press(editor_client, article, "publish")
    press(editor_client, article, "update", title="Tổng kết công tác xây dựng Đảng")
    article.refresh_from_db()
    assert article.slug == "hoi-nghi-tong-ket-nam-2026-cua-dang-bo"


def test_a_slug_typed_by_hand_stays_when_the_title_changes(editor_client):
    article = ArticleFactory(title="Hội nghị", slug="hoi-nghi-thang-12", status=Article.Status.DRAFT)

    press(editor_client, article, "draft", title="Hội nghị cán bộ chủ chốt")

    article.refresh_from_db()
    assert article.slug == "hoi-nghi-thang-12"


def test_a_published_article_unpublished_keeps_its_slug(editor_client):
    article = ArticleFactory(title="Hội nghị", slug="", status=Article.Status.DRAFT)
    press(editor_client, article, "publish")
    press(editor_client, article, "unpublish")

    press(editor_client, article, "draft", title="Hội nghị cán bộ")

    article.refresh_from_db()
    assert article.slug == "hoi-nghi"


def test_changing_a_published_slug_keeps_a_301(editor_client, client):
    article = ArticleFactory(title="Hội nghị", slug="hoi-nghi", status=Article.Status.PUBLISHED)

    press(editor_client, article, "update", slug="hoi-nghi-can-bo")

    assert ArticleRedirect.objects.get(old_slug="hoi-nghi").article == article
    client.logout()
    assert client.get("/bai-viet/hoi-nghi/")["Location"] == "/bai-viet/hoi-nghi-can-bo/"


def test_the_box_counts_words_and_reading_time(editor_client):
    body = "<p>" + " ".join(["chữ"] * 600) + "</p>"
    article = ArticleFactory(lead="Sáu chữ trong sapo của bài.", body=body)

    html = editor_client.get(change_url(article)).content.decode()

    assert "606 chữ · khoảng 3 phút đọc" in html


def test_the_box_warns_of_a_missing_cover_and_photos_without_alt_text(editor_client):
    article = ArticleFactory(cover=None, body='<p>Một</p><img src="/media/photos/x.jpg" alt="">')

    html = editor_client.get(change_url(article)).content.decode()

    assert "Bài chưa có ảnh đại diện." in html
    assert "1 ảnh trong nội dung chưa có mô tả ảnh." in html


def test_the_first_photo_of_the_body_becomes_the_cover_by_default(editor_client, client):
    photo = PhotoFactory(alt_text="Lễ kết nạp")
    body = f'<p>Mở đầu.</p><figure class="image"><img src="{photo.url}" alt="Lễ kết nạp"></figure>'

    post_article(editor_client, "14-01-2021", body=body, _action="publish")

    article = Article.objects.get()
    assert article.cover == photo
    client.logout()
    page = client.get(article.get_absolute_url()).content.decode()
    assert page.count('class="article-photo"') == 0  # shown once, in the body, not again above it


def test_the_box_warns_of_a_photo_marker_that_matches_no_photo(editor_client):
    article = ArticleFactory(body="<p>Đầu.</p><p>[ảnh 1]</p><p>[ảnh 2]</p>")
    ArticleImageFactory(article=article, caption="Ảnh một")

    html = editor_client.get(change_url(article)).content.decode()

    assert "Đoạn [ảnh 2] không khớp ảnh có chú thích nào nên sẽ không hiện." in html
    assert "Đoạn [ảnh 1]" not in html
