"""Dates and times typed the Vietnamese way: day first, never month first, shown as dd-mm-yyyy and HH:MM."""

import datetime
import json

import pytest
import time_machine
from django.utils import timezone

from articles.models import Article, ClosingDay

from .factories import ArticleFactory, CategoryFactory
from .test_admin import ADD_URL

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 12, 1, 2, 0, tzinfo=datetime.UTC)  # 09:00 in Hà Nội


def post_article(client, date, time="08:00", **fields):
    data = {
        "title": "Chi bộ thôn Đông kết nạp đảng viên mới",
        "slug": "",
        "category": CategoryFactory().pk,
        "lead": "Sáng nay, chi bộ thôn Đông kết nạp hai đảng viên mới.",
        "body": "<p>Đoạn mở đầu.</p>",
        "source_name": "Báo Quảng Ninh",
        "source_url": "",
        "status": "published",
        "published_at_0": date,
        "published_at_1": time,
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
        **fields,
    }
    return client.post(ADD_URL, data)


def local(moment):
    return timezone.localtime(moment).replace(tzinfo=None)


@pytest.mark.parametrize(
    "typed",
    ["14-01-2021", "14/01/2021", "14.01.2021", "2021-01-14"],
)
def test_a_date_typed_day_first_or_iso_is_that_day(editor_client, typed):
    response = post_article(editor_client, typed)

    assert response.status_code == 302, response.context and response.context["errors"]
    assert local(Article.objects.get().published_at) == datetime.datetime(2021, 1, 14, 8, 0)


def test_03_01_2021_is_the_third_of_january_not_the_first_of_march(editor_client):
    post_article(editor_client, "03/01/2021")

    assert local(Article.objects.get().published_at).date() == datetime.date(2021, 1, 3)


def test_a_date_without_leading_zeros_is_day_first(editor_client):
    post_article(editor_client, "3/1/2021", time="7:05")

    assert local(Article.objects.get().published_at) == datetime.datetime(2021, 1, 3, 7, 5)


@time_machine.travel(NOW, tick=False)
def test_05_12_2026_at_seven_is_scheduled_for_the_fifth_of_december_not_published_in_may(editor_client):
    post_article(editor_client, "05/12/2026", time="07:00")

    article = Article.objects.get()
    assert local(article.published_at) == datetime.datetime(2026, 12, 5, 7, 0)
    assert article.is_scheduled and not article.is_visible


@pytest.mark.parametrize("typed", ["12/25/2021", "01/13/2021", "2021/14/01", "14-1-21", "hôm qua"])
def test_a_month_first_or_unreadable_date_is_refused_in_vietnamese_and_nothing_saved(editor_client, typed):
    response = post_article(editor_client, typed, title="Bài không được lưu")

    assert response.status_code == 200
    assert not Article.objects.exists()
    html = response.content.decode()
    assert "Hãy gõ ngày-tháng-năm, ví dụ 14-01-2021" in html or "gõ đủ bốn chữ số của năm" in html
    # Everything typed is still in the form.
    assert 'value="Bài không được lưu"' in html


def test_a_two_digit_year_is_refused_and_so_is_year_21(editor_client):
    short = post_article(editor_client, "14/01/21")
    padded = post_article(editor_client, "14/01/0021")

    assert not Article.objects.exists()
    assert "Hãy gõ ngày-tháng-năm" in short.content.decode()
    assert "Năm 21 không hợp lệ" in padded.content.decode()


def test_an_invalid_time_gets_a_vietnamese_message(editor_client):
    response = post_article(editor_client, "14-01-2021", time="25:00")

    assert not Article.objects.exists()
    assert "Giờ không hợp lệ. Hãy gõ giờ:phút, ví dụ 08:00." in response.content.decode()


def test_seconds_are_optional_and_vietnamese_8h30_is_understood(editor_client):
    post_article(editor_client, "14-01-2021", time="08:30:15")
    first = Article.objects.get()
    post_article(editor_client, "15-01-2021", time="8h30", title="Bài thứ hai")
    second = Article.objects.exclude(pk=first.pk).get()

    assert local(first.published_at).time() == datetime.time(8, 30, 15)
    assert local(second.published_at) == datetime.datetime(2021, 1, 15, 8, 30)


def test_the_form_shows_the_date_day_first_and_the_time_to_the_minute(editor_client):
    article = ArticleFactory(published_at=datetime.datetime(2021, 1, 14, 1, 0, 30, tzinfo=datetime.UTC))

    html = editor_client.get(f"/quan-tri/articles/article/{article.pk}/change/").content.decode()

    assert 'name="published_at_0" value="14-01-2021"' in html
    assert 'name="published_at_1" value="08:00"' in html


def test_the_calendar_writes_dates_day_first_and_starts_weeks_on_monday(editor_client):
    catalog = editor_client.get("/quan-tri/jsi18n/").content.decode()

    formats = json.loads(catalog.split("django.formats = ")[1].split(";\n")[0])
    assert formats["DATE_INPUT_FORMATS"][0] == "%d-%m-%Y"
    assert formats["TIME_INPUT_FORMATS"][0] == "%H:%M"
    assert formats["FIRST_DAY_OF_WEEK"] == 1
    typed = formats["DATE_INPUT_FORMATS"] + formats["DATETIME_INPUT_FORMATS"]
    assert not any(f.startswith("%m") for f in typed)
    assert '"January": "Th\\u00e1ng M\\u1ed9t"' in catalog  # JSON-escaped "Tháng Một"


def test_a_closing_day_is_typed_day_first(site_admin_client):
    site_admin_client.post("/quan-tri/articles/closingday/add/", {"date": "03/01/2027", "reason": "Nghỉ bù"})

    assert ClosingDay.objects.get().date == datetime.date(2027, 1, 3)


def test_a_closing_day_typed_month_first_is_refused(site_admin_client):
    response = site_admin_client.post(
        "/quan-tri/articles/closingday/add/", {"date": "12/31/2026", "reason": "Nghỉ"}
    )

    assert not ClosingDay.objects.exists()
    assert "Hãy gõ ngày-tháng-năm" in response.content.decode()
