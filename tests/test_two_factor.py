import re
from urllib.parse import unquote

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from articles.models import ActivityEntry

from .factories import UserFactory
from .twofactor import ENROL_URL, VERIFY_URL, enrol, is_logged_in, log_in, phone_code, send_code

pytestmark = pytest.mark.django_db
Action = ActivityEntry.Action


@pytest.fixture(autouse=True)
def frozen_clock(time_machine):
    """Codes change every 30 seconds: the tests choose when they are typed."""
    time_machine.move_to("2026-03-02 08:00:10 +07:00", tick=False)
    return time_machine


def test_an_editor_without_a_second_factor_is_sent_to_set_one_up_after_the_password(client, editor):
    response = log_in(client, editor)

    assert response.status_code == 302 and response["Location"] == ENROL_URL
    assert not is_logged_in(client)


@pytest.mark.parametrize(
    "address",
    ["/quan-tri/", "/quan-tri/articles/article/", "/quan-tri/articles/article/add/", "/quan-tri/bao-mat/"],
)
def test_the_second_factor_cannot_be_skipped_by_going_to_another_admin_address(client, editor, address):
    enrol(editor)
    assert log_in(client, editor)["Location"] == VERIFY_URL

    response = client.get(address)

    assert response.status_code == 302 and response["Location"].startswith("/quan-tri/login/")
    assert not is_logged_in(client)


def test_a_draft_preview_is_not_shown_between_the_password_and_the_code(client, editor, reader_site):
    enrol(editor)
    log_in(client, editor)

    response = client.get(reader_site.article.get_preview_url())

    assert response.status_code in (302, 403, 404)


def test_the_right_code_completes_the_login_and_goes_where_the_person_was_going(client, editor):
    device, _ = enrol(editor)
    log_in(client, editor, next="/quan-tri/articles/category/")

    response = send_code(client, phone_code(device))

    assert response.status_code == 302 and response["Location"] == "/quan-tri/articles/category/"
    assert is_logged_in(client)
    assert client.get("/quan-tri/").status_code == 200


def test_a_next_address_on_another_site_is_not_followed_after_the_code(client, editor):
    device, _ = enrol(editor)
    log_in(client, editor, next="https://example.com/lua-dao/")

    response = send_code(client, phone_code(device))

    assert response["Location"] == "/quan-tri/"


def test_a_wrong_code_is_refused_with_a_vietnamese_message(client, editor):
    device, _ = enrol(editor)
    log_in(client, editor)
    wrong = f"{(int(phone_code(device)) + 1) % 1_000_000:06d}"

    response = send_code(client, wrong)

    assert response.status_code == 200
    assert "Mã không đúng" in response.content.decode()
    assert not is_logged_in(client)


def test_a_used_code_fails_the_second_time(client, editor):
    device, _ = enrol(editor)
    code = phone_code(device)
    log_in(client, editor)
    assert send_code(client, code).status_code == 302
    client.post("/quan-tri/logout/")

    log_in(client, editor)
    again = send_code(client, code)

    assert again.status_code == 200 and not is_logged_in(client)


def test_a_phone_clock_one_step_off_either_way_is_accepted_two_steps_is_not(client, editor):
    device, _ = enrol(editor)
    log_in(client, editor)
    assert send_code(client, phone_code(device, seconds_from_now=-60)).status_code == 200
    assert send_code(client, phone_code(device, seconds_from_now=60)).status_code == 200

    assert send_code(client, phone_code(device, seconds_from_now=-30)).status_code == 302


def test_a_phone_clock_one_step_ahead_is_accepted(client, editor):
    device, _ = enrol(editor)
    log_in(client, editor)

    assert send_code(client, phone_code(device, seconds_from_now=30)).status_code == 302


def test_a_recovery_code_works_once(client, editor):
    _, codes = enrol(editor)
    log_in(client, editor)
    # Typed as printed, in capitals and with a space, it still counts.
    assert send_code(client, f" {codes[0][:5].upper()} {codes[0][5:]} ").status_code == 302
    client.post("/quan-tri/logout/")

    log_in(client, editor)
    refused = send_code(client, codes[0])
    another = send_code(client, codes[1])

    assert refused.status_code == 200
    assert another.status_code == 302
    assert StaticToken.objects.filter(device__user=editor).count() == 8


def test_failed_codes_count_towards_the_lockout_with_the_wrong_passwords(client, editor):
    device, _ = enrol(editor)
    log_in(client, editor, password="doan-sai")
    log_in(client, editor, password="doan-sai")
    log_in(client, editor)
    for _ in range(2):
        assert send_code(client, "000000").status_code == 200

    fifth = send_code(client, "000000")
    right_code_after = send_code(client, phone_code(device))

    assert fifth.status_code == 429
    assert right_code_after.status_code == 429
    assert "Tài khoản tạm thời bị khóa đăng nhập" in right_code_after.content.decode()
    assert not is_logged_in(client)
    attempt = AccessAttempt.objects.get(username=editor.username)
    assert attempt.failures_since_start == 5
    assert "000000" not in attempt.post_data


def test_a_completed_login_clears_the_failed_attempts(client, editor):
    device, _ = enrol(editor)
    log_in(client, editor)
    send_code(client, "000000")

    send_code(client, phone_code(device))

    assert not AccessAttempt.objects.filter(username=editor.username).exists()


def test_enrolment_shows_a_qr_code_made_here_and_the_secret_then_logs_in(client, editor):
    log_in(client, editor)

    page = client.get(ENROL_URL)
    html = page.content.decode()
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    qr = re.search(r'<img src="(data:image/svg\+xml[^"]+)"', html)

    assert page.status_code == 200
    assert "xác thực hai bước" in html and "Google Authenticator" in html
    assert qr and "<svg" in unquote(qr.group(1))
    # The same secret on a reload, until it is confirmed.
    assert client.get(ENROL_URL).content.decode().count(html[html.index("twofactor-secret") :][:60]) == 1

    confirmed = client.post(ENROL_URL, {"code": phone_code(device)})
    codes_page = client.get(confirmed["Location"])

    assert confirmed["Location"] == "/quan-tri/xac-thuc/ma-du-phong/"
    assert is_logged_in(client)
    codes = StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    assert len(codes) == 10 and all(code in codes_page.content.decode() for code in codes)
    # Shown once only.
    assert client.get("/quan-tri/xac-thuc/ma-du-phong/").status_code == 302
    assert TOTPDevice.objects.get(user=editor).confirmed


def test_a_wrong_code_at_enrolment_keeps_the_person_on_the_page(client, editor):
    log_in(client, editor)
    client.get(ENROL_URL)

    response = client.post(ENROL_URL, {"code": "123456"})

    assert response.status_code == 200 and "Mã không đúng" in response.content.decode()
    assert not is_logged_in(client)
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()


def test_a_password_alone_cannot_replace_an_existing_second_factor(client, editor):
    enrol(editor)
    log_in(client, editor)

    response = client.get(ENROL_URL)

    assert response.status_code == 302 and response["Location"].startswith("/quan-tri/login/")
    assert not TOTPDevice.objects.filter(user=editor, confirmed=False).exists()


def test_the_password_step_expires_after_ten_minutes(client, editor, frozen_clock):
    device, _ = enrol(editor)
    log_in(client, editor)
    frozen_clock.shift(11 * 60)

    response = send_code(client, phone_code(device))

    assert response["Location"] == "/quan-tri/login/"
    assert not is_logged_in(client)


def test_a_writer_logs_in_with_the_password_alone_until_they_choose_a_second_factor(client, writer):
    response = log_in(client, writer)

    assert response.status_code == 302 and response["Location"] == "/quan-tri/"
    assert is_logged_in(client)


def test_a_writer_who_chose_a_second_factor_is_asked_for_it(client, writer):
    enrol(writer)

    assert log_in(client, writer)["Location"] == VERIFY_URL
    assert not is_logged_in(client)


def test_the_setting_requires_a_second_factor_of_every_staff_account(client, writer, settings):
    settings.TWO_FACTOR_ALL_STAFF = True

    assert log_in(client, writer)["Location"] == ENROL_URL


def test_site_admins_need_a_second_factor(client, site_admin):
    assert log_in(client, site_admin)["Location"] == ENROL_URL


def test_accounts_made_by_createsuperuser_need_a_second_factor(client, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "Quang-Ninh-2026-van-hanh")
    call_command("createsuperuser", interactive=False, username="vanhanh", email="vh@example.vn", verbosity=0)
    client.post("/quan-tri/login/", {"username": "vanhanh", "password": "Quang-Ninh-2026-van-hanh"})

    assert client.get("/quan-tri/").status_code == 302
    assert not is_logged_in(client)


def test_nobody_reads_a_secret_or_a_recovery_code_through_the_site(client, editor):
    superuser = UserFactory(is_superuser=True)
    device, codes = enrol(editor)
    client.force_login(superuser)

    pages = [
        client.get("/quan-tri/otp_totp/totpdevice/"),
        client.get(f"/quan-tri/otp_totp/totpdevice/{device.pk}/change/"),
        client.get("/quan-tri/otp_static/staticdevice/"),
        client.get("/quan-tri/articles/staffaccount/"),
        client.get(f"/quan-tri/auth/user/{editor.pk}/change/"),
    ]

    assert [page.status_code for page in pages[:3]] == [404, 404, 404]
    for page in pages[3:]:
        assert page.status_code == 200
        assert device.key not in page.content.decode() and codes[0] not in page.content.decode()


def test_a_site_admin_resets_a_lost_phone_and_the_reset_is_recorded(site_admin_client, site_admin, editor):
    enrol(editor)
    client = Client()
    client.force_login(editor)  # the editor's session on the lost phone

    response = site_admin_client.post(
        "/quan-tri/articles/staffaccount/",
        {"action": "reset_second_factor", "_selected_action": [editor.pk]},
    )

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticToken.objects.filter(device__user=editor).exists()
    assert client.get("/quan-tri/").status_code == 302  # that session has ended
    entry = ActivityEntry.objects.get(action=Action.SECOND_FACTOR_RESET)
    assert (entry.actor, entry.object_id) == (site_admin, str(editor.pk))
    # The next login sets up a new one.
    assert log_in(client, editor)["Location"] == ENROL_URL


def test_an_editor_cannot_reset_anyone(editor_client, writer):
    enrol(writer)

    response = editor_client.post(
        "/quan-tri/articles/staffaccount/", {"action": "reset_second_factor", "_selected_action": [writer.pk]}
    )

    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=writer).exists()


def test_the_operator_resets_a_second_factor_from_the_command_line(client, capsys):
    admin = UserFactory(is_superuser=True, username="quantri")
    enrol(admin)

    call_command("reset_two_factor", "quantri")

    assert "Đã đặt lại xác thực hai bước của quantri" in capsys.readouterr().out
    assert not TOTPDevice.objects.filter(user=admin).exists()
    entry = ActivityEntry.objects.get(action=Action.SECOND_FACTOR_RESET)
    assert entry.via == "reset_two_factor" and entry.changes["tài khoản"] == "quantri"
    assert log_in(client, admin)["Location"] == ENROL_URL


def test_resetting_an_unknown_account_says_so(db):
    with pytest.raises(Exception, match="Không có tài khoản 'khongco'"):
        call_command("reset_two_factor", "khongco")


def test_moving_to_a_new_phone_asks_for_a_code_of_the_old_one_or_a_recovery_code(editor_client, editor):
    old_device, codes = enrol(editor)
    editor_client.get(ENROL_URL)
    new_device = TOTPDevice.objects.get(user=editor, confirmed=False)

    without = editor_client.post(ENROL_URL, {"current_code": "", "code": phone_code(new_device)})
    wrong = editor_client.post(ENROL_URL, {"current_code": "000000", "code": phone_code(new_device)})
    assert without.status_code == wrong.status_code == 200
    assert "Mã của điện thoại cũ (hoặc mã dự phòng) không đúng." in wrong.content.decode()
    assert TOTPDevice.objects.get(user=editor, confirmed=True).pk == old_device.pk

    moved = editor_client.post(ENROL_URL, {"current_code": codes[0], "code": phone_code(new_device)})

    assert moved.status_code == 302
    assert TOTPDevice.objects.get(user=editor).pk == new_device.pk


def test_a_person_makes_new_recovery_codes_and_the_old_ones_stop_working(client, editor):
    device, old_codes = enrol(editor)
    log_in(client, editor)
    send_code(client, phone_code(device))

    response = client.post("/quan-tri/bao-mat/ma-du-phong-moi/")
    new_page = client.get(response["Location"]).content.decode()

    assert not StaticToken.objects.filter(token=old_codes[0]).exists()
    new_codes = list(StaticToken.objects.filter(device__user=editor).values_list("token", flat=True))
    assert len(new_codes) == 10 and new_codes[0] in new_page


def test_a_required_second_factor_cannot_be_turned_off(editor_client, editor):
    enrol(editor)

    editor_client.post("/quan-tri/bao-mat/tat/")

    assert TOTPDevice.objects.filter(user=editor).exists()


def test_a_writer_may_turn_their_second_factor_off(writer_client, writer):
    enrol(writer)

    writer_client.post("/quan-tri/bao-mat/tat/")

    assert not TOTPDevice.objects.filter(user=writer).exists()
    assert ActivityEntry.objects.filter(action=Action.SECOND_FACTOR_REMOVED, actor=writer).count() == 1
