import re

import pytest

from .conftest import public_urls

pytestmark = pytest.mark.django_db

BUDGET = 100_000  # bytes of HTML, CSS and JS, before images


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def page_weight(client, url):
    """Bytes of the page's HTML and of each stylesheet and script it loads, as the test client serves them."""
    response = client.get(url)
    html = body(response)
    assets = re.findall(rb'<link rel="stylesheet" href="([^"]+)"|<script src="([^"]+)"', html)
    weights = {url: len(html)}
    for stylesheet, script in assets:
        asset = (stylesheet or script).decode()
        asset_response = client.get(asset)
        assert asset_response.status_code == 200, asset
        weights[asset] = len(body(asset_response))
    return weights


def test_article_page_is_light(client, settings, reader_site):
    # Static files as whitenoise serves them in development, straight from static/.
    settings.WHITENOISE_USE_FINDERS = True

    weights = page_weight(client, public_urls(reader_site)["article"])

    print("article page weight:", weights, "total", sum(weights.values()))
    assert len(weights) == 3  # the page, site.css and site.js
    assert sum(weights.values()) < BUDGET
