"""The article list an editor works in: the state in words, compact dates, the filters and the search."""

import datetime
import re

import pytest
import time_machine

from .factories import ArticleFactory, CategoryFactory, PhotoFactory, UserFactory

pytestmark = pytest.mark.django_db

LIST = "/quan-tri/articles/article/"
NOW = datetime.datetime(2021, 1, 13, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


def titles(html):
    return sorted(re.findall(r'<th class="field-headline"><a [^>]*>([^<]+)</a>', html))


@pytest.fixture
def archive(db):
    writer = UserFactory(group="Phóng viên", username="lan", first_name="Lan", last_name="Nguyễn")
    editor = UserFactory(group="Biên tập viên", username="minh", first_name="Minh", last_name="Trần")
    party, culture = CategoryFactory(name="Tin xây dựng Đảng"), CategoryFactory(name="Văn hóa")
    ArticleFactory(
        title="Chi bộ thôn Đông kết nạp đảng viên trẻ",
        lead="Lễ kết nạp diễn ra trang trọng.",
        category=party,
        author=writer,
        last_edited_by=editor,
        published_at=datetime.datetime(2021, 1, 14, 8, 0, tzinfo=NOW.tzinfo),
        cover=PhotoFactory(),
        view_count=1234,
    )
    ArticleFactory(
        title="Hội diễn văn nghệ mừng Xuân",
        lead="Các đội văn nghệ quần chúng tham gia hội diễn ở nhà văn hóa.",
        category=culture,
        author=editor,
        published_at=datetime.datetime(2021, 1, 10, 8, 0, tzinfo=NOW.tzinfo),
    )
    ArticleFactory(title="Bản nháp về học tập", status="draft", category=party, author=writer)
    ArticleFactory(title="Bài chờ duyệt", status="review", category=culture, author=writer)
    return {"writer": writer, "editor": editor, "culture": culture}


@time_machine.travel(NOW, tick=False)
def test_each_row_shows_the_state_in_words_who_wrote_and_edited_and_a_compact_date(editor_client, archive):
    html = editor_client.get(LIST).content.decode()

    row = re.search(r"<tr>.*?Chi bộ thôn Đông.*?</tr>", html, re.S).group(0)
    assert '<span class="desk-state desk-state--scheduled">Hẹn giờ 08:00 14-01</span>' in row
    assert "14-01-2021 08:00" in row
    assert 'Lan Nguyễn<span class="desk-byline">sửa: Minh Trần</span>' in row
    assert '<img src="/media/renditions/' in row and 'width="64"' in row
    assert ">1234<" in row or ">1.234<" in row
    assert 'desk-state--published">Đã đăng' in html and 'desk-state--draft">Nháp' in html
    assert 'desk-state--review">Chờ duyệt' in html
    # The title is the first column, right after the selection box.
    assert re.search(
        r'<th scope="col" class="action-checkbox-column".*?<th scope="col" class="sortable column-headline',
        html,
        re.S,
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ket nap dang", ["Chi bộ thôn Đông kết nạp đảng viên trẻ"]),
        ("KẾT NẠP", ["Chi bộ thôn Đông kết nạp đảng viên trẻ"]),
        ("quan chung", ["Hội diễn văn nghệ mừng Xuân"]),  # a word of the lead only
        ("khongcobainay", []),
    ],
)
def test_the_search_finds_words_of_the_title_and_the_lead_with_or_without_accents(
    editor_client, archive, typed, expected
):
    html = editor_client.get(LIST, {"q": typed}).content.decode()

    assert titles(html) == expected


def test_the_filters_by_state_mine_author_and_category(client, archive):
    client.force_login(archive["editor"])

    assert titles(client.get(LIST, {"trang-thai": "cho-duyet"}).content.decode()) == ["Bài chờ duyệt"]
    assert titles(client.get(LIST, {"cua-toi": "viet"}).content.decode()) == ["Hội diễn văn nghệ mừng Xuân"]
    by_writer = client.get(LIST, {"nguoi-viet": archive["writer"].pk}).content.decode()
    assert len(titles(by_writer)) == 3
    in_culture = client.get(LIST, {"category__id__exact": archive["culture"].pk}).content.decode()
    assert titles(in_culture) == ["Bài chờ duyệt", "Hội diễn văn nghệ mừng Xuân"]


@pytest.mark.parametrize("since", ["2021-01-09", "09-01-2021", "09/01/2021"])
def test_the_date_range_takes_dates_as_the_newsroom_types_them(editor_client, archive, since):
    html = editor_client.get(LIST, {"tu": since, "den": "2021-01-11"}).content.decode()

    assert titles(html) == ["Hội diễn văn nghệ mừng Xuân"]
    assert 'name="tu" value="2021-01-09"' in html


def test_a_date_that_is_no_date_is_ignored_not_an_error(editor_client, archive):
    response = editor_client.get(LIST, {"tu": "31-02-2021", "den": "ngày mai"})

    assert response.status_code == 200
    assert len(titles(response.content.decode())) == 4


def test_a_writer_sees_only_their_own_and_no_author_filter(writer_client, writer):
    ArticleFactory(title="Bài của tôi", author=writer, status="draft")
    ArticleFactory(title="Bài người khác", author=UserFactory(group="Phóng viên"), status="draft")

    html = writer_client.get(LIST).content.decode()

    assert titles(html) == ["Bài của tôi"]
    assert "nguoi-viet=" not in html


@pytest.mark.parametrize("count", [1, 10])
def test_the_list_takes_the_same_queries_with_1_and_10_articles(
    client, django_assert_num_queries, site_settings, count
):
    editor = UserFactory(group="Biên tập viên")
    ArticleFactory.create_batch(count, author=editor, last_edited_by=editor, cover=PhotoFactory())
    client.force_login(editor)

    # 1 the session, 2 the user, 3-4 the user's permissions (own, groups'), 5 the people for the author
    # filter, 6 the categories for the category filter, 7 the rows' count, 8 the page of articles with their
    # category, cover, author and last editor joined in.
    with django_assert_num_queries(8):
        assert client.get(LIST).status_code == 200
