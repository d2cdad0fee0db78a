"""The admin's calendar in Vietnamese, reaching a month years back at once, writing the date day first."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article
from tests.factories import CategoryFactory, UserFactory
from tests.twofactor import phone_of, type_phone_code

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username="bientap"):
    phone = phone_of(username)
    page.goto(f"{live_server.url}/quan-tri/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")
    if phone is not None:  # an editor's login asks for the code after the password
        type_phone_code(page, phone)
    expect(page.locator("#site-name")).to_be_visible()


def test_the_calendar_jumps_to_january_2021_and_writes_the_date_day_first(page, live_server):
    CategoryFactory(name="Tin xây dựng Đảng")
    UserFactory(username="bientap", group="Biên tập viên")
    log_in(page, live_server)
    page.goto(f"{live_server.url}/quan-tri/articles/article/add/")

    page.locator("#calendarlink0").click()
    box = page.locator(".calendarbox").first
    expect(box).to_be_visible()
    box.get_by_label("Tháng", exact=True).select_option(label="Tháng Một")
    box.get_by_label("Năm", exact=True).fill("2021")
    box.get_by_label("Năm", exact=True).press("Enter")
    expect(box.locator("caption")).to_have_text("Tháng Một 2021")
    # Weeks start on Monday ("2" for Thứ 2) and end on Sunday ("CN"), as Vietnamese calendars do.
    expect(box.locator("th").first).to_have_text("2")
    expect(box.locator("th").last).to_have_text("CN")
    box.locator("td a", has_text="14").first.click()

    expect(page.locator("#id_published_at_0")).to_have_value("14-01-2021")


def test_a_date_typed_14_01_2021_in_the_browser_is_saved_as_that_day(page, live_server):
    CategoryFactory(name="Tin xây dựng Đảng")
    UserFactory(username="bientap", group="Biên tập viên")
    log_in(page, live_server)
    page.goto(f"{live_server.url}/quan-tri/articles/article/add/")
    page.fill("#id_title", "Chi bộ khu phố 3 kết nạp đảng viên trẻ")
    page.select_option("#id_category", label="Tin xây dựng Đảng")
    page.fill("#id_lead", "Lễ kết nạp diễn ra trang trọng.")
    page.fill("#id_published_at_0", "03/01/2021")
    page.fill("#id_published_at_1", "08:00")
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã lưu bản nháp")

    saved = timezone.localtime(Article.objects.get().published_at)
    assert saved.replace(tzinfo=None) == datetime.datetime(2021, 1, 3, 8, 0)
