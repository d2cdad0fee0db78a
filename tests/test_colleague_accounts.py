"""A site admin adds a colleague by name, e-mail and role, and the account works the first time."""

import re

import pytest
from django.contrib.auth.models import User
from django.contrib.messages import get_messages
from django.contrib.sessions.models import Session
from django.test import Client

from .factories import UserFactory

pytestmark = pytest.mark.django_db

ADD_USER = "/quan-tri/auth/user/add/"
NEW_PASSWORD = "Ha-Long-2026-phong-vien"


def add_colleague(client, **overrides):
    data = {
        "username": "lan.nguyen",
        "first_name": "Lan",
        "last_name": "Nguyễn Thị",
        "email": "lan@example.vn",
        "role": "Phóng viên",
        "usable_password": "false",
        "password1": "",
        "password2": "",
    }
    return client.post(ADD_USER, data | overrides)


def change_form(user, **overrides):
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "role": "Phóng viên",
        "is_active": "on",
    }
    return data | overrides


def one_time_link(response):
    text = " ".join(str(m) for m in get_messages(response.wsgi_request))
    return re.search(r"http://testserver(/quan-tri/dat-mat-khau/\S+/)", text).group(1)


def test_a_colleague_added_with_a_role_sets_a_password_from_the_link_and_logs_in(site_admin_client):
    response = add_colleague(site_admin_client)

    assert response.status_code == 302
    colleague = User.objects.get(username="lan.nguyen")
    assert colleague.is_staff and not colleague.is_superuser
    assert [g.name for g in colleague.groups.all()] == ["Phóng viên"]
    assert not colleague.has_usable_password()
    link = one_time_link(response)

    newcomer = Client()
    form = newcomer.get(link, follow=True)
    assert "Mật khẩu mới" in form.content.decode() or "mật khẩu mới" in form.content.decode()
    set_page = form.redirect_chain[-1][0] if form.redirect_chain else link
    done = newcomer.post(
        set_page, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}, follow=True
    )
    assert done.status_code == 200

    login = newcomer.post("/quan-tri/login/", {"username": "lan.nguyen", "password": NEW_PASSWORD})
    assert login.status_code == 302
    assert newcomer.get("/quan-tri/").status_code == 200
    # The link was for one use: the password it set changed the token.
    assert "không hợp lệ" in Client().get(link, follow=True).content.decode()


def test_a_colleague_added_with_a_password_logs_in_at_once(site_admin_client):
    # A writer: an editor's first login goes on to set up the second factor (tests/test_two_factor.py).
    add_colleague(
        site_admin_client,
        role="Phóng viên",
        usable_password="true",
        password1=NEW_PASSWORD,
        password2=NEW_PASSWORD,
    )

    newcomer = Client()
    login = newcomer.post("/quan-tri/login/", {"username": "lan.nguyen", "password": NEW_PASSWORD})

    assert login.status_code == 302
    assert newcomer.get("/quan-tri/articles/article/").status_code == 200


def test_a_colleague_cannot_be_added_without_a_role(site_admin_client):
    response = add_colleague(site_admin_client, role="")

    assert response.status_code == 200
    assert "Trường này là bắt buộc." in response.content.decode()
    assert not User.objects.filter(username="lan.nguyen").exists()


def test_a_login_without_a_role_is_told_so_in_plain_words(client):
    UserFactory(username="khachmoi", is_staff=False)

    response = client.post("/quan-tri/login/", {"username": "khachmoi", "password": "mat-khau-thu-nghiem"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Mật khẩu đúng, nhưng tài khoản “khachmoi” chưa được giao vai trò trong tòa soạn" in html
    assert "nhập đúng Tên đăng nhập và mật khẩu" not in html


def test_a_site_admin_cannot_make_anyone_a_superuser(site_admin_client):
    colleague = UserFactory(group="Phóng viên", username="lan.nguyen")

    form = site_admin_client.get(f"/quan-tri/auth/user/{colleague.pk}/change/").content.decode()
    site_admin_client.post(
        f"/quan-tri/auth/user/{colleague.pk}/change/",
        change_form(colleague, is_superuser="on", is_staff="on", role="Quản trị trang"),
    )

    colleague.refresh_from_db()
    assert 'name="is_superuser"' not in form and 'name="user_permissions"' not in form
    assert not colleague.is_superuser
    assert [g.name for g in colleague.groups.all()] == ["Quản trị trang"]


def test_a_site_admin_cannot_change_a_superuser(site_admin_client):
    owner = User.objects.create_superuser("chu", "chu@example.vn", "mat-khau-chu-trang-dai")

    site_admin_client.post(f"/quan-tri/auth/user/{owner.pk}/change/", change_form(owner, role=""))
    password_page = site_admin_client.get(f"/quan-tri/auth/user/{owner.pk}/password/")

    owner.refresh_from_db()
    assert owner.is_staff and owner.is_superuser
    assert password_page.status_code == 403


def test_removing_a_role_ends_that_persons_sessions(site_admin_client):
    colleague = UserFactory(group="Biên tập viên", username="minh.tran")
    colleague_browser = Client()
    colleague_browser.force_login(colleague)  # a finished login: password and second factor
    assert colleague_browser.get("/quan-tri/").status_code == 200

    response = site_admin_client.post(
        f"/quan-tri/auth/user/{colleague.pk}/change/", change_form(colleague, role="")
    )

    assert response.status_code == 302
    colleague.refresh_from_db()
    assert not colleague.is_staff and not colleague.groups.exists()
    sessions = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert str(colleague.pk) not in sessions
    assert colleague_browser.get("/quan-tri/").status_code == 302


def test_changing_a_role_keeps_one_role(site_admin_client):
    colleague = UserFactory(group="Phóng viên", username="lan.nguyen")

    site_admin_client.post(
        f"/quan-tri/auth/user/{colleague.pk}/change/", change_form(colleague, role="Biên tập viên")
    )

    assert [g.name for g in colleague.groups.all()] == ["Biên tập viên"]
    assert User.objects.get(pk=colleague.pk).is_staff
