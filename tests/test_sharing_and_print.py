import re
from pathlib import Path

import pytest

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db

SITE_CSS = Path(__file__).resolve().parent.parent / "static" / "css" / "site.css"


def print_rules():
    css = SITE_CSS.read_text()
    return css[css.index("@media print") :]


def test_article_has_a_facebook_share_link_with_the_absolute_address(client, site_settings):
    article = ArticleFactory(slug="ket-nap-dang-vien")

    html = client.get(article.get_absolute_url()).content.decode()

    assert (
        'href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2Fbai-viet%2Fket-nap-dang-vien%2F"'
        in html
    )


def test_share_copy_and_print_buttons_wait_for_the_script(client, site_settings):
    article = ArticleFactory(title="Kết nạp đảng viên", slug="ket-nap")

    html = client.get(article.get_absolute_url()).content.decode()

    url = "http://testserver/bai-viet/ket-nap/"
    assert f'data-share data-url="{url}" data-title="Kết nạp đảng viên" hidden>' in html
    assert f'data-copy-link data-url="{url}" hidden>Sao chép liên kết</button>' in html
    assert "data-print hidden>In bài</button>" in html


def test_pages_load_one_deferred_script_file_and_no_inline_script(client, site_settings):
    article = ArticleFactory()

    for url in ["/", article.get_absolute_url(), "/tim-kiem/?q=dang", "/trang/lien-he/", "/khong-co/"]:
        html = client.get(url).content.decode()
        scripts = re.findall(r"<script\b[^>]*>", html)
        executable = [tag for tag in scripts if 'type="application/ld+json"' not in tag]
        assert executable == ['<script src="/static/js/site.js" defer>'], url


def test_printed_article_shows_its_address(client, site_settings):
    article = ArticleFactory(slug="ket-nap")

    html = client.get(article.get_absolute_url()).content.decode()

    assert '<p class="print-only">Địa chỉ bài viết: http://testserver/bai-viet/ket-nap/</p>' in html


def test_print_stylesheet_leaves_out_everything_but_the_article():
    hidden = re.match(r"@media print \{\s*([^{]+)\{ display: none !important; \}", print_rules()).group(1)

    for selector in [
        ".site-header",
        ".site-footer",
        ".share",
        ".related",
        ".sidebar",
        ".zalo-button",
        ".breadcrumb",
    ]:
        assert selector in hidden, selector
    for kept in [".article", ".source", "figcaption", ".lead"]:
        assert kept not in hidden, kept
    assert '.source a[href]::after { content: " (" attr(href) ")"' in print_rules()
    assert ".print-only { display: block;" in print_rules()


def test_no_web_fonts():
    assert "@font-face" not in SITE_CSS.read_text()
