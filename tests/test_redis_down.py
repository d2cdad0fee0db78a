"""Without an answer from Redis the site goes on: pages from the database, views counted there, exactly.

In-process, with a Redis address nothing listens on; tests/test_redis_outage.py kills and freezes a real one.
"""

import time

import pytest
from django.conf import settings

from articles.pagecache import redis_scripts

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db

NOBODY = "redis://127.0.0.1:1/0"  # nothing listens on port 1


@pytest.fixture
def redis_down(settings):
    settings.REDIS_URL = NOBODY
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": NOBODY,
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
    redis_scripts._scripts_for.cache_clear()
    yield
    redis_scripts._scripts_for.cache_clear()


def shown_count(response):
    html = response.content.decode()
    start = html.index("Lượt xem: ") + len("Lượt xem: ")
    return int(html[start : html.index("<", start)])


def test_readers_get_pages_and_views_count_in_the_database_while_redis_is_down(
    client, site_settings, redis_down
):
    article = ArticleFactory(view_count=100, title="Bài đọc khi Redis không trả lời")

    answers = [client.get(url) for url in ["/", article.get_absolute_url(), article.get_absolute_url()]]

    assert [answer.status_code for answer in answers] == [200, 200, 200]
    assert "Bài đọc khi Redis không trả lời" in answers[0].content.decode()
    assert [shown_count(answer) for answer in answers[1:]] == [101, 102]
    article.refresh_from_db()
    assert article.view_count == 102


def test_healthz_says_degraded_while_redis_is_down(client, redis_down):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "degraded"}


@pytest.mark.skipif(not settings.REDIS_URL, reason="needs REDIS_URL")
def test_a_view_that_redis_runs_past_its_deadline_counts_nothing_there(client, site_settings):
    # The client gave up on it and counted the view in the database: Redis must not count it as well.
    article = ArticleFactory(view_count=100)
    client.get(article.get_absolute_url())  # Redis knows the article and holds one view
    scripts = redis_scripts.scripts()
    keys, limits = scripts.counter_keys, redis_scripts.flush_limits()

    late = scripts.record(keys=keys, args=[article.pk, "1", *limits, "", repr(time.time() - 1)])
    in_time = scripts.record(keys=keys, args=[article.pk, "1", *limits, "", repr(time.time() + 5)])

    assert late == [-2, 0]
    assert in_time[0] == 102
    assert int(scripts.client.hget(scripts.pending, article.pk)) == 2
