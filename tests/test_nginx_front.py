"""nginx in front (VIEW_COUNT_SOURCE=nginx-log): readers' pages from nginx's one-second cache, every reader's
view of an article a line in nginx's view log, and `count_logged_views` turning new lines into counts once."""

import contextlib
import http.client
import os
import signal
import ssl
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.management import call_command
from django.test import Client

from .factories import ArticleFactory, UserFactory
from .processes import PROJECT, environment, free_port, new_postgres_database, postgres_url, run_django
from .test_deploy_files import nginx_site, running_nginx  # noqa: F401 (a fixture)


def log_line(request_id, article_id, msec="1764590000.123"):
    return f"{msec} {request_id:032x} {article_id}\n"


def count(log):
    call_command("count_logged_views", "--log", str(log))


@pytest.mark.django_db
def test_each_logged_line_counts_once_across_runs_a_rotation_and_a_line_being_written(tmp_path):
    article, other = ArticleFactory(), ArticleFactory()
    log = tmp_path / "bantin.views.log"
    log.write_text(log_line(1, article.pk) * 1 + log_line(2, article.pk) + log_line(3, other.pk))

    count(log)
    count(log)  # nothing new

    article.refresh_from_db()
    other.refresh_from_db()
    assert (article.view_count, other.view_count) == (2, 1)

    # nginx is halfway through a line: only whole lines are counted, the rest on the next run.
    with log.open("a") as file:
        file.write(log_line(4, article.pk) + log_line(5, article.pk)[:20])
    count(log)
    article.refresh_from_db()
    assert article.view_count == 3

    # logrotate renames the log; nginx goes on writing to it until it reopens its logs, then to a new one.
    with log.open("a") as file:
        file.write(log_line(5, article.pk)[20:])
    log.rename(tmp_path / "bantin.views.log.1")
    with (tmp_path / "bantin.views.log.1").open("a") as file:
        file.write(log_line(6, article.pk))
    log.write_text(log_line(7, article.pk) + log_line(8, other.pk))
    count(log)
    # Late lines in the rotated file (nginx reopened its logs after the last run) are still counted.
    with (tmp_path / "bantin.views.log.1").open("a") as file:
        file.write(log_line(9, article.pk))
    count(log)
    count(log)

    article.refresh_from_db()
    other.refresh_from_db()
    assert (article.view_count, other.view_count) == (7, 2)  # 3 + lines 5, 6, 7, 9; 1 + line 8


@pytest.mark.django_db
def test_a_copied_and_truncated_log_is_read_from_its_copy_and_from_the_start(tmp_path):
    article = ArticleFactory()
    log = tmp_path / "bantin.views.log"
    log.write_text(log_line(1, article.pk) + log_line(2, article.pk))
    count(log)
    # logrotate's copytruncate: the copy is the same file (same first line), the log starts again.
    (tmp_path / "bantin.views.log.1").write_text(log.read_text() + log_line(3, article.pk))
    log.write_text(log_line(4, article.pk))

    count(log)

    article.refresh_from_db()
    assert article.view_count == 4


@pytest.mark.django_db
def test_odd_lines_and_missing_articles_count_nothing_and_no_log_is_no_error(tmp_path):
    article = ArticleFactory()
    log = tmp_path / "bantin.views.log"
    count(log)  # nginx has not written it yet
    log.write_text(log_line(1, article.pk) + "rác\n\n" + log_line(2, 999_999) + log_line(3, "9" * 40))

    count(log)

    article.refresh_from_db()
    assert article.view_count == 1


@pytest.mark.django_db
def test_with_nginx_counting_the_app_counts_nothing_but_names_the_article_and_lets_nginx_keep_the_page(
    settings,
):
    settings.VIEW_COUNT_SOURCE = "nginx-log"
    article = ArticleFactory(view_count=5)

    first = Client().get(article.get_absolute_url())
    second = Client().get(article.get_absolute_url() + "?utm_source=zalo")
    staff = Client()
    staff.force_login(UserFactory(is_staff=True, is_superuser=True))
    private = staff.get(article.get_absolute_url())

    article.refresh_from_db()
    assert article.view_count == 5
    assert "Lượt xem: 5" in second.content.decode()
    assert first["X-Article"] == second["X-Article"] == str(article.pk)
    assert first["X-Accel-Expires"].startswith("@") and "no-cache" in first["Cache-Control"]
    assert "X-Accel-Expires" not in private and "no-store" in private["Cache-Control"]
    assert "X-Accel-Expires" not in Client().get("/tim-kiem/?q=nghi+quyet")


@pytest.mark.django_db
def test_with_nginx_counting_and_no_page_cache_in_the_app_nginx_may_still_keep_a_readers_page(settings):
    settings.VIEW_COUNT_SOURCE = "nginx-log"
    settings.PAGE_CACHE_SECONDS = 0
    article = ArticleFactory()

    response = Client().get(article.get_absolute_url())

    assert response["X-Accel-Expires"].startswith("@") and response["X-Article"] == str(article.pk)
    assert "X-Accel-Expires" not in Client().post(article.get_absolute_url())


@pytest.mark.django_db
def test_without_nginx_the_app_counts_as_before_and_sends_no_nginx_headers():
    article = ArticleFactory()

    Client().get(article.get_absolute_url())
    response = Client().get(article.get_absolute_url())

    assert "Lượt xem: 2" in response.content.decode()  # counted by the app (in Redis, when it runs)
    assert "X-Article" not in response and "X-Accel-Expires" not in response


# End to end: Debian's nginx with the deployment guide's site file, in front of gunicorn.

READER = "Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile Safari/537.36"
CRAWLER = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


@contextlib.contextmanager
def database_url(tmp_path):
    if postgres_url():
        with new_postgres_database("wt_nginx_front") as url:
            yield url
    else:
        yield f"sqlite:///{tmp_path / 'site.sqlite3'}"


@contextlib.contextmanager
def gunicorn(env, port):
    process = subprocess.Popen(
        [
            *[sys.executable, "-m", "gunicorn", "bulletin_site.wsgi", "--workers", "2"],
            *["--no-control-socket", "-b", f"127.0.0.1:{port}"],
        ],
        cwd=PROJECT,
        env=environment(**env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=20)


def until(found, what):
    for _ in range(200):  # at most 20 s: waiting for a process, never a measured duration
        with contextlib.suppress(OSError, http.client.HTTPException):
            if found():
                return
        time.sleep(0.1)
    pytest.fail(f"never: {what}")


@pytest.mark.slow
def test_behind_nginx_every_readers_view_counts_exactly_once_and_nothing_else_does(
    nginx_site,  # noqa: F811
    tmp_path,
    production_env,
):
    nginx, site, write = nginx_site
    https_port, app_port = free_port(), free_port()
    views_log = tmp_path / "bantin.views.log"
    site = (
        site.replace("server 127.0.0.1:8001;", f"server 127.0.0.1:{app_port};")
        .replace("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;")
        .replace("listen [::]:443 ssl http2;", "")
        .replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
        .replace("listen [::]:80;", "")
        .replace("/var/log/nginx/", f"{tmp_path}/")
        # Seen by the test only: whether nginx answered from its cache.
        .replace(
            "proxy_cache_use_stale updating;",
            "proxy_cache_use_stale updating;\n add_header X-Cache $upstream_cache_status always;",
        )
    )
    context = ssl._create_unverified_context()

    def request(path, method="GET", agent=READER, cookie=None):
        connection = http.client.HTTPSConnection("127.0.0.1", https_port, context=context, timeout=10)
        headers = {"Host": "bantin.example.vn", "User-Agent": agent, **({"Cookie": cookie} if cookie else {})}
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
        body = response.read().decode()
        connection.close()
        return response, body

    with database_url(tmp_path) as url:
        env = {
            **production_env,
            "DATABASE_URL": url,
            "DJANGO_ALLOWED_HOSTS": "bantin.example.vn,127.0.0.1",
            "VIEW_COUNT_SOURCE": "nginx-log",
            "VIEW_LOG_PATH": str(views_log),
            **({"REDIS_URL": os.environ["REDIS_URL"]} if os.environ.get("REDIS_URL") else {}),
        }
        assert run_django("manage.py", "migrate", "-v", "0", **env).returncode == 0
        setup = (
            "from django.contrib.auth.models import User; from django.test import Client; "
            "from django.utils import timezone; from articles.models import Article, Category; "
            "category = Category.objects.create(name='Tin xây dựng Đảng'); "
            "Article.objects.create(title='Hội nghị học tập nghị quyết', category=category, "
            "lead='Sáng nay.', body='<p>Nội dung.</p>', status='published', published_at=timezone.now()); "
            "staff = User.objects.create_superuser('quantri', 'q@example.vn', 'x'); "
            "client = Client(); client.force_login(staff); "
            "print(client.cookies['sessionid'].value)"
        )
        result = run_django("manage.py", "shell", "-v", "0", "-c", setup, **env)
        assert result.returncode == 0, result.stderr
        staff_cookie = f"csrftoken=abc; sessionid={result.stdout.strip().splitlines()[-1]}"
        article = "/bai-viet/hoi-nghi-hoc-tap-nghi-quyet/"

        def count_logged_views():
            result = run_django("manage.py", "count_logged_views", **env)
            assert result.returncode == 0, result.stderr

        def view_count():
            code = "from articles.models import Article; print(Article.objects.get().view_count)"
            return int(run_django("manage.py", "shell", "-v", "0", "-c", code, **env).stdout.split()[-1])

        with gunicorn(env, app_port), running_nginx(nginx, write(site)) as nginx_process:
            until(lambda: request("/healthz")[0].status == 200, "the site answers through nginx")
            visits = (
                [(article, "GET", READER, None)] * 30
                + [(f"{article}?utm_source=zalo&fbclid=IwAR{n}", "GET", READER, None) for n in range(10)]
                + [(article, "GET", CRAWLER, None)] * 5
                + [(article, "HEAD", READER, None)] * 5
                + [(article, "GET", READER, staff_cookie)] * 5
            )
            with ThreadPoolExecutor(8) as pool:
                answers = list(pool.map(lambda visit: request(*visit), visits))
            count_logged_views()
            count_logged_views()
            after_first = view_count()

            # logrotate: the log renamed, nginx writes on to it until it reopens its logs.
            views_log.rename(tmp_path / "bantin.views.log.1")
            for _ in range(4):
                request(article)
            nginx_process.send_signal(signal.SIGUSR1)
            until(views_log.exists, "nginx reopens its logs")
            for _ in range(3):
                request(article + "?trang=2&utm_medium=social")
            count_logged_views()
            count_logged_views()
            after_rotation = view_count()
            # The figure the page shows, from the app (nginx may hold the page until the second ends).
            direct = http.client.HTTPConnection("127.0.0.1", app_port, timeout=10)
            direct.request(
                "GET", article, headers={"Host": "bantin.example.vn", "X-Forwarded-Proto": "https"}
            )
            shown = direct.getresponse().read().decode()
            direct.close()

    statuses = [response.status for response, _ in answers]
    assert statuses == [200] * len(visits)
    caches = [response.headers["X-Cache"] for response, _ in answers]
    readers = caches[:40]
    assert "HIT" in readers  # the readers' repeat views came from nginx's cache, not from Python
    assert set(caches[-5:]) == {"BYPASS"}  # the staff's pages never go through it
    staff_page = answers[-1][0]
    assert "no-store" in staff_page.headers["Cache-Control"]
    assert staff_page.headers.get("X-Accel-Expires") is None
    assert answers[0][0].headers.get("X-Accel-Expires") is None  # nginx keeps it to itself
    assert after_first == 40  # the readers' GETs, tracking parameters or not; no crawler, HEAD or staff
    assert after_rotation == 47
    assert "Lượt xem: 47" in shown
