import datetime
import unicodedata

import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from articles import search
from articles.models import Article
from articles.templatetags.site_tags import SharedNode

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own search")


def found(client, query, **params):
    response = client.get("/tim-kiem/", {"q": query, **params})
    assert response.status_code == 200
    return [result.article for result in response.context["results"]]


@pytest.mark.parametrize("query", ["ket nap dang", "KẾT NẠP ĐẢNG", "kết nạp Đảng", "Ket Nap DANG"])
def test_search_ignores_accents_and_case(client, site_settings, query):
    article = ArticleFactory(title="Lễ kết nạp đảng viên ở chi bộ thôn Đông", lead="Sapo.", body="")
    ArticleFactory(title="Hội nghị tổng kết năm", lead="Sapo.", body="")

    assert found(client, query) == [article]


def test_d_with_stroke_matches_d(client, site_settings):
    article = ArticleFactory(title="Đại hội Đoàn xã", lead="Sapo.", body="")

    assert found(client, "dai hoi doan") == [article]
    assert found(client, "ĐẠI HỘI ĐOÀN") == [article]


def test_every_word_must_match_as_a_whole_word(client, site_settings):
    article = ArticleFactory(title="Nông thôn mới", lead="Sapo.", body="<p>Xây dựng nông thôn mới.</p>")

    assert found(client, "nong thon") == [article]
    assert found(client, "nong thon hien dai") == []
    assert found(client, "non") == []  # a part of a word is not the word


def test_search_finds_words_in_the_lead_and_the_body(client, site_settings):
    in_lead = ArticleFactory(title="Tin một", lead="Hội nghị học tập nghị quyết.", body="")
    in_body = ArticleFactory(title="Tin hai", lead="Sapo.", body="<p>Chi bộ <em>học tập</em> nghị quyết.</p>")

    assert set(found(client, "hoc tap nghi quyet")) == {in_lead, in_body}


def test_title_match_ranks_above_body_match(client, site_settings):
    now = timezone.now()
    in_body = ArticleFactory(
        title="Tin hoạt động tuần",
        lead="Sapo.",
        body="<p>Kết nạp đảng viên. " + "Kết nạp đảng viên mới. " * 20 + "</p>",
        published_at=now - datetime.timedelta(hours=1),
    )
    in_title = ArticleFactory(
        title="Kết nạp đảng viên mới",
        lead="Sapo.",
        body="<p>Nội dung khác.</p>",
        published_at=now - datetime.timedelta(days=30),
    )

    assert found(client, "ket nap dang vien") == [in_title, in_body]


def test_matches_are_newest_first_within_each_group(client, site_settings):
    now = timezone.now()
    older, newer = (
        ArticleFactory(title="Kết nạp đảng viên", published_at=now - datetime.timedelta(days=days))
        for days in (9, 1)
    )

    assert found(client, "ket nap") == [newer, older]


def test_only_published_articles_are_found(client, site_settings):
    published = ArticleFactory(title="Kết nạp đảng viên đã đăng")
    ArticleFactory(title="Kết nạp đảng viên bản nháp", status=Article.Status.DRAFT)
    ArticleFactory(
        title="Kết nạp đảng viên hẹn giờ", published_at=timezone.now() + datetime.timedelta(hours=1)
    )

    assert found(client, "ket nap") == [published]


def test_results_show_an_excerpt_with_the_matched_words_marked(client, site_settings):
    ArticleFactory(
        title="Hội nghị tổng kết",
        lead="Sapo không có từ cần tìm.",
        body="<p>" + "Mở đầu dài dòng. " * 30 + "Chi bộ kết nạp <strong>Đảng</strong> viên mới." + "</p>",
    )

    html = client.get("/tim-kiem/", {"q": "ket nap dang"}).content.decode()

    assert "Chi bộ <mark>kết</mark> <mark>nạp</mark> <mark>Đảng</mark> viên mới." in html
    assert '<p class="excerpt">… ' in html  # cut before the match, marked as cut
    assert html.count("Mở đầu dài dòng.") < 10


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_words_typed_with_combining_marks_are_marked_whole(client, site_settings, form):
    """Text pasted from a Mac keeps its tone marks as separate characters: a marked word takes them along,
    and the words after it are still marked where they are."""
    title = unicodedata.normalize(form, "Lễ kết nạp đảng viên ở chi bộ Đồng Tâm")
    ArticleFactory(title=title, lead="Sapo.", body="")

    html = client.get("/tim-kiem/", {"q": "ket nap dong tam"}).content.decode()

    marked = "Lễ <mark>kết</mark> <mark>nạp</mark> đảng viên ở chi bộ <mark>Đồng</mark> <mark>Tâm</mark>"
    assert unicodedata.normalize(form, marked) in html


def test_title_words_are_marked_too(client, site_settings):
    ArticleFactory(title="Lễ Kết Nạp đảng viên", lead="Sapo.", body="")

    html = client.get("/tim-kiem/", {"q": "ket nap"}).content.decode()

    assert "Lễ <mark>Kết</mark> <mark>Nạp</mark> đảng viên</a>" in html


def test_results_are_escaped(client, site_settings):
    ArticleFactory(title="Kết nạp <script>alert(1)</script>", lead="Sapo có <b>kết nạp</b> & thẻ.", body="")

    html = client.get("/tim-kiem/", {"q": "ket nap"}).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert "Sapo có &lt;b&gt;<mark>kết</mark> <mark>nạp</mark>&lt;/b&gt; &amp; thẻ." in html


def test_results_are_paginated_keeping_the_query(client, site_settings):
    ArticleFactory.create_batch(12, title="Kết nạp đảng viên")

    first = client.get("/tim-kiem/", {"q": "kết nạp"})
    second = client.get("/tim-kiem/", {"q": "kết nạp", "trang": 2})

    assert len(first.context["results"]) == 10
    assert len(second.context["results"]) == 2
    assert 'href="?q=k%E1%BA%BFt+n%E1%BA%A1p&amp;trang=2" rel="next"' in first.content.decode()
    assert "Trang 2 / 2" in second.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 5000,
        "kết nạp " * 700,
        "%",
        "_",
        "%_%",
        "'",
        '"kết nạp"',
        "'; DROP TABLE articles_article; --",
        "1' OR '1'='1",
        "<script>alert(1)</script>",
        "</title><h1>",
        "🇻🇳 kết nạp 🎉",
        "kết\x00nạp",
        "\x00",
        "\\",
        "& | ! :* <->",
    ],
)
def test_odd_queries_give_a_normal_page(client, site_settings, query):
    ArticleFactory(title="Kết nạp đảng viên")

    response = client.get("/tim-kiem/", {"q": query})

    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<h1>" not in html.replace('<h1 class="page-title">Tìm kiếm</h1>', "")
    assert Article.objects.count() == 1


@pytest.mark.parametrize("page", ["abc", "-1", "999", "", "2%00"])
def test_page_number_out_of_range_gives_a_normal_page(client, site_settings, page):
    ArticleFactory(title="Kết nạp đảng viên")

    assert found(client, "ket nap", trang=page) == [Article.objects.get()]


def test_empty_query_finds_nothing_and_says_what_to_type(client, site_settings):
    ArticleFactory()

    response = client.get("/tim-kiem/")

    assert response.context["results"] == []
    assert "Mời bạn gõ một vài từ" in response.content.decode()


def test_no_result_says_so(client, site_settings):
    html = client.get("/tim-kiem/", {"q": "khongco"}).content.decode()

    assert "Không tìm thấy bài viết nào có “khongco”" in html


def test_query_is_cut_to_two_hundred_characters(client, site_settings):
    response = client.get("/tim-kiem/", {"q": "a" * 5000})

    assert response.context["query"] == "a" * 200


def test_every_page_has_a_labelled_search_box(client, site_settings):
    html = client.get("/").content.decode()

    assert '<form class="search-form" role="search" action="/tim-kiem/" method="get">' in html
    assert '<label class="visually-hidden" for="tu-khoa-dau-trang">Tìm kiếm bài viết</label>' in html
    assert 'id="tu-khoa-dau-trang" name="q"' in html


def test_search_page_is_not_indexed(client, site_settings):
    html = client.get("/tim-kiem/", {"q": "ket nap"}).content.decode()

    assert '<meta name="robots" content="noindex">' in html


def test_search_text_follows_the_article(site_settings):
    article = ArticleFactory(title="Tiêu đề cũ", lead="Sapo.", body="<p>Nội dung <script>bi mat</script></p>")

    article.title = "Đại hội Đảng bộ"
    article.save(update_fields=["title"])

    article.refresh_from_db()
    assert article.search_title == " dai hoi dang bo "
    assert article.search_text == " dai hoi dang bo sapo noi dung "


@pytest.mark.parametrize("count", [1, 10])
def test_search_query_count_does_not_grow(client, site_settings, count, django_assert_num_queries):
    ArticleFactory.create_batch(count, title="Kết nạp đảng viên")
    # 1. title matches, counted  2. other matches, counted  3. the page of title matches with their
    # categories  4. site settings  5. menu  6. the next scheduled publication (the parts every page shows
    # are kept for the next pages, never past it)
    with django_assert_num_queries(6):
        assert client.get("/tim-kiem/", {"q": "ket nap"}).status_code == 200
    # The next search: the settings, the menu and the footer as the first page left them.
    with django_assert_num_queries(3):
        assert client.get("/tim-kiem/", {"q": "dang vien"}).status_code == 200


def test_searches_keep_nothing_of_their_own_in_the_cache(client, site_settings):
    """The header shows the words searched for: it is kept with a stand-in for them, and each search writes
    its own in, so that a flood of odd words cannot fill the cache."""
    ArticleFactory(title="Kết nạp đảng viên")
    client.get("/tim-kiem/", {"q": "ket nap"})
    kept = cache_keys()

    for n in range(20):
        page = client.get("/tim-kiem/", {"q": f"tu la {n}"}).content.decode()
        assert f'value="tu la {n}"' in page

    assert cache_keys() == kept


def test_the_header_shows_the_words_searched_for_as_text(client, site_settings):
    client.get("/tim-kiem/", {"q": "ket nap"})  # the header kept

    page = client.get("/tim-kiem/", {"q": '"><b>đảng & dân'}).content.decode()
    other = client.get("/").content.decode()

    header = page[page.index('id="tu-khoa-dau-trang"') :].split(">", 1)[0]
    assert 'value="&quot;&gt;&lt;b&gt;đảng &amp; dân"' in header
    assert "<b>đảng" not in page
    assert 'placeholder="Tìm bài viết…" value="">' in other  # no words on other pages
    assert SharedNode.STAND_IN not in page + other


def cache_keys():
    if settings.REDIS_URL:
        return set(redis.Redis.from_url(settings.REDIS_URL).keys("*"))
    return set(cache._cache)  # the local-memory cache's own dictionary


@pytest.mark.parametrize("count", [1, 10])
def test_a_page_spanning_both_groups_costs_one_query_more(
    client, site_settings, count, django_assert_num_queries
):
    ArticleFactory(title="Kết nạp đảng viên")
    ArticleFactory.create_batch(count, title="Tin tuần", lead="Chi bộ kết nạp đảng viên.")
    # 1. title matches, counted  2. other matches, counted  3. the page's title matches  4. the page's other
    # matches  5. site settings  6. menu  7. the next scheduled publication
    with django_assert_num_queries(7):
        assert client.get("/tim-kiem/", {"q": "ket nap"}).status_code == 200


def test_pages_run_on_from_the_title_matches_into_the_others(client, site_settings):
    now = timezone.now()
    in_title = [
        ArticleFactory(title=f"Kết nạp đảng viên {n}", published_at=now - datetime.timedelta(days=n))
        for n in range(7)
    ]
    elsewhere = [
        ArticleFactory(
            title=f"Tin tuần {n}", lead="Chi bộ kết nạp.", published_at=now - datetime.timedelta(hours=n)
        )
        for n in range(8)
    ]

    first = found(client, "ket nap")
    second = found(client, "ket nap", trang=2)

    assert first + second == in_title + elsewhere  # each group newest first, none twice, none missing
    assert len(first) == 10


def test_a_thousand_results_at_most_are_listed(client, site_settings, monkeypatch):
    monkeypatch.setattr(search, "MAX_RESULTS", 12)
    ArticleFactory.create_batch(13, title="Kết nạp đảng viên")

    last = client.get("/tim-kiem/", {"q": "ket nap", "trang": 2})

    assert len(last.context["results"]) == 2
    assert last.context["page"].paginator.count == 12
    assert "Tìm thấy hơn 12 bài viết có “ket nap”; dưới đây là 12 bài đầu tiên." in last.content.decode()


@pytest.mark.parametrize("query", ["ket", "ket nap dang"])
def test_a_group_longer_than_the_cap_is_paged_newest_first(client, site_settings, monkeypatch, query):
    """Past the cap a group's pages come from the date index, not from its ids: the same order."""
    monkeypatch.setattr(search, "MAX_RESULTS", 12)
    now = timezone.now()
    days = [3, 0, 7, 1, 12, 5, 9, 2, 11, 4, 6, 8, 10, 13]  # written in no order of date
    in_title = [
        ArticleFactory(title=f"Kết nạp đảng viên {n}", published_at=now - datetime.timedelta(days=n))
        for n in days
    ]
    ArticleFactory(title="Tin tuần", lead="Kết nạp đảng viên mới.")  # past the title matches: never listed

    listed = found(client, query) + found(client, query, trang=2)

    assert listed == sorted(in_title, key=lambda article: article.published_at, reverse=True)[:12]


def test_an_exact_count_below_the_cap(client, site_settings, monkeypatch):
    monkeypatch.setattr(search, "MAX_RESULTS", 12)
    ArticleFactory.create_batch(12, title="Kết nạp đảng viên")

    html = client.get("/tim-kiem/", {"q": "ket nap"}).content.decode()

    assert "Tìm thấy 12 bài viết có “ket nap”." in html


@on_postgresql
@pytest.mark.parametrize("column", ["search_document", "search_title_document"])
def test_postgresql_search_uses_the_stored_vectors_and_their_indexes(site_settings, column):
    article = ArticleFactory(title="Kết nạp", lead="Chi bộ thôn Đông.")
    with connection.cursor() as cursor:
        # On a few rows a sequential scan is cheaper; forbid it to see whether the index fits the query.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN SELECT id FROM articles_article WHERE {column} @@ 'ket'::tsquery")
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute(f"SELECT {column}::text FROM articles_article WHERE id = %s", [article.pk])
        vector = cursor.fetchone()[0]

    assert {"search_document": "article_document_idx", "search_title_document": "article_title_document_idx"}[
        column
    ] in plan
    # PostgreSQL computes the vectors from the folded words on every write.
    assert "'ket'" in vector and ("'dong'" in vector) == (column == "search_document")


@on_postgresql
def test_postgresql_unaccent_maps_vietnamese_like_python(site_settings):
    text = "Kết nạp ĐẢNG viên ở Đắk Lắk, Ủy ban"
    with connection.cursor() as cursor:
        cursor.execute("SELECT lower(bulletin_unaccent(%s))", [text])
        assert cursor.fetchone()[0].replace(",", "").split() == search.words(text)
