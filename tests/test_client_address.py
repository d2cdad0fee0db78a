"""The client's address behind nginx: X-Real-IP is believed only from a trusted proxy's own address."""

import ipaddress

import pytest
from axes.models import AccessAttempt

from .test_settings import run_check

pytestmark = pytest.mark.django_db

LOGIN_URL = "/quan-tri/login/"
PASSWORD = "mat-khau-thu-nghiem"


@pytest.fixture(autouse=True)
def behind_nginx(settings):
    settings.BEHIND_PROXY = True  # the production default


def log_in(client, username, password, address, real_ip):
    return client.post(
        LOGIN_URL, {"username": username, "password": password}, REMOTE_ADDR=address, HTTP_X_REAL_IP=real_ip
    )


def test_someone_reaching_gunicorn_directly_cannot_dodge_the_lockout_by_rotating_x_real_ip(client, editor):
    attacker = "198.51.100.66"  # not nginx: straight to gunicorn's port
    answers = [
        log_in(client, editor.username, "doan-sai", attacker, real_ip=f"203.0.113.{n}").status_code
        for n in range(1, 7)
    ]

    assert answers == [200, 200, 200, 200, 429, 429]
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [attacker]


def test_through_nginx_on_the_same_server_each_reader_counts_apart(client, editor):
    for _ in range(5):
        log_in(client, editor.username, "doan-sai", "127.0.0.1", "203.0.113.7")

    assert log_in(client, editor.username, PASSWORD, "127.0.0.1", "203.0.113.7").status_code == 429
    assert log_in(client, editor.username, PASSWORD, "127.0.0.1", "198.51.100.20").status_code == 302


def test_a_second_app_server_believes_only_the_nginx_it_names(client, editor, settings):
    settings.TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.11")]
    for _ in range(5):
        log_in(client, editor.username, "doan-sai", "10.0.0.11", "203.0.113.7")
    # Another machine of the private network, or a process on this server, writing the header itself.
    for n in range(5):
        log_in(client, editor.username, "doan-sai", "127.0.0.1", f"192.0.2.{n}")

    assert sorted(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["127.0.0.1", "203.0.113.7"]


@pytest.mark.parametrize(
    "header", ["", "unknown", "203.0.113.7, 10.0.0.1", "203.0.113.7:54321", "<script>", "9" * 300]
)
def test_a_malformed_x_real_ip_counts_as_nginx_itself_and_never_answers_500(client, editor, header):
    response = log_in(client, editor.username, "doan-sai", "127.0.0.1", header)

    assert response.status_code == 200
    assert AccessAttempt.objects.get().ip_address == "127.0.0.1"


def test_a_mistyped_trusted_proxy_is_refused():
    result = run_check(DJANGO_TRUSTED_PROXIES="127.0.0.1,nginx")

    assert result.returncode != 0
    assert "DJANGO_TRUSTED_PROXIES must list IP addresses or networks" in result.stderr
