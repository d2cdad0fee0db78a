"""The first login of an editor in real Chromium: password, the QR code under the admin's CSP, the code."""

from base64 import b32decode

import pytest
from django_otp.oath import TOTP
from playwright.sync_api import expect

from articles.models import ActivityEntry
from tests.browser.test_content_security_policy import RECORD_VIOLATIONS
from tests.factories import UserFactory

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def code_for(secret_shown):
    """What an authenticator app computes from the secret typed in by hand."""
    key = b32decode(secret_shown.replace(" ", ""))
    return f"{TOTP(key).token():06d}"


def test_an_editor_sets_up_the_second_factor_on_the_first_login(page, live_server):
    UserFactory(username="bientap", group="Biên tập viên")
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(RECORD_VIOLATIONS)

    page.goto(f"{live_server.url}/quan-tri/login/")
    page.fill("#id_username", "bientap")
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")

    page.wait_for_url("**/xac-thuc/thiet-lap/")
    expect(page.locator("#content-main")).to_contain_text("phải bật xác thực hai bước")
    qr = page.locator(".twofactor-qr img")
    expect(qr).to_be_visible()
    # Drawn here and shown from a data: address the policy allows: the browser decoded it.
    assert qr.evaluate("img => img.complete && img.naturalWidth > 100")
    assert qr.get_attribute("src").startswith("data:image/svg+xml")
    secret = page.locator(".twofactor-secret").inner_text()

    # Trying another admin address first leads back to the login, not into the admin.
    page.goto(f"{live_server.url}/quan-tri/articles/article/")
    expect(page.locator("#id_username")).to_be_visible()
    page.go_back()
    page.wait_for_url("**/xac-thuc/thiet-lap/")

    page.fill("#id_code", code_for(secret))
    page.click("input[type=submit]")
    page.wait_for_url("**/xac-thuc/ma-du-phong/")
    codes = page.locator(".twofactor-codes code").all_inner_texts()
    assert len(codes) == 10 and len(set(codes)) == 10
    page.click("text=Tôi đã cất các mã, tiếp tục")
    expect(page.locator("#site-name")).to_contain_text("Quản trị Bản tin")
    expect(page.locator("#user-tools")).to_contain_text("bientap")

    violations = page.evaluate("window.__violations") + [
        text for text in console if "Content Security Policy" in text or "Refused to" in text
    ]
    assert violations == []
    assert ActivityEntry.objects.filter(action="2fa_enrolled", actor_name="bientap").count() == 1
