import json

import pytest

from .factories import ArticleFactory
from .processes import PRODUCTION, run_django
from .twofactor import enrol, phone_code

PUBLIC_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    # A YouTube clip's player, loaded when the reader presses play (articles/videos.py).
    "frame-src": "https://www.youtube-nocookie.com",
    "base-uri": "'self'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}


def directives(policy):
    return dict(directive.split(" ", 1) for directive in policy.split("; "))


def test_check_deploy_finds_nothing_with_production_settings():
    result = run_django("manage.py", "check", "--deploy", "--fail-level", "DEBUG", **PRODUCTION)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_when_https_protections_are_turned_off():
    result = run_django(
        "manage.py", "check", "--deploy", **PRODUCTION, DJANGO_SSL_REDIRECT="0", DJANGO_HSTS_SECONDS="0"
    )

    assert "security.W008" in result.stderr
    assert "security.W004" in result.stderr


# In a subprocess, as settings are read once: what the site sends behind nginx over HTTPS in production.
PRODUCTION_RESPONSE = """
import django, json
django.setup()
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
client = Client(headers={"x-forwarded-proto": "https"})
answers = {}
for path in ["/", "/quan-tri/login/"]:
    response = client.get(path, HTTP_HOST="bantin.example.vn")
    answers[path] = {"status": response.status_code, "headers": dict(response.headers),
                     "cookies": {n: dict(c) for n, c in response.cookies.items()}}
plain = Client().get("/", HTTP_HOST="bantin.example.vn")
answers["http"] = {"status": plain.status_code, "location": plain.get("Location")}
from django.contrib.auth.models import User
User.objects.create_user("bientap", password="mat-khau-du-dai-123", is_staff=True)
login = client.post("/quan-tri/login/", {"username": "bientap", "password": "mat-khau-du-dai-123"},
                    HTTP_HOST="bantin.example.vn")
answers["login"] = {"status": login.status_code, "cookies": {n: dict(c) for n, c in login.cookies.items()}}
health = Client().get("/healthz", HTTP_HOST="bantin.example.vn")
answers["healthz over http"] = {"status": health.status_code}
print(json.dumps(answers))
"""


@pytest.fixture(scope="module")
def production_answers(tmp_path_factory, production_env):
    database = tmp_path_factory.mktemp("production") / "db.sqlite3"
    result = run_django(
        "-c",
        PRODUCTION_RESPONSE,
        **production_env,
        DATABASE_URL=f"sqlite:///{database}",
        DJANGO_SETTINGS_MODULE="bulletin_site.settings",
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_hsts_for_a_year_over_https(production_answers):
    headers = production_answers["/"]["headers"]

    assert production_answers["/"]["status"] == 200
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_production_redirects_plain_http_to_https(production_answers):
    assert production_answers["http"]["status"] == 301
    assert production_answers["http"]["location"] == "https://bantin.example.vn/"


def test_health_check_answers_over_plain_http_for_the_load_balancer(production_answers):
    assert production_answers["healthz over http"]["status"] == 200


def test_production_cookies_are_secure_and_the_session_is_http_only(production_answers):
    csrf = production_answers["/quan-tri/login/"]["cookies"]["csrftoken"]
    session = production_answers["login"]["cookies"]["sessionid"]

    assert production_answers["login"]["status"] == 302
    assert csrf["secure"] is True
    assert session["secure"] is True
    assert session["httponly"] is True


@pytest.mark.django_db
def test_public_pages_send_the_strict_policy_and_the_other_headers(client, site_settings):
    article = ArticleFactory()

    for path in ["/", article.get_absolute_url(), "/khong-co/"]:
        response = client.get(path)

        assert directives(response["Content-Security-Policy"]) == PUBLIC_POLICY, path
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert "camera=()" in response["Permissions-Policy"]
        assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_public_policy_never_allows_inline_script(client, site_settings):
    policy = client.get("/")["Content-Security-Policy"]

    assert directives(policy)["script-src"] == "'self'"
    assert "unsafe" not in policy


@pytest.mark.django_db
def test_the_admin_policy_adds_style_attributes_and_nothing_else(editor_client):
    policy = editor_client.get("/quan-tri/articles/article/add/")["Content-Security-Policy"]

    admin_policy = {name: value for name, value in PUBLIC_POLICY.items() if name != "frame-src"}
    assert directives(policy) == {**admin_policy, "style-src-attr": "'unsafe-inline'"}


@pytest.mark.django_db
def test_staff_session_lasts_a_working_day_and_ends_with_the_browser(client, editor, time_machine):
    time_machine.move_to("2026-03-02 08:00 +07:00", tick=False)
    device, _ = enrol(editor)
    client.post("/quan-tri/login/", {"username": editor.username, "password": "mat-khau-thu-nghiem"})
    client.post("/quan-tri/xac-thuc/", {"code": phone_code(device)})
    session_cookie = client.cookies["sessionid"]

    assert session_cookie["httponly"] is True
    assert session_cookie["max-age"] == ""  # no max-age: gone when the browser closes
    assert client.get("/quan-tri/").status_code == 200

    time_machine.move_to("2026-03-02 15:59 +07:00", tick=False)
    assert client.get("/quan-tri/").status_code == 200
    time_machine.move_to("2026-03-02 16:01 +07:00", tick=False)
    response = client.get("/quan-tri/")
    assert response.status_code == 302
    assert response.url.startswith("/quan-tri/login/")
