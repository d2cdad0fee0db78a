import logging

import pytest

from .processes import run_django

pytestmark = pytest.mark.django_db

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}


def test_healthz_says_ok_when_the_database_and_the_cache_answer(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_healthz_says_degraded_without_details_when_the_cache_is_down(client, settings, caplog):
    settings.CACHES = UNREACHABLE_REDIS

    response = client.get("/healthz")

    # The site goes on without its cache: the load balancer keeps the server, the operator is told.
    assert response.status_code == 200
    assert response.json() == {"status": "degraded"}
    assert "no-store" in response["Cache-Control"]
    # A warning for the operator, never an error record for the site.
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", "Health check: the cache does not answer (ConnectionError)")
    ]


HEALTH_WITHOUT_DATABASE = """
import django
django.setup()
from django.test import Client
response = Client(HTTP_HOST="127.0.0.1").get("/healthz")
print("ANSWER", response.status_code, response.content.decode())
"""


def test_healthz_is_503_when_the_database_is_down():
    result = run_django(
        "-c",
        HEALTH_WITHOUT_DATABASE,
        DATABASE_URL="postgres://postgres@127.0.0.1:1/bantin",  # nothing listens on port 1
        DJANGO_SETTINGS_MODULE="bulletin_site.settings",
    )

    assert result.returncode == 0, result.stderr
    assert 'ANSWER 503 {"status": "error"}' in result.stdout
    assert "WARNING bulletin_site.health Health check: the database does not answer" in result.stdout
    assert " ERROR " not in result.stdout + result.stderr


def test_health_checks_are_not_logged_as_request_errors(client, settings, caplog):
    settings.CACHES = UNREACHABLE_REDIS
    caplog.set_level(logging.INFO)

    client.get("/healthz")

    assert not [r for r in caplog.records if r.name == "django.request"]
