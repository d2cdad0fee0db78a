"""No login, however odd, answers 500: a very long name, a NUL, a foreign `next`, on PostgreSQL too."""

import pytest
from axes.models import AccessAttempt

from .twofactor import enrol, phone_code, send_code

pytestmark = pytest.mark.django_db

LOGIN_URL = "/quan-tri/login/"
PASSWORD = "mat-khau-thu-nghiem"


def log_in(client, username, password, **extra):
    credentials = {"username": username, "password": password}
    return client.post(LOGIN_URL, credentials, REMOTE_ADDR="203.0.113.7", **extra)


@pytest.mark.parametrize(
    "username",
    [
        "a" * 256,
        "nguyen.van.a@" + "bantin-xay-dung-dang." * 20 + "vn",  # pasted twice by mistake, 400+ characters
        "Nguyễn Thị Hoà " * 30,  # 450 Vietnamese characters: longer than axes' varchar(255) in characters
        "bien\x00tap",
        "\x00",
        " " * 300,
    ],
    ids=["256-ascii", "long-email", "long-vietnamese", "nul-inside", "only-nul", "spaces"],
)
def test_an_odd_username_is_an_ordinary_wrong_login(client, editor, username):
    response = log_in(client, username, "doan-sai")

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_very_long_username_is_still_locked_out_after_five_tries(client, editor):
    username = "x" * 300
    answers = [log_in(client, username, "doan-sai").status_code for _ in range(5)]

    assert answers == [200, 200, 200, 200, 429]
    assert AccessAttempt.objects.get().username == "x" * 255
    # The real account from the same address is another pair: it still logs in.
    assert log_in(client, editor.username, PASSWORD).status_code == 302


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)", "http:///evil"],
)
def test_a_login_with_a_foreign_next_lands_on_the_admin_home(client, editor, next_url):
    device, _ = enrol(editor)
    client.post(
        f"{LOGIN_URL}?next={next_url}",
        {"username": editor.username, "password": PASSWORD, "next": next_url},
        REMOTE_ADDR="203.0.113.7",
    )
    response = send_code(client, phone_code(device))  # an editor's second step

    assert response.status_code == 302
    assert response["Location"] == "/quan-tri/"
    assert client.get(response["Location"]).status_code == 200


def test_a_login_with_a_next_of_our_own_goes_there(client, editor):
    next_url = "/quan-tri/articles/article/"
    device, _ = enrol(editor)

    client.post(
        f"{LOGIN_URL}?next={next_url}",
        {"username": editor.username, "password": PASSWORD, "next": next_url},
        REMOTE_ADDR="203.0.113.7",
    )
    response = send_code(client, phone_code(device))

    assert response["Location"] == next_url
