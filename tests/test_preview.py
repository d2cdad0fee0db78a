import datetime

import pytest
from django.utils import timezone

from articles.models import Article

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_staff_preview_a_draft_as_readers_will_see_it(editor_client, site_settings):
    article = ArticleFactory(status=Article.Status.DRAFT, title="Bản nháp cần xem", view_count=7)

    response = editor_client.get(article.get_preview_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "Bản xem trước – Bản nháp" in html
    assert '<h1 class="article-title">Bản nháp cần xem</h1>' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    article.refresh_from_db()
    assert article.view_count == 7


def test_preview_of_a_scheduled_article_says_when_it_goes_out(editor_client, site_settings):
    when = timezone.now() + datetime.timedelta(days=2)
    article = ArticleFactory(published_at=when)

    html = editor_client.get(article.get_preview_url()).content.decode()

    assert "Bản xem trước – Hẹn giờ đăng" in html
    assert timezone.localtime(when).strftime("%H:%M %d-%m-%Y") in html


def test_readers_cannot_preview(client):
    article = ArticleFactory(status=Article.Status.DRAFT)

    response = client.get(article.get_preview_url())

    assert response.status_code == 302
    assert response.url.startswith("/quan-tri/login/")
