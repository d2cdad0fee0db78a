"""A Redis outage is not a site outage: readers get pages, every view counts once, everything recovers.

A Redis of the test's own (tests/own_redis.py) behind the site under gunicorn with production settings: killed
with SIGKILL and started again on its append-only file, then frozen with SIGSTOP, each under a few hundred
requests. Views wait in Redis (no flush before the end) so that those counted before the outage must survive
it, and those counted in the database meanwhile must not be counted again.
"""

import concurrent.futures
import json
import re
import time
import urllib.error
import urllib.request

import pytest

from articles.pagecache.breaker import RETRY_SECONDS

from .own_redis import own_redis
from .processes import PRODUCTION, Site, environment, new_postgres_database, postgres_url

pytestmark = pytest.mark.slow

READERS = 8


@pytest.fixture(scope="module")
def database_url(tmp_path_factory):
    if postgres_url():
        with new_postgres_database("wt_redis_outage") as url:
            yield url
    else:
        yield f"sqlite:///{tmp_path_factory.mktemp('outage') / 'site.sqlite3'}"


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    with own_redis(tmp_path_factory.mktemp("redis")) as server:
        yield server


@pytest.fixture(scope="module")
def site(database_url, redis_server, tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    site = Site(
        environment(
            **PRODUCTION,
            DJANGO_SSL_REDIRECT="0",
            DJANGO_SECURE_COOKIES="0",
            DJANGO_STATIC_COMPRESS="0",
            DJANGO_STATIC_ROOT=str(folder / "static"),
            DJANGO_MEDIA_ROOT=str(folder / "media"),
            DATABASE_URL=database_url,
            REDIS_URL=redis_server.url,
            # Views wait in Redis until the test writes them: those counted before an outage must survive it.
            VIEW_COUNT_FLUSH_VIEWS="1000000",
            VIEW_COUNT_FLUSH_SECONDS="3600",
        )
    )
    site.manage("migrate", "--noinput")
    site.manage("collectstatic", "--noinput", "--ignore", "admin", "--ignore", "django_ckeditor_5")
    site.start()
    yield site
    if site.server.poll() is None:
        site.stop()


def new_article(site, title):
    return site.python(
        "from articles.models import Article, Category\n"
        "category, _ = Category.objects.get_or_create(name='Tin xây dựng Đảng')\n"
        f"article = Article.objects.create(title='{title}', category=category, lead='Sapo.',"
        " status='published')\n"
        "print(article.slug)"
    )


def load(site, path, count):
    """`count` requests from READERS readers at once: [(status, html)] and the requests per second."""

    def get(_):
        try:
            with urllib.request.urlopen(f"{site.url}{path}", timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, ""
        except OSError as error:
            return type(error).__name__, ""

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(READERS) as pool:
        answers = list(pool.map(get, range(count)))
    return answers, count / (time.monotonic() - started)


def errors(answers):
    return [status for status, _ in answers if status != 200]


def health(site):
    with urllib.request.urlopen(f"{site.url}/healthz", timeout=10) as response:
        return response.status, json.loads(response.read())


def stored_views(site, slug):
    """The article's count in the database once the views waiting in Redis are written."""
    out = site.python(
        "from django.core.management import call_command\n"
        "from articles.models import Article\n"
        "call_command('flush_view_counts')\n"
        f"print(Article.objects.get(slug='{slug}').view_count)"
    )
    return int(out.splitlines()[-1])


def report(what, before, during, after, rates, views):
    """The figures, for `pytest -s` (asserted below without the rates: no timed assertions)."""
    counts = "/".join(str(len(errors(answers))) for answers in (before, during, after))
    total = len(before) + len(during) + len(after)
    speeds = "/".join(f"{rate:.0f}" for rate in rates)
    print(f"\n{what}: errors before/during/after {counts}, requests/s {speeds}, views {views} of {total}")


def shown(answers):
    return [int(re.search(r"Lượt xem: (\d+)", html).group(1)) for _, html in answers]


def test_readers_get_pages_and_every_view_counts_while_redis_is_killed_and_restarted(site, redis_server):
    slug = new_article(site, "Bài đọc khi Redis bị tắt")
    path = f"/bai-viet/{slug}/"
    before, rate_before = load(site, path, 150)
    assert shown(before)[-1] <= 150 and health(site) == (200, {"status": "ok"})

    redis_server.kill()
    during, rate = load(site, path, 200)
    degraded = health(site)
    # Changed while Redis is down: the change cannot be announced there, and must show once it is back.
    site.python(
        "from articles.models import SiteSettings\nsite = SiteSettings.load()\n"
        "site.site_name = 'Tên mới'\nsite.save()"
    )
    redis_server.start()
    time.sleep(RETRY_SECONDS + 1)  # each worker tries Redis again after this pause
    after, rate_after = load(site, path, 150)

    report("kill", before, during, after, (rate_before, rate, rate_after), stored_views(site, slug))
    assert errors(before) + errors(during) + errors(after) == []
    assert degraded == (200, {"status": "degraded"})
    assert health(site) == (200, {"status": "ok"})
    assert all("Tên mới" in html for _, html in after)
    assert stored_views(site, slug) == 500  # 150 in Redis before, 200 in the database, 150 in Redis after
    assert max(shown(after)) == 500


def test_a_frozen_redis_costs_readers_little_and_no_view_is_lost_or_counted_twice(site, redis_server):
    slug = new_article(site, "Bài đọc khi Redis bị treo")
    path = f"/bai-viet/{slug}/"
    before, rate_before = load(site, path, 100)

    with redis_server.frozen():
        during, rate = load(site, path, 300)
        degraded = health(site)
    # Thawed, Redis runs the scripts that waited in its sockets: views past their deadline count nothing.
    time.sleep(RETRY_SECONDS + 1)
    after, rate_after = load(site, path, 100)

    report("freeze", before, during, after, (rate_before, rate, rate_after), stored_views(site, slug))
    assert errors(before) + errors(during) + errors(after) == []
    assert degraded == (200, {"status": "degraded"})
    assert stored_views(site, slug) == 500
    assert max(shown(after)) == 500
