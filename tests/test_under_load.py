"""The site under gunicorn with production settings and two worker processes, with many readers at once.

The server has a database of its own (a fresh SQLite file, or a fresh PostgreSQL database next to the test
database) and, when REDIS_URL is set, the tests' Redis database.
"""

import re
import uuid

import pytest
from django.conf import settings

from .processes import PRODUCTION, Site, environment, new_postgres_database, postgres_url

VIEWS = 200


@pytest.fixture(scope="module")
def database_url(tmp_path_factory):
    """A database for the server, of the kind the tests run on."""
    if postgres_url():
        with new_postgres_database("wt_under_load") as url:
            yield url
    else:
        yield f"sqlite:///{tmp_path_factory.mktemp('live') / 'live.sqlite3'}"


@pytest.fixture(scope="module", params=["without Redis", "with Redis"])
def site(request, database_url, tmp_path_factory):
    if request.param == "with Redis" and not settings.REDIS_URL:
        pytest.skip("set REDIS_URL to test the site with Redis")
    folder = tmp_path_factory.mktemp("site")
    env = environment(
        **PRODUCTION,
        DJANGO_SSL_REDIRECT="0",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_STATIC_COMPRESS="0",
        DJANGO_STATIC_ROOT=str(folder / "static"),
        DJANGO_MEDIA_ROOT=str(folder / "media"),
        DATABASE_URL=database_url,
        **({"REDIS_URL": settings.REDIS_URL} if request.param == "with Redis" else {}),
    )
    site = Site(env)
    site.manage("migrate", "--noinput")
    # The readers' pages need only our own stylesheet; the admin's and the editor's files take a minute.
    site.manage("collectstatic", "--noinput", "--ignore", "admin", "--ignore", "django_ckeditor_5")
    site.start()
    yield site
    if site.server.poll() is None:
        site.stop()


def new_article(site):
    return site.python(
        "from articles.models import Article, Category\n"
        f"category = Category.objects.create(name='Chuyên mục {uuid.uuid4().hex[:8]}')\n"
        "article = Article.objects.create(title='Bài được chia sẻ nhiều', category=category, lead='Sapo.',"
        " status='published')\n"
        "print(article.slug)"
    )


def test_a_change_shows_at_once_whichever_worker_answers(site):
    new_article(site)
    site.get_all("/", 40)  # both workers have the home page cached, when there is a page cache

    site.python(
        "from articles.models import SiteSettings\n"
        "site = SiteSettings.load()\n"
        "site.site_name = 'Bản tin đã đổi tên'\n"
        "site.save()"
    )

    answers = site.get_all("/", 40)
    assert all("Bản tin đã đổi tên" in html for _, html in answers)


def test_every_one_of_many_concurrent_views_is_counted_exactly_once(site):
    slug = new_article(site)

    answers = site.get_all(f"/bai-viet/{slug}/", VIEWS)

    assert [status for status, _ in answers] == [200] * VIEWS
    shown = sorted(int(re.search(r"Lượt xem: (\d+)", html).group(1)) for _, html in answers)
    assert shown == list(range(1, VIEWS + 1))  # each reader saw their own view counted
    # With Redis the views wait there: they outlive the server and are written by another process.
    site.stop()
    stored = site.python(
        "from django.core.management import call_command\n"
        "from articles.models import Article\n"
        "call_command('flush_view_counts')\n"
        f"print(Article.objects.get(slug='{slug}').view_count)"
    )
    assert stored.splitlines()[-1] == str(VIEWS)
