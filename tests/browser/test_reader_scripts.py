import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_live_opening_status_is_filled_in_from_the_endpoint(page, live_server, site_settings):
    page.goto(f"{live_server.url}/trang/lien-he/")

    statuses = page.locator(".opening-status")
    expect(statuses).to_have_count(2)  # the header strip and the contact page
    for index in range(2):
        expect(statuses.nth(index)).to_be_visible()
        expect(statuses.nth(index)).to_have_text(re.compile(r"^(Đang mở cửa|Đã đóng cửa)"))


def test_copy_link_puts_the_address_on_the_clipboard_and_says_so(browser, live_server, reader_site):
    context = browser.new_context(locale="vi-VN")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    url = f"{live_server.url}{reader_site.article.get_absolute_url()}"
    page.goto(url)

    page.get_by_role("button", name="Sao chép liên kết").click()

    expect(page.locator("[data-share-status]")).to_have_text("Đã sao chép liên kết.")
    assert page.evaluate("navigator.clipboard.readText()") == url
    context.close()


def test_print_button_prints_and_the_print_shows_the_article_alone(page, live_server, reader_site):
    page.goto(f"{live_server.url}{reader_site.article.get_absolute_url()}")
    page.evaluate("window.print = () => { window.printed = true; }")

    page.get_by_role("button", name="In bài").click()
    assert page.evaluate("window.printed") is True

    page.emulate_media(media="print")
    for hidden in [".site-header", ".site-footer", ".share", ".sidebar", ".zalo-button", ".related"]:
        expect(page.locator(hidden).first).to_be_hidden()
    for shown in [".article-title", ".lead", ".article-body", "figcaption", ".source", ".print-only"]:
        expect(page.locator(shown).first).to_be_visible()


def test_share_button_shows_only_where_the_browser_can_share(page, live_server, reader_site):
    page.goto(f"{live_server.url}{reader_site.article.get_absolute_url()}")

    can_share = page.evaluate("typeof navigator.share === 'function'")
    share = page.locator("[data-share]")
    if can_share:
        expect(share).to_be_visible()
    else:
        expect(share).to_be_hidden()
    expect(page.get_by_role("link", name=re.compile("Chia sẻ Facebook"))).to_be_visible()
