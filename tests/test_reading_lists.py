"""The "Đọc nhiều" (most read) and "Tin mới" (newest) lists on the home and article pages."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def test_most_read_ranks_the_last_thirty_days_by_views(client, site_settings):
    articles = [
        ArticleFactory(view_count=views, published_at=days_ago(2)) for views in [5, 50, 20, 40, 10, 30]
    ]
    ArticleFactory(view_count=1000, published_at=days_ago(40))

    response = client.get("/")

    assert [a.view_count for a in response.context["most_read"]] == [50, 40, 30, 20, 10]
    assert articles[1].title in response.content.decode()


def test_most_read_is_filled_with_older_articles_when_few_are_recent(client, site_settings):
    ArticleFactory(view_count=3, published_at=days_ago(1))
    ArticleFactory(view_count=5, published_at=days_ago(2))
    for views in [100, 1, 50, 70]:
        ArticleFactory(view_count=views, published_at=days_ago(60))

    most_read = client.get("/").context["most_read"]

    assert [a.view_count for a in most_read] == [5, 3, 100, 70, 50]


def test_most_read_leaves_out_unpublished_articles(client, site_settings):
    ArticleFactory(view_count=999, status=Article.Status.DRAFT)
    ArticleFactory(view_count=998, published_at=timezone.now() + datetime.timedelta(hours=2))
    shown = ArticleFactory(view_count=1)

    assert client.get("/").context["most_read"] == [shown]


def test_home_shows_the_most_read_list(client, site_settings):
    ArticleFactory(title="Bài được đọc nhiều nhất", view_count=900)

    html = client.get("/").content.decode()

    assert '<h2 id="doc-nhieu" class="section-title">Đọc nhiều</h2>' in html
    section = html[html.index('id="doc-nhieu"') :]
    assert "Bài được đọc nhiều nhất" in section[: section.index("</section>")]


def test_article_page_lists_most_read_and_newest_without_itself(client, site_settings):
    article = ArticleFactory(title="Bài đang đọc", view_count=10_000)
    others = [ArticleFactory(published_at=days_ago(day), view_count=day) for day in range(1, 8)]

    response = client.get(article.get_absolute_url())

    assert article not in response.context["most_read"]
    assert article not in response.context["newest"]
    assert response.context["newest"] == others[:5]
    assert [a.view_count for a in response.context["most_read"]] == [7, 6, 5, 4, 3]
    html = response.content.decode()
    assert '<h2 id="doc-nhieu" class="section-title">Đọc nhiều</h2>' in html
    assert '<h2 id="tin-moi" class="section-title">Tin mới</h2>' in html


def test_most_read_on_a_quiet_site_ranks_only_the_newest_fifty(client, site_settings):
    # Ranking the whole archive costs a read of every row; an old favourite beyond the pool stays out.
    ArticleFactory(view_count=1000, published_at=days_ago(400))
    pool = [ArticleFactory(view_count=n, published_at=days_ago(60 + n)) for n in range(50)]

    most_read = client.get("/").context["most_read"]

    assert most_read == sorted(pool, key=lambda a: a.view_count, reverse=True)[:5]
