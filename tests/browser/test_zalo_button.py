"""In real Chromium: the "Chat Zalo" button never covers the article's text on a phone."""

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OVERLAPS = """() => {
  const button = document.querySelector('.zalo-button').getBoundingClientRect();
  const texts = Array.from(document.querySelectorAll('main p, main h1, main h2, main li, main figcaption'));
  return texts.filter(element => {
    const box = element.getBoundingClientRect();
    return box.width && box.left < button.right && button.left < box.right
      && box.top < button.bottom && button.top < box.bottom;
  }).map(element => element.textContent.slice(0, 40));
}"""


@pytest.mark.parametrize("width", [390, 1600])
def test_the_zalo_button_covers_no_text_wherever_the_reader_scrolls(page, live_server, reader_site, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{live_server.url}{reader_site.article.get_absolute_url()}")
    height = page.evaluate("document.documentElement.scrollHeight")

    covered = []
    for top in range(0, height, 300):
        page.evaluate(f"window.scrollTo(0, {top})")
        covered += page.evaluate(OVERLAPS)

    assert page.locator(".zalo-button").is_visible() or width == 390
    assert covered == []
