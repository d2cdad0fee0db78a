"""Any old portal: one JSON object per line, with its photos from a folder."""

import datetime
import json

import pytest
from django.core.management.base import CommandError

from articles.models import Article, Category, LegacyRedirect, Photo

from .factories import jpeg_bytes
from .importing import import_articles

pytestmark = pytest.mark.django_db

FULL = {
    "title": "Hội nghị Ban Chấp hành Đảng bộ tỉnh",
    "slug": "hoi-nghi-bch",
    "category": "Tin xây dựng Đảng",
    "published_at": "2018-02-03T08:00:00",
    "status": "published",
    "lead": "Sapo của bài.",
    "body": '<p>Đoạn một.</p><p>[ảnh 1]</p><p>Trong bài: <img src="anh/trong-bai.jpg" alt="Trong bài"></p>',
    "photos": [{"file": "anh/hội-trường.jpg", "caption": "Toàn cảnh hội trường", "alt": "Hội trường"}],
    "cover": "anh/hội-trường.jpg",
    "source_name": "Cổng thông tin tỉnh",
    "source_url": "https://tinh.example.vn/tin/123",
    "view_count": 321,
    "old_url": "https://tinh.example.vn/Default.aspx?tabid=5&id=123",
}


@pytest.fixture
def media(tmp_path):
    folder = tmp_path / "media-cu"
    (folder / "anh").mkdir(parents=True)
    (folder / "anh" / "hội-trường.jpg").write_bytes(jpeg_bytes(90, 60))
    (folder / "anh" / "trong-bai.jpg").write_bytes(jpeg_bytes(70, 50))
    return folder


def write_lines(tmp_path, *lines):
    path = tmp_path / "bai.jsonl"
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")
    return path


def test_every_field_of_a_line_comes_across(tmp_path, media):
    import_articles(write_lines(tmp_path, FULL), media=str(media))

    article = Article.objects.get()
    assert article.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh"
    assert article.slug == "hoi-nghi-bch"
    assert article.category.name == "Tin xây dựng Đảng"
    # A time without a zone is Vietnam time.
    assert article.published_at == datetime.datetime(2018, 2, 3, 1, 0, tzinfo=datetime.UTC)
    assert article.is_visible
    assert (article.lead, article.source_name, article.view_count) == (
        "Sapo của bài.",
        "Cổng thông tin tỉnh",
        321,
    )
    assert article.source_url == "https://tinh.example.vn/tin/123"
    [image] = article.photos.all()
    assert (image.caption, image.alt_text, image.photo.import_key) == (
        "Toàn cảnh hội trường",
        "Hội trường",
        "jsonl:anh/hội-trường.jpg",
    )
    assert article.cover == image.photo
    inline = Photo.objects.get(import_key="jsonl:anh/trong-bai.jpg")
    assert f'<img src="{inline.url}" alt="Trong bài">' in article.body
    assert article.import_key == "jsonl:https://tinh.example.vn/Default.aspx?tabid=5&id=123"


def test_the_old_address_with_its_query_answers_301(tmp_path, media, client, site_settings):
    import_articles(write_lines(tmp_path, FULL), media=str(media))

    response = client.get("/Default.aspx?tabid=5&id=123")

    assert response.status_code == 301
    assert response["Location"] == "/bai-viet/hoi-nghi-bch/"
    assert LegacyRedirect.objects.get().old_path == "/Default.aspx?tabid=5&id=123"


def test_a_minimal_line_gets_a_slug_a_lead_and_the_default_category(tmp_path):
    line = {
        "title": "Tin ngắn về Đảng bộ",
        "body": "<p>Một câu duy nhất.</p>",
        "published_at": "2018-02-03T08:00:00Z",
    }

    import_articles(write_lines(tmp_path, line))

    article = Article.objects.get()
    assert (article.slug, article.lead, article.category.name) == (
        "tin-ngan-ve-dang-bo",
        "Một câu duy nhất.",
        "Tin tức",
    )
    assert article.published_at == datetime.datetime(2018, 2, 3, 8, 0, tzinfo=datetime.UTC)


def test_a_draft_needs_no_date(tmp_path):
    import_articles(write_lines(tmp_path, {"title": "Nháp", "status": "draft"}))

    assert Article.objects.get().status == Article.Status.DRAFT


def test_bad_lines_are_skipped_with_their_line_number_and_the_rest_comes(tmp_path):
    path = write_lines(
        tmp_path,
        {"title": "Bài tốt", "published_at": "2018-02-03T08:00:00"},
        '{"title": "JSON hỏng", ',
        "",
        {"published_at": "2018-02-03T08:00:00"},
        {"title": "Ngày hỏng", "published_at": "03/02/2018"},
        {"title": "Trạng thái lạ", "status": "deleted"},
        {"title": "Lượt xem lạ", "published_at": "2018-02-03T08:00:00", "view_count": "nhiều"},
        '["một", "mảng"]',
        {"title": "Đã đăng mà không có ngày"},
        {"title": "Nguồn lạ", "published_at": "2018-02-03T08:00:00", "source_url": "javascript:alert(1)"},
    )

    report = import_articles(path)

    assert list(Article.objects.values_list("title", flat=True)) == ["Bài tốt"]
    assert "Bỏ qua: 8" in report
    assert "dòng 2: không phải JSON hợp lệ" in report
    assert "dòng 4: không có tiêu đề (title)" in report
    assert "dòng 5 «Ngày hỏng»: published_at không phải ngày giờ ISO 8601: 03/02/2018" in report
    assert "dòng 6 «Trạng thái lạ»: status phải là draft, review hoặc published" in report
    assert "dòng 7 «Lượt xem lạ»: view_count phải là số nguyên không âm" in report
    assert "dòng 8: mỗi dòng phải là một đối tượng JSON" in report
    assert "dòng 9 «Đã đăng mà không có ngày»: bài đã đăng cần published_at" in report
    assert "dòng 10 «Nguồn lạ»: source_url không phải địa chỉ http(s) hợp lệ" in report


def test_a_missing_photo_is_reported_and_the_article_still_comes(tmp_path, media):
    line = {**FULL, "photos": [{"file": "anh/khong-co.jpg", "caption": "Mất"}], "cover": None}

    report = import_articles(write_lines(tmp_path, line), media=str(media))

    assert not Article.objects.get().photos.exists()
    assert "anh/khong-co.jpg: không có trong thư mục ảnh (dòng 1 «Hội nghị Ban Chấp hành" in report


def test_hostile_html_in_a_body_is_removed(tmp_path):
    body = '<p onmouseover="x()">Chữ</p><script>alert(1)</script><iframe src="https://evil.example"></iframe>'

    import_articles(write_lines(tmp_path, {**FULL, "body": body, "photos": [], "cover": None}))

    assert Article.objects.get().body == "<p>Chữ</p>"


def test_unknown_fields_are_named_in_the_report(tmp_path):
    report = import_articles(write_lines(tmp_path, {**FULL, "tittle": "gõ nhầm", "tags": ["a"]}))

    assert "Trường không dùng đến (bỏ qua): tags, tittle" in report


def test_two_lines_with_the_same_old_address_import_the_first_only(tmp_path):
    report = import_articles(write_lines(tmp_path, FULL, {**FULL, "title": "Bản trùng"}))

    assert Article.objects.get().title == FULL["title"]
    assert "dòng 2 «Bản trùng»: trùng old_url/slug với một dòng trước" in report


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'<?xml version="1.0"?><rss></rss>', "tệp không phải JSON Lines"),
        ("Tiêu đề\tNgày\n".encode("utf-16"), "không phải văn bản UTF-8"),
    ],
)
def test_a_file_that_is_not_jsonl_stops_before_anything_is_written(tmp_path, content, message):
    (tmp_path / "x.jsonl").write_bytes(content)

    with pytest.raises(CommandError, match=message):
        import_articles(tmp_path / "x.jsonl")

    assert not Article.objects.exists() and not Category.objects.exists()


def test_a_dry_run_writes_nothing(tmp_path, media, media_root):
    report = import_articles(write_lines(tmp_path, FULL), media=str(media), dry_run=True)

    assert "Bài viết: 1 mới" in report and "Ảnh chép vào thư viện ảnh: 2" in report
    assert not Article.objects.exists() and not Photo.objects.exists()
    assert not list(media_root.rglob("*.*"))


def test_a_line_separator_inside_a_string_does_not_split_the_line(tmp_path):
    line = json.dumps({**FULL, "lead": "Một\u2028hai", "photos": [], "cover": None}, ensure_ascii=False)

    import_articles(write_lines(tmp_path, line))

    assert Article.objects.get().lead == "Một hai"
