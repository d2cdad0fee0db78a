"""Nothing unsafe comes across, a file that cannot be read writes nothing, and a dry run writes nothing."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article, ArticleImage, Category, LegacyRedirect, Page, Photo

from .importing import WORDPRESS, import_wordpress, make_uploads, write_export

pytestmark = pytest.mark.django_db


def nothing_written():
    models = [Article, ArticleImage, Category, Photo, LegacyRedirect]
    # The migrations' own pages (Giới thiệu, Liên hệ) are there from the start.
    imported_pages = Page.objects.exclude(import_key="")
    return all(not model.objects.exists() for model in models) and not imported_pages.exists()


def test_scripts_handlers_javascript_links_styles_and_iframes_never_reach_a_reader(
    tmp_path, client, site_settings
):
    import_wordpress(uploads=str(make_uploads(tmp_path)))

    article = Article.objects.get(slug="bai-co-ma-doc")
    html = client.get(article.get_absolute_url()).content.decode()
    body = html[html.index('<div class="article-body">') :]
    for unsafe in [
        "<script",
        "bị hack",
        "onclick",
        "onerror",
        "javascript:",
        "<iframe",
        "evil.example",
        "<style",
    ]:
        assert unsafe not in body, unsafe
    assert article.body.startswith('<p>Nội dung <a rel="noopener noreferrer">bấm vào</a> đây.</p>')


def test_a_javascript_source_address_is_dropped(tmp_path):
    import_wordpress(uploads=str(make_uploads(tmp_path)))

    assert Article.objects.get(slug="bai-co-ma-doc").source_url == ""


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        ("broken.xml", r"Tệp không phải XML hợp lệ \(lỗi ở dòng"),
        ("not-wxr.xml", "thiếu wp:wxr_version"),
        ("entities.xml", "không đọc vì lý do an toàn"),
    ],
)
def test_a_file_that_cannot_be_read_stops_with_a_clear_error_before_anything_is_written(fixture, message):
    with pytest.raises(CommandError, match=message):
        import_wordpress(fixture)

    assert nothing_written()


def test_a_file_that_is_not_xml_at_all_stops(tmp_path):
    (tmp_path / "anh.xml").write_bytes(b"\xff\xd8\xff\xe0 JFIF")

    with pytest.raises(CommandError, match="Tệp không phải XML hợp lệ"):
        import_wordpress(str(tmp_path / "anh.xml"))


def test_an_xml_file_without_a_channel_stops(tmp_path):
    (tmp_path / "a.xml").write_text('<?xml version="1.0"?><urlset><url>/</url></urlset>')

    with pytest.raises(CommandError, match=r"không có <rss><channel>"):
        import_wordpress(str(tmp_path / "a.xml"))


def test_blank_lines_before_the_xml_declaration_are_tolerated(tmp_path):
    export = write_export(tmp_path / "e.xml", {})
    export.write_text("\n\n" + export.read_text())

    import_wordpress(str(export))

    assert Article.objects.count() == 1


def test_an_unknown_permalink_tag_stops_before_anything_is_written():
    with pytest.raises(CommandError, match="%tieu_de%"):
        import_wordpress(permalink="/%tieu_de%/")

    assert nothing_written()


def test_a_dry_run_reports_what_would_happen_and_writes_nothing(tmp_path, media_root):
    report = import_wordpress(uploads=str(make_uploads(tmp_path / "uploads")), dry_run=True)

    assert "CHẠY THỬ (--dry-run): chưa ghi gì" in report
    assert "Bài viết: 6 mới, 0 cập nhật, 0 không đổi" in report
    assert "Ảnh chép vào thư viện ảnh: 3" in report
    assert "Ảnh thiếu hoặc hỏng (bài vẫn được nhập, không có ảnh đó): 3" in report
    assert "Đường dẫn cũ mới được chuyển hướng (301) sang địa chỉ mới: 12" in report
    assert nothing_written()
    assert not list(media_root.rglob("*.*"))


def test_a_dry_run_after_an_import_reports_nothing_changed(tmp_path):
    uploads = str(make_uploads(tmp_path / "uploads"))
    import_wordpress(uploads=uploads)

    report = import_wordpress(uploads=uploads, dry_run=True)

    assert "Bài viết: 0 mới, 0 cập nhật, 6 không đổi" in report
    assert "Trang tĩnh: 0 mới, 0 cập nhật, 1 không đổi" in report


def test_progress_goes_to_stderr_as_lines_when_it_is_not_a_terminal():
    err = io.StringIO()
    call_command("import_wordpress", str(WORDPRESS / "export.xml"), stdout=io.StringIO(), stderr=err)

    lines = err.getvalue().splitlines()
    assert lines[-1].startswith("[##############################] 11/11 bài và trang (100%")
    assert "\r" not in err.getvalue()
