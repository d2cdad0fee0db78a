"""A flood of pages never costs a view: pages are kept with an expiry and view counts without one, so under
`maxmemory-policy volatile-lru` (README) Redis evicts pages only; under `noeviction` the site goes on from the
database while Redis refuses writes. On a Redis of the test's own with a small maxmemory."""

import os

import pytest
from django.core.management import call_command
from django.http import HttpResponse

from articles.pagecache import cached_page, redis_scripts

from .factories import ArticleFactory
from .own_redis import own_redis

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

PAGE_BYTES = 28_000  # an article page
FLOOD = 300  # pages: three times what the Redis below can hold


@pytest.fixture(params=["volatile-lru", "noeviction"])
def small_redis(request, tmp_path, settings):
    policy = ["--maxmemory", "3mb", "--maxmemory-policy", request.param]
    with own_redis(tmp_path / "redis", *policy) as server:
        settings.REDIS_URL = server.url
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": server.url,
                "OPTIONS": {"socket_timeout": 0.25, "socket_connect_timeout": 0.25},
            }
        }
        settings.VIEW_COUNT_FLUSH_VIEWS, settings.VIEW_COUNT_FLUSH_SECONDS = 1_000_000, 3600
        redis_scripts._scripts_for.cache_clear()  # a breaker of its own for this server
        yield request.param
        redis_scripts._scripts_for.cache_clear()


def views_in_redis(article):
    scripts = redis_scripts.scripts()
    return int(scripts.client.hget(scripts.pending, article.pk) or 0)


def test_a_flood_of_pages_never_loses_a_view_waiting_in_redis(small_redis, client, rf, site_settings):
    article = ArticleFactory(view_count=100)
    assert [client.get(article.get_absolute_url()).status_code for _ in range(10)] == [200] * 10
    assert views_in_redis(article) == 10

    @cached_page()
    def page(request):
        return HttpResponse(os.urandom(PAGE_BYTES // 2).hex())

    flood = [page(rf.get(f"/trang-ngau-nhien/{n}/")).status_code for n in range(FLOOD)]
    after = [client.get(article.get_absolute_url()).status_code for _ in range(10)]

    assert flood == [200] * FLOOD and after == [200] * 10
    info = redis_scripts.scripts().client.info()
    article.refresh_from_db()
    if small_redis == "volatile-lru":
        assert info["evicted_keys"] > 0  # the flood did overflow Redis: pages went, the views stayed
        call_command("flush_view_counts")
        article.refresh_from_db()
        assert article.view_count == 120
    else:
        # Full: Redis refuses writes; the views after the flood are counted in the database meanwhile.
        assert redis_scripts.scripts().client.dbsize() < FLOOD  # pages were refused
        assert article.view_count + views_in_redis(article) == 120
        assert views_in_redis(article) == 10
