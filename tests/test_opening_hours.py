import datetime

import pytest
import time_machine

from articles.hours import VIETNAM, open_weekdays, opening_status
from articles.models import ClosingDay, SiteSettings

from .factories import UserFactory

# 2026-01-05 is a Monday. The default hours: Tuesday to Sunday, 7h30-12h00 and 13h30-16h30.
MONDAY = datetime.date(2026, 1, 5)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=VIETNAM)


def day(offset):
    return MONDAY + datetime.timedelta(days=offset)


def status_text(now, closing_days=(), **hours):
    return opening_status(SiteSettings(**hours), closing_days, now).text


def test_open_in_the_morning_says_when_it_closes():
    assert status_text(at(day(1), 9, 15)) == "Đang mở cửa – đóng cửa lúc 12h00"


def test_open_from_the_first_minute_until_before_the_last():
    assert status_text(at(day(1), 7, 30)).startswith("Đang mở cửa")
    assert status_text(at(day(1), 12, 0)).startswith("Đã đóng cửa")


def test_lunch_break_says_when_it_opens_again():
    assert status_text(at(day(1), 12, 30)) == "Đã đóng cửa – mở cửa lại lúc 13h30 Thứ 3"


def test_open_in_the_afternoon():
    assert status_text(at(day(3), 15, 0)) == "Đang mở cửa – đóng cửa lúc 16h30"


def test_before_opening_says_today_morning():
    assert status_text(at(day(2), 6, 0)) == "Đã đóng cửa – mở cửa lại lúc 7h30 Thứ 4"


def test_after_closing_says_next_morning():
    assert status_text(at(day(2), 17, 0)) == "Đã đóng cửa – mở cửa lại lúc 7h30 Thứ 5"


def test_closed_on_monday_until_tuesday():
    assert status_text(at(MONDAY, 10, 0)) == "Đã đóng cửa – mở cửa lại lúc 7h30 Thứ 3"


def test_sunday_evening_wraps_round_the_week_to_tuesday():
    assert status_text(at(day(6), 18, 0)) == "Đã đóng cửa – mở cửa lại lúc 7h30 Thứ 3"


def test_a_closing_day_is_closed_all_day():
    assert status_text(at(day(2), 9, 0), closing_days=[day(2)]) == "Đã đóng cửa – mở cửa lại lúc 7h30 Thứ 5"


def test_next_opening_skips_closing_days_and_the_closed_monday():
    tet = [day(offset) for offset in range(4, 10)]  # Friday to the next Wednesday

    text = status_text(at(day(3), 17, 0), closing_days=tet)

    assert text == "Đã đóng cửa – mở cửa lại lúc 7h30 Thứ 5 ngày 15-01-2026"


def test_opening_days_may_wrap_round_the_week():
    # Friday to Monday.
    hours = {"first_open_day": 4, "last_open_day": 0}

    assert status_text(at(MONDAY, 9, 0), **hours).startswith("Đang mở cửa")
    assert status_text(at(day(1), 9, 0), **hours) == "Đã đóng cửa – mở cửa lại lúc 7h30 Thứ 6"
    assert open_weekdays(4, 0) == [4, 5, 6, 0]
    assert open_weekdays(0, 6) == [0, 1, 2, 3, 4, 5, 6]
    assert open_weekdays(2, 2) == [2]


def test_a_morning_that_runs_into_the_afternoon_is_one_session():
    hours = {"morning_closes_at": datetime.time(13, 30)}

    assert status_text(at(day(1), 11, 0), **hours) == "Đang mở cửa – đóng cửa lúc 16h30"


def test_time_is_read_in_vietnam_whatever_the_zone_given():
    # 02:30 UTC is 9:30 in Hanoi, on Tuesday.
    now = datetime.datetime(2026, 1, 6, 2, 30, tzinfo=datetime.UTC)

    assert status_text(now) == "Đang mở cửa – đóng cửa lúc 12h00"


def test_no_opening_ahead_says_closed():
    closing = [day(offset) for offset in range(0, 500)]

    assert status_text(at(MONDAY, 9, 0), closing_days=closing) == "Đã đóng cửa"


@pytest.mark.django_db
@time_machine.travel(
    at(
        day(1),
        11,
        59,
    ),
    tick=False,
)
def test_endpoint_gives_the_status_and_is_never_cached_past_the_change(client, site_settings):
    response = client.get("/gio-mo-cua/")

    assert response.status_code == 200
    assert response.json() == {
        "is_open": True,
        "text": "Đang mở cửa – đóng cửa lúc 12h00",
        "changes_at": "2026-01-06T12:00:00+07:00",
        "seconds_until_change": 60,
    }
    assert response["Cache-Control"] == "public, max-age=60"


@pytest.mark.django_db
@time_machine.travel(
    at(
        day(1),
        11,
        59,
    )
    + datetime.timedelta(seconds=50),
    tick=False,
)
def test_endpoint_cache_ends_when_the_status_changes(client, site_settings):
    assert client.get("/gio-mo-cua/")["Cache-Control"] == "public, max-age=10"


@pytest.mark.django_db
@time_machine.travel(at(day(1), 9, 0), tick=False)
def test_endpoint_knows_the_closing_days(client, site_settings):
    ClosingDay.objects.create(date=day(1), reason="Nghỉ Tết")
    ClosingDay.objects.create(date=day(0) - datetime.timedelta(days=30), reason="Đã qua")

    assert client.get("/gio-mo-cua/").json()["text"] == "Đã đóng cửa – mở cửa lại lúc 7h30 Thứ 4"


@pytest.mark.django_db
@time_machine.travel(at(day(1), 9, 0), tick=False)
def test_endpoint_follows_a_change_of_the_settings_at_once(client, site_settings):
    site_settings.morning_closes_at = datetime.time(9, 0)
    site_settings.save()

    assert client.get("/gio-mo-cua/").json()["is_open"] is False


@pytest.mark.django_db
def test_endpoint_makes_two_queries(client, site_settings, django_assert_num_queries):
    # 1. closing days from today  2. site settings
    with django_assert_num_queries(2):
        client.get("/gio-mo-cua/")


@pytest.mark.django_db
def test_pages_carry_the_weekly_hours_and_a_place_for_the_live_status(client, site_settings):
    html = client.get("/").content.decode()

    # The live line's place is kept from the start, labelled until site.js fills it in: the page never moves.
    assert '<span class="opening-status" data-opening-status="/gio-mo-cua/">Giờ mở cửa</span>' in html
    assert "Mở cửa các ngày từ Thứ 3 – Chủ Nhật hàng tuần." in html
    assert "Đang mở cửa" not in html and "Đã đóng cửa" not in html  # never baked into a cacheable page


@pytest.mark.django_db
def test_site_admin_adds_a_closing_day_in_the_admin(client, site_admin):
    client.force_login(site_admin)

    response = client.post(
        "/quan-tri/articles/closingday/add/", {"date": "2026-02-17", "reason": "Nghỉ Tết Nguyên đán"}
    )

    assert response.status_code == 302
    assert ClosingDay.objects.get().reason == "Nghỉ Tết Nguyên đán"


@pytest.mark.django_db
def test_editor_cannot_touch_closing_days(client):
    client.force_login(UserFactory(group="Biên tập viên"))

    assert client.get("/quan-tri/articles/closingday/").status_code == 403
    assert client.get("/quan-tri/articles/closingday/add/").status_code == 403
