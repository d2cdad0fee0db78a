import time

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from articles.pagecache import counters, redis_scripts

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db

needs_redis = pytest.mark.skipif(not settings.REDIS_URL, reason="the buffered counter needs REDIS_URL")


def shown_count(response):
    html = response.content.decode()
    start = html.index("Lượt xem: ") + len("Lượt xem: ")
    return int(html[start : html.index("<", start)])


def stored_count(article):
    article.refresh_from_db()
    return article.view_count


def test_every_readers_view_counts_also_when_the_page_comes_from_the_cache(client, site_settings):
    article = ArticleFactory(view_count=100)

    shown = [shown_count(client.get(article.get_absolute_url())) for _ in range(3)]

    assert shown == [101, 102, 103]
    call_command("flush_view_counts")
    assert stored_count(article) == 103


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
        "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
        "Some-Crawler/1.0",
    ],
)
def test_crawlers_are_not_counted(client, site_settings, user_agent):
    article = ArticleFactory(view_count=100)

    response = client.get(article.get_absolute_url(), headers={"user-agent": user_agent})

    assert shown_count(response) == 100
    call_command("flush_view_counts")
    assert stored_count(article) == 100


def test_staff_views_are_not_counted_but_staff_see_the_readers_count(client, editor, site_settings):
    article = ArticleFactory(view_count=100)
    reader = Client()
    reader.get(article.get_absolute_url())
    client.force_login(editor)

    response = client.get(article.get_absolute_url())

    assert shown_count(response) == 101
    call_command("flush_view_counts")
    assert stored_count(article) == 101


def test_head_requests_are_not_counted_also_from_the_cache(client, site_settings):
    article = ArticleFactory(view_count=100)
    client.get(article.get_absolute_url())

    client.head(article.get_absolute_url())

    call_command("flush_view_counts")
    assert stored_count(article) == 101


def test_only_the_articles_own_count_is_written_into_its_page(client, site_settings):
    article = ArticleFactory(view_count=100)
    ArticleFactory(category=article.category, title="Bài cùng chuyên mục", view_count=7)

    html = client.get(article.get_absolute_url()).content.decode()

    assert "Lượt xem: 101" in html
    assert "Lượt xem: 7" in html  # the related article's card shows its own count
    assert "<!--luot-xem" not in html


@needs_redis
def test_views_wait_in_redis_and_are_written_in_one_batch(client, site_settings, settings):
    settings.VIEW_COUNT_FLUSH_VIEWS = 5
    article = ArticleFactory(view_count=100)

    for _ in range(4):
        client.get(article.get_absolute_url())
    assert stored_count(article) == 100
    fifth = client.get(article.get_absolute_url())

    assert shown_count(fifth) == 105
    assert stored_count(article) == 105


@needs_redis
def test_views_are_written_a_few_seconds_after_the_first_one(client, site_settings, settings):
    settings.VIEW_COUNT_FLUSH_SECONDS = 1
    article = ArticleFactory(view_count=100)
    client.get(article.get_absolute_url())
    assert stored_count(article) == 100

    time.sleep(1.1)
    client.get(article.get_absolute_url())

    assert stored_count(article) == 102


class Crash(Exception):
    pass


@needs_redis
def test_a_flush_that_dies_before_its_commit_loses_no_view(client, site_settings, monkeypatch):
    article = ArticleFactory(view_count=100)
    for _ in range(3):
        client.get(article.get_absolute_url())

    def crash(counts):
        raise Crash

    with monkeypatch.context() as patch:
        patch.setattr(counters, "_add_views", crash)
        with pytest.raises(Crash):
            counters.flush()
    assert stored_count(article) == 100
    assert shown_count(client.get(article.get_absolute_url())) == 104

    call_command("flush_view_counts")

    assert stored_count(article) == 104
    assert shown_count(client.get(article.get_absolute_url())) == 105


@needs_redis
def test_a_flush_that_dies_after_its_commit_never_writes_twice(client, site_settings, monkeypatch):
    article = ArticleFactory(view_count=100)
    for _ in range(3):
        client.get(article.get_absolute_url())
    scripts = redis_scripts.scripts()

    def crash(**kwargs):
        raise Crash

    with monkeypatch.context() as patch:
        patch.setattr(scripts, "finish", crash)
        with pytest.raises(Crash):
            counters.flush()
    assert stored_count(article) == 103
    # Written to the database but still in Redis: the figure shown counts it once.
    assert shown_count(client.get(article.get_absolute_url())) == 104

    call_command("flush_view_counts")
    call_command("flush_view_counts")

    assert stored_count(article) == 104
    assert shown_count(client.get(article.get_absolute_url())) == 105


@needs_redis
def test_a_cached_page_counts_right_after_redis_forgot_the_stored_counts(client, site_settings):
    article = ArticleFactory(view_count=100)
    client.get(article.get_absolute_url())
    call_command("flush_view_counts")
    scripts = redis_scripts.scripts()
    scripts.client.delete(scripts.known)  # as after a restart without persistence

    shown = [shown_count(client.get(article.get_absolute_url())) for _ in range(2)]

    assert shown == [102, 103]
    call_command("flush_view_counts")
    assert stored_count(article) == 103


@needs_redis
def test_a_page_rendered_again_before_a_flush_counts_on_from_redis_not_from_its_row(
    client, site_settings, django_capture_on_commit_callbacks
):
    """Redis starts an article from the count its page read in the row, and only then: views waiting in
    Redis are not lost when the page is rendered again from a row that does not hold them yet."""
    article = ArticleFactory(view_count=100)
    shown = [shown_count(client.get(article.get_absolute_url())) for _ in range(2)]  # waiting in Redis
    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory()  # a change: the page is rendered again, its row still says 100

    shown.append(shown_count(client.get(article.get_absolute_url())))

    assert shown == [101, 102, 103]
    assert stored_count(article) == 100
    call_command("flush_view_counts")
    assert stored_count(article) == 103
