import datetime
import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.models import Article

from .factories import (
    ArticleFactory,
    ArticleImageFactory,
    CategoryFactory,
    DocumentFactory,
    PhotoFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def test_home_shows_featured_latest_and_category_sections(client, site_settings):
    category = CategoryFactory(name="Tin xây dựng Đảng")
    featured = ArticleFactory(title="Bài nổi bật về kết nạp đảng viên", category=category, is_featured=True)
    latest = ArticleFactory(title="Tin mới về sinh hoạt chi bộ", category=category)

    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Tiêu điểm" in html and featured.title in html
    assert "Tin mới" in html and latest.title in html
    assert '<a href="/chuyen-muc/tin-xay-dung-dang/">Tin xây dựng Đảng</a></h2>' in html


def test_home_groups_at_most_four_newest_per_category(client, site_settings):
    category = CategoryFactory(name="Gương điển hình")
    now = timezone.now()
    articles = [
        ArticleFactory(category=category, published_at=now - datetime.timedelta(days=day))
        for day in range(1, 7)
    ]

    response = client.get("/")

    [(section_category, section_articles)] = response.context["category_sections"]
    assert section_category == category
    assert section_articles == articles[:4]


def test_the_home_pages_lists_in_one_query_are_the_lists_the_querysets_give():
    """Article.objects.front_page() is the three lists the querysets it replaces give, in their order: drafts,
    scheduled articles, featured ones, categories with fewer articles than a row, one with none, two articles
    at the same minute."""
    categories = [CategoryFactory(position=n) for n in range(4)]
    now = timezone.now().replace(second=0, microsecond=0)
    for n in range(40):
        ArticleFactory(
            category=categories[n % 3 if n < 36 else 3],
            published_at=now - datetime.timedelta(hours=n // 2, days=400 if n >= 36 else 0),
            is_featured=n % 7 == 0,
            status=Article.Status.DRAFT if n % 11 == 5 else Article.Status.PUBLISHED,
        )
    ArticleFactory(category=categories[0], published_at=now + datetime.timedelta(hours=1), is_featured=True)

    published = Article.objects.published().for_listing()
    front = Article.objects.front_page(5, 8, 4)

    assert front.featured == list(published.featured().newest_first()[:5])
    assert front.latest == list(published.exclude(is_featured=True).newest_first()[:8])
    assert front.newest_per_category == list(published.newest_per_category(4))
    assert len(front.newest_per_category) == 15  # 4 in each of three categories, the 4th's 3, a year old


def test_home_shows_the_newest_of_every_category_however_old(client, site_settings):
    busy = CategoryFactory(name="Tin xây dựng Đảng", position=1)
    quiet = CategoryFactory(name="Thông báo", position=2)
    CategoryFactory(name="Chuyên mục chưa có bài", position=3)
    now = timezone.now()
    newest = [
        ArticleFactory(category=busy, published_at=now - datetime.timedelta(hours=h)) for h in range(1, 7)
    ]
    old = [ArticleFactory(category=quiet, published_at=now - datetime.timedelta(days=d)) for d in (400, 800)]
    ArticleFactory(category=quiet, status=Article.Status.DRAFT)

    sections = client.get("/").context["category_sections"]

    assert sections == [(busy, newest[:4]), (quiet, old)]


def test_category_pages_split_the_list_without_gaps_or_repeats(client, site_settings):
    category = CategoryFactory()
    same_time = timezone.now() - datetime.timedelta(days=1)
    articles = [ArticleFactory(category=category, published_at=same_time) for _ in range(15)]
    articles += [
        ArticleFactory(category=category, published_at=same_time - datetime.timedelta(hours=n))
        for n in range(1, 16)
    ]
    expected = sorted(articles, key=lambda a: (a.published_at, a.pk), reverse=True)

    shown = []
    for number in [1, 2, 3]:
        shown += list(client.get(category.get_absolute_url(), {"trang": number}).context["page"])

    assert shown == expected


def test_category_page_lists_newest_first_with_thumbnail_lead_date_and_views(client, site_settings):
    category = CategoryFactory(name="Tin xây dựng Đảng")
    older = ArticleFactory(
        category=category,
        title="Bài cũ hơn",
        published_at=timezone.make_aware(datetime.datetime(2021, 1, 13, 9, 0)),
    )
    newer = ArticleFactory(
        category=category,
        title="Bài mới hơn",
        lead="Sapo bài mới hơn.",
        published_at=timezone.make_aware(datetime.datetime(2021, 1, 14, 9, 0)),
        view_count=155,
    )
    newer.cover = PhotoFactory()
    newer.save()

    response = client.get("/chuyen-muc/tin-xay-dung-dang/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.index(newer.title) < html.index(older.title)
    assert "Sapo bài mới hơn." in html
    assert "Ngày <time" in html and "14-01-2021</time> · Lượt xem: 155" in html
    assert f'src="{newer.cover.fallback_url}"' in html
    assert '<h1 class="page-title">Tin xây dựng Đảng</h1>' in html


def test_dates_are_shown_in_vietnam_time(client, site_settings):
    # 18:30 UTC on 13 January is 01:30 on 14 January in Asia/Ho_Chi_Minh.
    article = ArticleFactory(published_at=datetime.datetime(2021, 1, 13, 18, 30, tzinfo=datetime.UTC))

    html = client.get(article.get_absolute_url()).content.decode()

    assert '<time datetime="2021-01-14T01:30:00+07:00">14-01-2021</time>' in html


def test_category_page_is_paginated(client, site_settings):
    category = CategoryFactory()
    ArticleFactory.create_batch(13, category=category)

    first = client.get(category.get_absolute_url())
    second = client.get(category.get_absolute_url(), {"trang": 2})

    assert len(first.context["page"]) == 12
    assert len(second.context["page"]) == 1
    assert "Trang 2 / 2" in second.content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "", "2%00", "1' OR 1=1", "1.0", "0"])
def test_category_page_survives_a_broken_page_number(client, site_settings, page):
    category = CategoryFactory()
    ArticleFactory.create_batch(3, category=category)

    response = client.get(category.get_absolute_url(), {"trang": page})

    assert response.status_code == 200
    assert len(response.context["page"]) == 3


def test_a_page_past_the_end_of_a_category_is_404(client, site_settings):
    category = CategoryFactory()
    ArticleFactory.create_batch(3, category=category)

    assert client.get(category.get_absolute_url(), {"trang": "2"}).status_code == 404
    assert client.get(category.get_absolute_url(), {"trang": "999"}).status_code == 404


def test_article_page_shows_every_part(client, site_settings):
    category = CategoryFactory(name="Tin xây dựng Đảng")
    article = ArticleFactory(
        category=category,
        title="Kết nạp đảng viên mới",
        lead="Sapo về lễ kết nạp.",
        body="<p>Đoạn mở đầu.</p><p>[ảnh 1]</p><p>Đoạn kết.</p>",
        published_at=timezone.make_aware(datetime.datetime(2021, 1, 14, 8, 0)),
        view_count=154,
        source_name="Báo Quảng Ninh",
        source_url="https://example.vn/bai-goc",
    )
    image = ArticleImageFactory(article=article, caption="Quang cảnh buổi lễ", alt_text="Hội trường")
    related = ArticleFactory(category=category, title="Một bài cùng chuyên mục")

    response = client.get(article.get_absolute_url())

    html = response.content.decode()
    assert '<a href="/chuyen-muc/tin-xay-dung-dang/">Tin xây dựng Đảng</a>' in html
    assert '<h1 class="article-title">Kết nạp đảng viên mới</h1>' in html
    assert "14-01-2021</time> · Lượt xem: 155" in html
    assert '<p class="lead">Sapo về lễ kết nạp.</p>' in html
    # The photo stands where the editor put [ảnh 1], with its caption under it.
    body = html[html.index('<div class="article-body">') :]
    assert body.index("Đoạn mở đầu.") < body.index(image.photo.fallback_url) < body.index("Đoạn kết.")
    assert "[ảnh 1]" not in html
    assert 'alt="Hội trường"' in html
    assert "<figcaption>Quang cảnh buổi lễ</figcaption>" in html
    assert 'Nguồn: <a href="https://example.vn/bai-goc" rel="noopener">Báo Quảng Ninh</a>' in html
    assert related.title in html


def test_photos_not_placed_in_the_body_follow_it_in_order(client, site_settings):
    article = ArticleFactory(body="<p>Chỉ có chữ.</p>")
    first = ArticleImageFactory(article=article, position=1, caption="Ảnh một")
    second = ArticleImageFactory(article=article, position=2, caption="Ảnh hai")

    html = client.get(article.get_absolute_url()).content.decode()

    assert html.index("Chỉ có chữ.") < html.index(first.caption) < html.index(second.caption)


def test_view_counter_goes_up_by_one_per_view(client, site_settings):
    article = ArticleFactory(view_count=10)

    client.get(article.get_absolute_url())
    response = client.get(article.get_absolute_url())

    assert "Lượt xem: 12" in response.content.decode()
    call_command("flush_view_counts")  # with Redis, views wait there for a few seconds
    article.refresh_from_db()
    assert article.view_count == 12


def test_head_request_is_not_counted(client, site_settings):
    article = ArticleFactory(view_count=10)

    client.head(article.get_absolute_url())

    article.refresh_from_db()
    assert article.view_count == 10


def test_draft_article_is_404_and_hidden_from_lists(client, site_settings):
    category = CategoryFactory()
    draft = ArticleFactory(category=category, title="Bản nháp chưa đăng", status=Article.Status.DRAFT)

    assert client.get(draft.get_absolute_url()).status_code == 404
    assert draft.title not in client.get("/").content.decode()
    assert draft.title not in client.get(category.get_absolute_url()).content.decode()


def test_article_scheduled_for_later_is_404_until_its_time(client, site_settings):
    article = ArticleFactory(published_at=timezone.now() + datetime.timedelta(hours=1))

    assert client.get(article.get_absolute_url()).status_code == 404


def test_unknown_article_and_category_are_404_in_vietnamese(client, site_settings):
    for url in ["/bai-viet/khong-co-bai-nay/", "/chuyen-muc/khong-co/", "/khong-co-trang-nay/"]:
        response = client.get(url)
        assert response.status_code == 404
        assert "Không tìm thấy trang" in response.content.decode()


def test_500_page_is_vietnamese_and_needs_no_database(client):
    from django.views.defaults import server_error

    response = server_error(client.get("/").wsgi_request)

    assert response.status_code == 500
    assert "Xin lỗi, trang đang gặp sự cố" in response.content.decode()


def test_every_page_shows_opening_hours_contacts_and_menu(client, site_settings):
    category = CategoryFactory(name="Tin xây dựng Đảng")
    article = ArticleFactory(category=category)
    hours = "Giờ mở cửa: Thứ 3 – Chủ Nhật: 7h30 - 12h00, 13h30 - 16h30; Thứ 2: nghỉ."

    for url in ["/", category.get_absolute_url(), article.get_absolute_url(), "/khong-co/"]:
        html = client.get(url).content.decode()
        assert '<html lang="vi">' in html
        assert html.count(hours) == 2, url  # in the header and in the footer
        assert 'Gọi điện: <a href="tel:02036500163">0203.6500.163</a>' in html
        assert 'href="https://www.facebook.com/bantin"' in html
        assert 'href="https://www.youtube.com/@bantin"' in html
        assert '<a class="zalo-button" href="https://zalo.me/0912345678"' in html
        assert '<a href="/chuyen-muc/tin-xay-dung-dang/"' in html


def test_category_hidden_from_menu_is_not_in_the_menu(client, site_settings):
    CategoryFactory(name="Chuyên mục ẩn", is_in_menu=False)

    assert "Chuyên mục ẩn" not in client.get("/").content.decode()


def test_zalo_official_account_link_is_used_as_is(client, site_settings):
    site_settings.zalo = "https://zalo.me/123456789012345"
    site_settings.save()

    html = client.get("/").content.decode()

    assert 'href="https://zalo.me/123456789012345"' in html


@pytest.fixture
def published_articles():
    """Three categories, each with articles that have photos, so a per-row query would show."""

    def make(count):
        categories = CategoryFactory.create_batch(3)
        articles = []
        for n in range(count):
            article = ArticleFactory(category=categories[n % 3], is_featured=n % 4 == 0, cover=PhotoFactory())
            ArticleImageFactory.create_batch(2, article=article)
            articles.append(article)
        return articles

    return make


@pytest.mark.parametrize("count", [1, 10])
def test_home_page_query_count_does_not_grow(
    client, site_settings, published_articles, count, django_assert_num_queries
):
    published_articles(count)
    # Cold cache: 1. the featured, latest and newest per category  2. most read  3. current topics  4. site
    # settings  5. menu categories  6. the next scheduled publication (the cached page must not outlive it)
    with django_assert_num_queries(6):
        assert client.get("/").status_code == 200
    # Warm cache: none.
    with django_assert_num_queries(0):
        assert client.get("/").status_code == 200


@pytest.mark.parametrize("count", [1, 10])
def test_category_page_query_count_does_not_grow(
    client, site_settings, published_articles, count, django_assert_num_queries
):
    article = published_articles(count)[0]
    # Cold cache: 1. category  2. count for the paginator  3. the page of articles  4. site settings  5. menu
    # 6. the next scheduled publication
    with django_assert_num_queries(6):
        assert client.get(article.category.get_absolute_url()).status_code == 200
    # Warm cache: none.
    with django_assert_num_queries(0):
        assert client.get(article.category.get_absolute_url()).status_code == 200


def test_a_categorys_pages_share_the_categories_and_its_count(
    client, site_settings, django_assert_num_queries
):
    category = CategoryFactory(name="Tin xây dựng Đảng")
    ArticleFactory.create_batch(30, category=category)
    client.get(category.get_absolute_url())
    # Page 2: 1. its articles; the categories, the category's count, settings and menu as page 1 left them.
    with django_assert_num_queries(1):
        page = client.get(category.get_absolute_url(), {"trang": 2})
    assert page.status_code == 200 and page.context["page"].paginator.count == 30
    assert client.get(category.get_absolute_url(), {"trang": 4}).status_code == 404  # past the last page


@pytest.mark.parametrize("count", [1, 10])
def test_article_page_query_count_does_not_grow(
    client, site_settings, published_articles, count, django_assert_num_queries
):
    article = published_articles(count)[0]
    DocumentFactory().articles.add(article)
    TopicFactory().articles.add(article)
    # Cold cache: 1. article with its category and cover, and whether it has photo rows, documents and
    # topics  2. captioned photos with their files  3. related articles  4. its documents  5. its topics
    # 6. most read  7. newest  8. site settings  9. menu  10. the next scheduled publication  11. without
    # Redis, the view counter's UPDATE … RETURNING (with Redis, the count it starts from is the one the
    # article's row had in query 1). An article without documents or topics makes two queries fewer.
    with django_assert_num_queries(10 if settings.REDIS_URL else 11):
        assert client.get(article.get_absolute_url()).status_code == 200
    # Warm cache: without Redis 1. the view counter; with Redis none (the view is counted in Redis).
    with django_assert_num_queries(0 if settings.REDIS_URL else 1):
        assert "Lượt xem: 2" in client.get(article.get_absolute_url()).content.decode()


def test_without_the_page_cache_an_article_page_loads_settings_and_menu_once(
    client, settings, site_settings, published_articles, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    article = published_articles(3)[0]
    client.get(article.get_absolute_url())
    # The article and its part of <head> are rendered apart from the page; both show the site's name.
    # 1. article with its category and cover, which says it has photo rows but no documents or topics
    # 2. captioned photos  3. site settings  4. menu  5. related articles  6. most read  7. newest
    # 8. without Redis, the view counter's UPDATE (Redis knows the count since the first view)
    with django_assert_num_queries(7 if settings.REDIS_URL else 8):
        page = client.get(article.get_absolute_url()).content.decode()
    assert f'<meta property="og:site_name" content="{site_settings.site_name}">' in page


@pytest.mark.parametrize("count", [2, 10])
def test_pages_not_yet_cached_share_the_menu_settings_and_sidebars(
    client, site_settings, published_articles, count, django_assert_num_queries
):
    first, second = published_articles(count)[:2]
    client.get(first.get_absolute_url())
    # 1. article with its category and cover (no documents or topics)  2. captioned photos  3. related
    # articles  4. without Redis, the view counter (as above); most read, newest, site settings and menu
    # come from the first page's rendering, and the next scheduled publication was looked up then for this
    # content version.
    with django_assert_num_queries(3 if settings.REDIS_URL else 4):
        page = client.get(second.get_absolute_url()).content.decode()
    newest = Article.objects.published().newest_first().exclude(pk=second.pk).first()
    assert newest.title in page  # "Tin mới", as the first page left it
    # 1. the featured, latest and newest per category  2. current topics
    with django_assert_num_queries(2):
        assert client.get("/").status_code == 200


def test_pages_of_one_category_share_its_newest_articles(
    client, site_settings, published_articles, django_assert_num_queries
):
    first, _, _, second = published_articles(4)  # the first and the fourth share a category
    client.get(first.get_absolute_url())
    # 1. article with its category and cover (no documents or topics)  2. captioned photos  3. without
    # Redis, the view counter; "Tin cùng chuyên mục" as the first page of the category left it, without the
    # page's own article.
    with django_assert_num_queries(2 if settings.REDIS_URL else 3):
        response = client.get(second.get_absolute_url())
    assert response.context["related"] == [first]


def test_shared_lists_leave_out_the_pages_own_article(client, site_settings):
    articles = ArticleFactory.create_batch(3)

    for article in articles:  # the first builds the shared lists, the others take them
        response = client.get(article.get_absolute_url())
        assert article not in response.context["newest"] + response.context["most_read"]
        assert len(response.context["newest"]) == 2


def test_each_page_marks_its_own_place_in_the_shared_menu(client, site_settings):
    first, second = CategoryFactory(name="Chuyên mục một"), CategoryFactory(name="Chuyên mục hai")
    article = ArticleFactory(category=second)

    def current(url):
        """The menu entries marked as the current page, on a page rendered after the others."""
        return re.findall(
            r'<a href="[^"]*" aria-current="page">([^<]+)</a>', client.get(url).content.decode()
        )

    assert current(first.get_absolute_url()) == ["Chuyên mục một"]
    assert current(second.get_absolute_url()) == ["Chuyên mục hai"]
    assert current(article.get_absolute_url()) == ["Chuyên mục hai"]
    assert current("/") == ["Trang chủ"]
    assert current("/tim-kiem/?q=mot") == []


def test_article_url_is_built_from_a_vietnamese_slug(client, site_settings):
    article = ArticleFactory(title="Đảng bộ Khối các cơ quan tỉnh đẩy mạnh Đổi mới")

    assert article.get_absolute_url() == reverse(
        "articles:detail", args=["dang-bo-khoi-cac-co-quan-tinh-day-manh-doi-moi"]
    )
    assert client.get(article.get_absolute_url()).status_code == 200
