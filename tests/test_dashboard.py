"""The admin's home, "Bàn làm việc": per role, what waits for this person, each block linking to its list."""

import datetime
import re

import pytest
import time_machine
from axes.models import AccessAttempt
from django.utils import timezone

from articles.dashboard import desk_for
from articles.models import Article, ClosingDay

from .factories import ArticleFactory, CategoryFactory, UserFactory

pytestmark = pytest.mark.django_db

# Wednesday 14-01-2026 10:00 in Vietnam.
NOW = datetime.datetime(2026, 1, 14, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


def at(**delta):
    return NOW + datetime.timedelta(**delta)


def blocks(html):
    """{block title: (count or None, [row texts])} as the page shows them."""
    found = {}
    for section in re.findall(r'<section class="desk-block".*?</section>', html, re.S):
        title = re.search(r"<h2[^>]*>\s*<a[^>]*>([^<]+)</a>", section)
        title = title.group(1) if title else re.search(r"<h2[^>]*>([^<]+)</h2>", section).group(1)
        count = re.search(r'<span class="desk-count">(\d+)</span>', section)
        rows = [
            re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", li)).strip()
            for li in re.findall(r"<li.*?</li>", section, re.S)
        ]
        found[title.strip()] = (int(count.group(1)) if count else None, rows)
    return found


def block_link(html, title):
    return re.search(rf'<a href="([^"]+)">{re.escape(title)}</a>', html).group(1).replace("&amp;", "&")


@pytest.fixture
def newsroom(db):
    writer = UserFactory(group="Phóng viên", username="lan", first_name="Lan", last_name="Nguyễn")
    other_writer = UserFactory(group="Phóng viên", username="hoa", first_name="Hoa", last_name="Phạm")
    editor = UserFactory(group="Biên tập viên", username="minh", first_name="Minh", last_name="Trần")
    category = CategoryFactory(name="Tin xây dựng Đảng")

    def article(title, **fields):
        with time_machine.travel(fields.pop("saved_at", at(hours=-1)), tick=False):
            return ArticleFactory(title=title, category=category, **fields)

    article("Nháp về chi bộ", author=writer, status="draft")
    article("Nháp thứ hai", author=writer, status="draft")
    article("Bài bị trả", author=writer, status="draft", review_comment="Viết lại sapo cho gọn.")
    article("Chờ từ hôm qua", author=writer, status="review", saved_at=at(days=-1))
    article("Chờ từ sáng nay", author=other_writer, status="review", saved_at=at(hours=-2))
    article("Chờ lâu nhất", author=other_writer, status="review", saved_at=at(days=-3))
    article("Nháp người khác", author=other_writer, status="draft")
    article("Hẹn giờ chiều nay", author=writer, status="published", published_at=at(hours=4))
    article("Hẹn giờ mai", author=writer, status="published", published_at=at(days=1))
    article("Đăng sáng nay", author=writer, status="published", published_at=at(hours=-2), view_count=40)
    article(
        "Đăng sáng nay, ít đọc", author=writer, status="published", published_at=at(hours=-1), view_count=3
    )
    article("Đăng thứ Hai", author=writer, status="published", published_at=at(days=-2), view_count=900)
    article("Đăng tuần trước", author=writer, status="published", published_at=at(days=-6), view_count=5000)
    article(
        "Đăng tháng trước", author=writer, status="published", published_at=at(days=-40), view_count=99999
    )
    article(
        "Biên tập viên vừa sửa",
        author=writer,
        last_edited_by=editor,
        status="published",
        saved_at=at(minutes=-5),
    )
    return {
        "writer": writer,
        "editor": editor,
        "site_admin": UserFactory(group="Quản trị trang", username="ha"),
    }


@time_machine.travel(NOW, tick=False)
def test_a_writer_sees_their_drafts_the_articles_sent_back_with_the_comment_and_those_waiting(
    client, newsroom
):
    client.force_login(newsroom["writer"])

    html = client.get("/quan-tri/").content.decode()
    desk = blocks(html)

    assert "<h1>Bàn làm việc</h1>" in html and ">Viết bài mới</a>" in html
    assert desk["Bài bị trả lại"] == (1, ["Bài bị trả Ý kiến biên tập: Viết lại sapo cho gọn."])
    assert desk["Bản nháp của tôi"][0] == 2
    assert desk["Đang chờ duyệt"] == (1, ["Chờ từ hôm qua gửi lúc 13-01-2026 10:00"])
    assert "Chờ duyệt" not in desk and "Tình trạng trang" not in desk


@time_machine.travel(NOW, tick=False)
def test_an_editor_sees_what_waits_oldest_first_with_who_and_since_when(client, newsroom):
    client.force_login(newsroom["editor"])

    desk = blocks(client.get("/quan-tri/").content.decode())

    assert desk["Chờ duyệt"] == (
        3,
        [
            "Chờ lâu nhất Hoa Phạm gửi lúc 11-01-2026 10:00",
            "Chờ từ hôm qua Lan Nguyễn gửi lúc 13-01-2026 10:00",
            "Chờ từ sáng nay Hoa Phạm gửi lúc 14-01-2026 08:00",
        ],
    )
    assert desk["Hẹn giờ đăng"] == (
        2,
        ["Hẹn giờ chiều nay đăng lúc 14-01-2026 14:00", "Hẹn giờ mai đăng lúc 15-01-2026 10:00"],
    )
    # Published today: the two of this morning and the one saved five minutes ago; since Monday, one more.
    assert desk["Đã đăng hôm nay / tuần này"] == (3, ["4 bài từ thứ Hai"])
    assert desk["Đọc nhiều hôm nay"][1][:2] == [
        "Đăng sáng nay 40 lượt xem",
        "Đăng sáng nay, ít đọc 3 lượt xem",
    ]
    assert desk["Đọc nhiều 7 ngày qua"][1][:2] == [
        "Đăng tuần trước 5000 lượt xem",
        "Đăng thứ Hai 900 lượt xem",
    ]
    assert desk["Người khác vừa sửa"][1] == []  # the only edit is the editor's own


@time_machine.travel(NOW, tick=False)
def test_a_site_admin_also_sees_locked_out_accounts_closing_days_and_the_sites_health(client, newsroom):
    AccessAttempt.objects.create(
        username="lan",
        ip_address="203.0.113.7",
        user_agent="Mozilla/5.0",
        http_accept="text/html",
        path_info="/quan-tri/login/",
        get_data="",
        post_data="",
        failures_since_start=5,
    )
    AccessAttempt.objects.create(
        username="hoa",
        ip_address="203.0.113.8",
        user_agent="Mozilla/5.0",
        http_accept="text/html",
        path_info="/quan-tri/login/",
        get_data="",
        post_data="",
        failures_since_start=2,
    )
    ClosingDay.objects.create(date=datetime.date(2026, 1, 1), reason="Tết Dương lịch")
    ClosingDay.objects.create(date=datetime.date(2026, 2, 16), reason="Nghỉ Tết Nguyên đán")
    client.force_login(newsroom["site_admin"])

    html = client.get("/quan-tri/").content.decode()
    desk = blocks(html)

    assert desk["Tài khoản bị khóa đăng nhập"][0] == 1
    assert desk["Tài khoản bị khóa đăng nhập"][1][0].startswith("lan từ 203.0.113.7")
    assert desk["Ngày nghỉ sắp tới"] == (None, ["16-02-2026 Nghỉ Tết Nguyên đán"])
    assert desk["Tình trạng trang"][1][:2] == ["Cơ sở dữ liệu: hoạt động", "Bộ nhớ đệm: hoạt động"]
    assert desk["Tình trạng trang"][1][2].startswith("Lượt xem chờ ghi:")


@time_machine.travel(NOW, tick=False)
def test_each_block_links_to_the_list_filtered_the_same_way(client, newsroom):
    client.force_login(newsroom["writer"])
    home = client.get("/quan-tri/").content.decode()
    returned = client.get(block_link(home, "Bài bị trả lại")).content.decode()
    drafts = client.get(block_link(home, "Bản nháp của tôi")).content.decode()

    client.force_login(newsroom["editor"])
    home = client.get("/quan-tri/").content.decode()
    scheduled = client.get(block_link(home, "Hẹn giờ đăng")).content.decode()
    waiting = client.get(block_link(home, "Chờ duyệt")).content.decode()

    def titles(page):
        return sorted(re.findall(r'<th class="field-headline"><a [^>]*>([^<]+)</a>', page))

    assert titles(returned) == ["Bài bị trả"]
    assert titles(drafts) == ["Nháp thứ hai", "Nháp về chi bộ"]
    assert titles(scheduled) == ["Hẹn giờ chiều nay", "Hẹn giờ mai"]
    assert titles(waiting) == ["Chờ lâu nhất", "Chờ từ hôm qua", "Chờ từ sáng nay"]


@pytest.mark.parametrize("articles", [1, 10])
def test_the_desk_takes_a_fixed_number_of_queries_whatever_the_archives_size(
    django_assert_num_queries, articles, site_settings
):
    site_admin = UserFactory(group="Quản trị trang")
    for status in ["draft", "review", "published"]:
        ArticleFactory.create_batch(articles, status=status, author=site_admin, last_edited_by=UserFactory())
    ClosingDay.objects.create(date=timezone.localdate() + datetime.timedelta(days=3), reason="Nghỉ lễ")
    site_admin = type(site_admin).objects.get(pk=site_admin.pk)

    # 1-2 the user's permissions (their own, their groups'), 3 the counts of drafts and articles waiting
    # (by status), 4 the counts since Monday (by date), 5 waiting for review, 6 scheduled, 7 most read today,
    # 8 most read in 7 days, 9 edited by others, 10 locked-out accounts, 11 closing days, 12 the health
    # check's SELECT 1. Each is an index range, and lists stop at five rows: 10 articles cost the same.
    with django_assert_num_queries(12):
        desk = desk_for(site_admin)

    assert len(desk.blocks) == 8


def test_a_page_of_the_desk_takes_the_same_queries_with_1_and_10_articles(client, django_assert_num_queries):
    editor = UserFactory(group="Biên tập viên")
    client.force_login(editor)
    ArticleFactory(status="review")

    def page_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get("/quan-tri/").status_code == 200
        return len(queries)

    one = page_queries()
    ArticleFactory.create_batch(9, status="review")
    assert page_queries() == one
    assert Article.objects.count() == 10
