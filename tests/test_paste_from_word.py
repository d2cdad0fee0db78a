"""What a paste from Word leaves after the allow-list: no empty image tag, no empty figure."""

import pytest

from articles.text import sanitize_html


@pytest.mark.parametrize(
    "pasted",
    [
        '<p>Mở đầu<img width=320 src="file:///C:/Users/BTV/AppData/Local/Temp/clip_image001.jpg">.</p>',
        '<p>Mở đầu<img src="data:image/png;base64,iVBORw0KGgo=">.</p>',
        '<p>Mở đầu<img src="https://example.com/anh.jpg" alt="">.</p>',
    ],
)
def test_a_photo_never_uploaded_leaves_no_empty_image_tag(pasted):
    assert sanitize_html(pasted) == "<p>Mở đầu.</p>"


def test_a_figure_left_without_its_photo_goes_with_its_caption():
    pasted = (
        '<figure class="image"><img src="file:///C:/a.jpg"><figcaption>Lễ kết nạp</figcaption></figure>'
        "<p>Đoạn sau.</p>"
    )

    assert sanitize_html(pasted) == "<p>Đoạn sau.</p>"


def test_our_own_photo_and_its_caption_stay():
    body = (
        '<figure class="image"><img src="/media/photos/a.jpg" alt="Lễ"><figcaption>Lễ kết nạp</figcaption>'
        "</figure>"
    )

    assert sanitize_html(body) == body
