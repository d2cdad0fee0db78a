"""Nobody can bypass the page cache or make the server render without bound: what makes a key is normalised,
and the work the cache cannot take counts against a per-client limit that needs no Redis."""

import pytest
from django.test import Client

from articles import views

from .factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def category(site_settings, monkeypatch):
    """A category of three pages."""
    monkeypatch.setattr(views, "CATEGORY_PAGE_SIZE", 2)
    category = CategoryFactory(name="Tin xây dựng Đảng")
    ArticleFactory.create_batch(6, category=category)
    return category


@pytest.mark.parametrize("number", ["1", "01", "abc", "0", "-3", "1.0", " 1", "１", "1e3", "2%00"])
def test_any_page_number_that_is_not_a_later_page_gets_the_first_pages_cached_copy(
    client, category, number, django_assert_num_queries
):
    first = client.get(category.get_absolute_url())

    with django_assert_num_queries(0):
        again = client.get(category.get_absolute_url(), {"trang": number})

    assert again.content == first.content


def test_a_later_page_written_differently_is_the_same_cached_page(
    client, category, django_assert_num_queries
):
    second = client.get(category.get_absolute_url(), {"trang": "2"})

    with django_assert_num_queries(0):
        assert client.get(category.get_absolute_url(), {"trang": "002"}).content == second.content


def test_sitemap_page_numbers_share_the_cached_sitemap(client, site_settings, django_assert_num_queries):
    ArticleFactory()
    first = client.get("/sitemap.xml")

    with django_assert_num_queries(0):
        assert client.get("/sitemap.xml", {"p": "1"}).content == first.content
    with django_assert_num_queries(0):
        assert client.get("/sitemap.xml", {"p": "xyz"}).content == first.content


def test_deep_pages_beyond_the_limit_get_a_vietnamese_429_with_retry_after(client, category, settings):
    settings.READER_RENDERS_PER_MINUTE = 2
    url = category.get_absolute_url()

    assert client.get(url, {"trang": 2}).status_code == 200
    for _ in range(5):  # from the cache: no work, no count
        assert client.get(url, {"trang": 2}).status_code == 200
    assert client.get(url).status_code == 200  # the first page is never limited
    assert client.get(url, {"trang": 3}).status_code == 200
    refused = client.get(url, {"trang": 3000})

    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Bạn đang gửi quá nhiều yêu cầu" in refused.content.decode()
    assert "no-store" in refused["Cache-Control"]
    # Another reader is not held back by this one.
    assert Client(REMOTE_ADDR="10.1.2.3").get(url, {"trang": 3000}).status_code == 404


def test_searches_beyond_the_limit_get_429_also_while_redis_is_down(client, site_settings, settings):
    settings.READER_RENDERS_PER_MINUTE = 3
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    ArticleFactory(title="Kết nạp đảng viên")

    answers = [client.get("/tim-kiem/", {"q": f"ket nap {n}"}).status_code for n in range(4)]

    assert answers == [200, 200, 200, 429]
    assert client.get("/").status_code == 200  # pages still come, rendered from the database


def test_a_host_port_nobody_serves_is_never_cached_and_counts_against_the_limit(
    client, site_settings, settings, django_assert_max_num_queries
):
    settings.READER_RENDERS_PER_MINUTE = 2
    ArticleFactory()
    client.get("/")
    with django_assert_max_num_queries(0):
        client.get("/", HTTP_HOST="testserver:80")  # the request's own port: the cached page

    answers = [client.get("/", HTTP_HOST=f"testserver:{port}").status_code for port in (81, 81, 82)]

    assert answers == [200, 200, 429]
