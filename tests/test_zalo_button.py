"""The floating "Chat Zalo" button follows the settings at once."""

import pytest

from articles.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_a_new_zalo_number_shows_on_every_page_at_once(
    client, site_admin_client, site_settings, django_capture_on_commit_callbacks
):
    assert 'href="https://zalo.me/0912345678"' in client.get("/").content.decode()
    data = {
        "site_name": site_settings.site_name,
        "phone": site_settings.phone,
        "zalo": "0987 654 321",
        **{f"hours_{day}": "7h30 - 11h30" for day in range(7)},
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = site_admin_client.post("/quan-tri/articles/sitesettings/1/change/", data)

    assert response.status_code == 302
    assert SiteSettings.load().zalo == "0987 654 321"
    html = client.get("/").content.decode()
    assert '<a class="zalo-button" href="https://zalo.me/0987654321" rel="noopener">Chat Zalo</a>' in html
    assert "0912345678" not in html
