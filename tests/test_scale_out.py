"""Two gunicorn app servers on one PostgreSQL and one Redis, as docs/deploy.md adds a second server: each
reaches the database by its own address (127.0.0.1 and localhost name the same server here), as the second
server of docs/deploy.md reaches it by 10.0.0.11."""

import contextlib
import http.cookiejar
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django_otp.oath import TOTP

from .processes import PROJECT, environment, free_port, new_postgres_database, postgres_url, run_django

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not postgres_url(), reason="DATABASE_URL is not PostgreSQL: two app servers need one"),
]

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/6"
PASSWORD = "mat-khau-quan-tri-2026"
# The superuser's authenticator app (a superuser logs in with a second factor).
PHONE_KEY = "3132333435363738393031323334353637383930"


@contextlib.contextmanager
def app_server(env):
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "bulletin_site.wsgi",
            "--no-control-socket",
            "--workers",
            "2",
            "-b",
            f"127.0.0.1:{port}",
        ],
        cwd=PROJECT,
        env=environment(**env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # at most 20 s
            with contextlib.suppress(OSError):
                if urllib.request.urlopen(f"{url}/healthz", timeout=2).status == 200:
                    break
            time.sleep(0.2)
        else:
            process.kill()
            pytest.fail(f"gunicorn did not answer: {process.communicate(timeout=10)[1][-2000:]}")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode()


class AdminSession:
    """A browser's cookies and forms, in urllib."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def post_form(self, path, data):
        page = self.opener.open(f"{self.base}{path}", timeout=10).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        return self.opener.open(f"{self.base}{path}", body, timeout=10)


def test_two_app_servers_serve_a_change_at_once_and_add_up_views_exactly(production_env):
    with new_postgres_database("wt_scale_out") as database_url:
        env = {
            **production_env,
            "DATABASE_URL": database_url,
            "REDIS_URL": REDIS_URL,
            "DJANGO_SSL_REDIRECT": "0",
            "DJANGO_SECURE_COOKIES": "0",
        }
        assert run_django("manage.py", "migrate", "-v", "0", **env).returncode == 0
        setup = (
            "from django.contrib.auth.models import User; from articles.models import Category; "
            f"u = User.objects.create_superuser('quantri', 'qt@example.vn', '{PASSWORD}'); "
            "Category.objects.create(name='Tin xây dựng Đảng'); "
            "from django_otp.plugins.otp_totp.models import TOTPDevice; "
            f"TOTPDevice.objects.create(user=u, name='Điện thoại', key='{PHONE_KEY}', confirmed=True)"
        )
        assert run_django("manage.py", "shell", "-v", "0", "-c", setup, **env).returncode == 0

        other_address = {**env, "DATABASE_URL": database_url.replace("@127.0.0.1", "@localhost", 1)}
        assert other_address["DATABASE_URL"] != database_url
        with app_server(env) as server_a, app_server(other_address) as server_b:
            admin = AdminSession(server_a)
            admin.post_form(
                "/quan-tri/login/", {"username": "quantri", "password": PASSWORD, "next": "/quan-tri/"}
            )
            admin.post_form("/quan-tri/xac-thuc/", {"code": f"{TOTP(bytes.fromhex(PHONE_KEY)).token():06d}"})
            published = admin.post_form(
                "/quan-tri/articles/article/add/",
                {
                    "title": "Hội nghị học tập nghị quyết",
                    "category": "1",
                    "lead": "Sáng nay, hội nghị khai mạc.",
                    "body": "<p>Nội dung.</p>",
                    "status": "published",
                    "published_at_0": "2026-01-14",
                    "published_at_1": "08:00:00",
                    **{f"photos-{k}": v for k, v in [("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0")]},
                },
            )
            assert published.url.endswith("/quan-tri/articles/article/")

            # Published through A, served by B on the very next request.
            status, html = get(f"{server_b}/bai-viet/hoi-nghi-hoc-tap-nghi-quyet/")
            assert status == 200 and "Hội nghị học tập nghị quyết" in html
            assert "Lượt xem: 1" in html

            article = "/bai-viet/hoi-nghi-hoc-tap-nghi-quyet/"
            with ThreadPoolExecutor(max_workers=8) as pool:
                statuses = list(pool.map(lambda base: get(f"{base}{article}")[0], [server_a, server_b] * 50))
            assert statuses == [200] * 100
            _, html = get(f"{server_a}{article}")
            assert "Lượt xem: 102" in html  # the first look, 50 + 50, and this one

            # Edited through A (a command run there), B's cached page changes at once.
            edit = (
                "from articles.models import Article; article = Article.objects.get(); "
                "article.title = 'Hội nghị học tập nghị quyết (cập nhật)'; article.save()"
            )
            result = run_django("manage.py", "shell", "-v", "0", "-c", edit, **env)
            assert result.returncode == 0, result.stderr
            status, html = get(f"{server_b}{article}")
            assert "Hội nghị học tập nghị quyết (cập nhật)" in html
            assert "Lượt xem: 103" in html
