"""Each person sees their own sessions and ends the others; new passwords and second factors end them too."""

import pytest
from django.test import Client

from articles.models import ActivityEntry, StaffSession

from .twofactor import ENROL_URL, enrol, log_in, phone_code, send_code

pytestmark = pytest.mark.django_db
SECURITY_URL = "/quan-tri/bao-mat/"
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
PHONE = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"


def browser(user_agent, address):
    return Client(HTTP_USER_AGENT=user_agent, REMOTE_ADDR=address)


def logged_in(user, user_agent=FIREFOX, address="203.0.113.7"):
    """A browser that went through the login form (password, and the code when one is set up)."""
    client = browser(user_agent, address)
    response = log_in(client, user, address=address)
    if response["Location"] == "/quan-tri/xac-thuc/":
        send_code(client, phone_code(user.totpdevice_set.get()), address=address)
    assert client.get("/quan-tri/").status_code == 200
    return client


def test_a_person_sees_each_of_their_sessions_with_browser_address_and_last_seen(writer, time_machine):
    time_machine.move_to("2026-03-02 08:00 +07:00", tick=False)
    office = logged_in(writer)
    time_machine.move_to("2026-03-02 09:30 +07:00", tick=False)
    logged_in(writer, PHONE, "198.51.100.20")

    page = office.get(SECURITY_URL).content.decode()

    assert FIREFOX in page and PHONE in page
    assert "203.0.113.7" in page and "198.51.100.20" in page
    assert "08:00 02-03-2026" in page and "09:30 02-03-2026" in page
    assert page.count("Phiên này") == 1


def test_last_seen_follows_the_person_at_most_every_five_minutes(writer, time_machine):
    time_machine.move_to("2026-03-02 08:00 +07:00", tick=False)
    office = logged_in(writer)
    time_machine.move_to("2026-03-02 08:03 +07:00", tick=False)
    office.get("/quan-tri/")
    assert StaffSession.objects.get().last_seen_at.minute == 0

    time_machine.move_to("2026-03-02 08:06 +07:00", tick=False)
    office.get("/quan-tri/")

    assert StaffSession.objects.get().last_seen_at.minute == 6


def test_a_person_ends_another_of_their_sessions(writer):
    office, phone = logged_in(writer), logged_in(writer, PHONE, "198.51.100.20")
    phones_session = StaffSession.objects.get(user_agent=PHONE)

    response = office.post("/quan-tri/bao-mat/ket-thuc-phien/", {"session": phones_session.pk})

    assert response.status_code == 302
    assert phone.get("/quan-tri/").status_code == 302
    assert office.get("/quan-tri/").status_code == 200
    entry = ActivityEntry.objects.get(action=ActivityEntry.Action.SESSIONS_ENDED)
    assert (entry.actor, entry.note) == (writer, "1 phiên")


def test_nobody_ends_someone_elses_session_from_their_own_page(writer, editor):
    enrol(editor)
    writers = logged_in(writer)
    editors = logged_in(editor, PHONE)

    writers.post("/quan-tri/bao-mat/ket-thuc-phien/", {"session": StaffSession.objects.get(user=editor).pk})

    assert editors.get("/quan-tri/").status_code == 200


def test_a_person_ends_every_other_session_at_once(writer):
    office = logged_in(writer)
    others = [logged_in(writer, PHONE, f"198.51.100.{n}") for n in (1, 2)]

    office.post("/quan-tri/bao-mat/ket-thuc-phien-khac/")

    assert [client.get("/quan-tri/").status_code for client in others] == [302, 302]
    assert office.get("/quan-tri/").status_code == 200
    assert StaffSession.objects.filter(user=writer).count() == 1


def test_setting_up_a_new_phone_ends_every_other_session(writer, time_machine):
    enrol(writer)
    time_machine.move_to("2026-03-02 08:00 +07:00", tick=False)
    office = logged_in(writer)
    time_machine.shift(30)  # the next code: each code opens one session only
    phone = logged_in(writer, PHONE)
    office.get(ENROL_URL)
    new_device = writer.totpdevice_set.get(confirmed=False)

    time_machine.shift(30)
    old_phone = writer.totpdevice_set.get(confirmed=True)
    response = office.post(ENROL_URL, {"current_code": phone_code(old_phone), "code": phone_code(new_device)})

    assert response["Location"] == "/quan-tri/xac-thuc/ma-du-phong/"
    assert phone.get("/quan-tri/").status_code == 302
    assert office.get("/quan-tri/").status_code == 200
    assert writer.totpdevice_set.get().pk == new_device.pk  # the old phone's codes no longer work


def test_turning_the_second_factor_off_ends_every_other_session(writer, time_machine):
    enrol(writer)
    time_machine.move_to("2026-03-02 08:00 +07:00", tick=False)
    office = logged_in(writer)
    time_machine.shift(30)  # the next code: each code opens one session only
    phone = logged_in(writer, PHONE)

    office.post("/quan-tri/bao-mat/tat/")

    assert phone.get("/quan-tri/").status_code == 302
    assert office.get("/quan-tri/").status_code == 200


def test_a_site_admin_ends_all_of_a_persons_sessions(site_admin, writer):
    enrol(site_admin)
    admins = logged_in(site_admin)
    writers = [logged_in(writer), logged_in(writer, PHONE)]

    listing = admins.get("/quan-tri/articles/staffaccount/")
    response = admins.post(
        "/quan-tri/articles/staffaccount/", {"action": "end_all_sessions", "_selected_action": [writer.pk]}
    )

    assert listing.status_code == 200
    assert response.status_code == 302
    assert [client.get("/quan-tri/").status_code for client in writers] == [302, 302]
    assert admins.get("/quan-tri/").status_code == 200
    entry = ActivityEntry.objects.get(action=ActivityEntry.Action.SESSIONS_ENDED)
    assert (entry.actor, entry.object_id, entry.note) == (site_admin, str(writer.pk), "2 phiên")


def test_logging_out_removes_the_session_from_the_list(writer):
    office = logged_in(writer)

    office.post("/quan-tri/logout/")

    assert not StaffSession.objects.exists()


def test_the_security_page_is_linked_from_every_admin_page(writer):
    page = logged_in(writer).get("/quan-tri/").content.decode()

    assert f'<a href="{SECURITY_URL}">Bảo mật</a>' in page


@pytest.mark.parametrize("count", [1, 10])
def test_the_staff_accounts_list_runs_a_fixed_number_of_queries(
    site_admin_client, count, django_assert_num_queries
):
    from .factories import UserFactory

    for _ in range(count):
        enrol(UserFactory(group="Phóng viên"))
    site_admin_client.get("/quan-tri/articles/staffaccount/")

    # session, user, the user's own and groups' permissions (2), the groups for the filter, the count (twice:
    # filtered and the whole), the page of accounts with their second factor and session count, their groups
    with django_assert_num_queries(9):
        response = site_admin_client.get("/quan-tri/articles/staffaccount/")

    assert response.status_code == 200
