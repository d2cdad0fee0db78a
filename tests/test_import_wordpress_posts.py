"""A WordPress post becomes an article: its fields, its status, its category."""

import datetime

import pytest
import time_machine
from django.core.management.base import CommandError

from articles.models import Article, Category

from .factories import CategoryFactory
from .importing import import_wordpress, make_uploads, meta, write_export

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2024, 6, 1, 3, 0, tzinfo=datetime.UTC)


@pytest.fixture
def imported(tmp_path):
    with time_machine.travel(NOW, tick=False):
        return import_wordpress(uploads=str(make_uploads(tmp_path / "uploads")))


def test_a_published_post_keeps_its_title_slug_date_lead_byline_source_and_views(imported):
    article = Article.objects.get(title="Kết nạp đảng viên mới tại Chi bộ 3")

    assert article.slug == "ket-nap-dang-vien-moi-tai-chi-bo-3"
    assert article.status == Article.Status.PUBLISHED
    # post_date_gmt 01:30 UTC is 08:30 in Vietnam, as the old site showed it.
    assert article.published_at == datetime.datetime(2019, 5, 12, 1, 30, tzinfo=datetime.UTC)
    assert article.lead == "Chi bộ 3 kết nạp đảng viên mới trong không khí trang nghiêm."
    assert article.byline == "Nguyễn Thị Hoa"
    assert article.source_name == "Báo Quảng Ninh"
    assert article.source_url == "https://baoquangninh.example.vn/ket-nap.html"
    assert article.view_count == 1234
    assert article.category.name == "Tin xây dựng Đảng"
    assert article.import_key == "wp:http://xaydungdang.example.vn/?p=101"


def test_an_author_known_only_by_a_login_gets_no_byline(tmp_path):
    # write_export's posts are by "admin", with no wp:author element giving a display name.
    import_wordpress(str(write_export(tmp_path / "e.xml", {})))

    assert Article.objects.get().byline == ""


def test_a_percent_encoded_vietnamese_post_name_becomes_our_slug(imported):
    assert Article.objects.get(title="Hội nghị học tập Nghị quyết").slug == "hoi-nghi-hoc-tap"


def test_a_post_without_an_excerpt_gets_a_lead_from_its_first_words(imported):
    article = Article.objects.get(title="Hội nghị học tập Nghị quyết")

    assert article.lead.startswith("Ngày 20/6, Đảng ủy khối tổ chức hội nghị học tập")
    assert "[ảnh" not in article.lead


def test_a_lead_is_plain_text_without_the_excerpts_script(imported):
    assert Article.objects.get(slug="bai-co-ma-doc").lead == "Sapo có thẻ."


def test_the_view_counter_plugins_meta_is_read(imported):
    assert Article.objects.get(slug="hoi-nghi-hoc-tap").view_count == 88


def test_draft_with_a_zero_gmt_date_stays_a_draft_dated_in_vietnam_time(imported):
    article = Article.objects.get(title="Bản nháp về công tác cán bộ")

    assert article.status == Article.Status.DRAFT
    assert article.published_at == datetime.datetime(2019, 7, 1, 2, 0, tzinfo=datetime.UTC)
    assert article.slug == "ban-nhap-ve-cong-tac-can-bo"


def test_pending_becomes_waiting_for_review(imported):
    assert Article.objects.get(title="Bài chờ duyệt về sinh hoạt chi bộ").status == Article.Status.REVIEW


def test_future_becomes_scheduled_at_its_time(imported):
    article = Article.objects.get(title="Bài hẹn giờ đăng năm 2099")

    assert article.is_scheduled
    assert article.published_at == datetime.datetime(2099, 1, 1, tzinfo=datetime.UTC)


def test_private_trash_untitled_and_undated_posts_are_skipped_and_reported(imported):
    for title in ["Bài riêng tư của ban biên tập", "Bài đã xoá", "Bài có ngày hỏng"]:
        assert not Article.objects.filter(title=title).exists()
    assert "bài #106 «Bài riêng tư của ban biên tập»: bài riêng tư (private)" in imported
    assert "bài #107 «Bài đã xoá»: bài đã bỏ vào thùng rác (trash)" in imported
    assert "bài #109 «(không có tiêu đề)»: không có tiêu đề" in imported
    assert "bài #110 «Bài có ngày hỏng»: ngày đăng không đọc được (2019-13-45 92:00:00)" in imported


def test_the_report_counts_everything_that_did_not_come_across(imported):
    assert "Bài viết: 6 mới, 0 cập nhật, 0 không đổi" in imported
    assert "Trang tĩnh: 1 mới, 0 cập nhật, 0 không đổi" in imported
    assert "Bỏ qua: 4" in imported
    assert "Bình luận không chuyển sang: 2" in imported
    assert (
        "Thẻ (tag) không chuyển sang (dùng --tags-as-topics để nhập thành chuyên đề): 2 thẻ trên 1 bài"
        in imported
    )
    assert "Mục không phải bài viết, không nhập: attachment: 1, nav_menu_item: 1" in imported


def test_missing_categories_are_created_out_of_the_menu_and_reported(imported):
    created = Category.objects.get(slug="guong-dien-hinh")

    assert created.name == "Gương điển hình"
    assert created.description == "Những tấm gương tiêu biểu"
    assert not created.is_in_menu
    assert "Chuyên mục mới tạo" in imported and "Gương điển hình" in imported


def test_an_existing_category_is_used_by_its_slug(tmp_path):
    ours = CategoryFactory(name="Tin Xây Dựng Đảng (đặt tên lại)", slug="tin-xay-dung-dang", is_in_menu=True)

    import_wordpress(uploads=str(make_uploads(tmp_path)))

    assert Article.objects.get(slug="ket-nap-dang-vien-moi-tai-chi-bo-3").category == ours
    assert Category.objects.filter(slug__startswith="tin-xay-dung-dang").count() == 1


def test_an_article_in_several_categories_keeps_the_first_real_one(imported):
    # Listed under "Uncategorized" first, then "Gương điển hình".
    assert Article.objects.get(slug="hoi-nghi-hoc-tap").category.slug == "guong-dien-hinh"


def test_uncategorized_goes_to_the_default_category_given(tmp_path):
    export = write_export(tmp_path / "e.xml", {"category": "uncategorized", "category_name": "Uncategorized"})
    CategoryFactory(name="Thời sự", slug="thoi-su")

    import_wordpress(str(export), default_category="Thời sự")

    assert Article.objects.get().category.slug == "thoi-su"
    assert not Category.objects.filter(slug="uncategorized").exists()


def test_uncategorized_goes_to_tin_tuc_by_default(tmp_path):
    export = write_export(tmp_path / "e.xml", {"category": "uncategorized", "category_name": "Uncategorized"})

    import_wordpress(str(export))

    assert Article.objects.get().category.name == "Tin tức"


def test_a_slug_taken_by_another_article_gets_a_number(tmp_path):
    export = write_export(tmp_path / "e.xml", {"post_name": "bai-thu"})
    CategoryFactory(name="Khác")
    Article.objects.create(
        title="Bài có sẵn", slug="bai-thu", category=Category.objects.get(name="Khác"), lead="Sapo"
    )

    import_wordpress(str(export))

    assert Article.objects.get(import_key__startswith="wp:").slug == "bai-thu-2"


def test_a_password_protected_post_is_skipped(tmp_path):
    export = write_export(tmp_path / "e.xml", {"password": "bi-mat", "title": "Bài có mật khẩu"})

    report = import_wordpress(str(export))

    assert not Article.objects.exists()
    assert "bài #1 «Bài có mật khẩu»: bài có mật khẩu" in report


def test_the_source_fields_can_be_named(tmp_path):
    extra = meta("tac_gia_nguon", "Tạp chí Cộng sản") + meta("lien_ket", "https://tapchicongsan.example.vn/a")
    export = write_export(tmp_path / "e.xml", {"extra": extra})

    import_wordpress(str(export), source_field="tac_gia_nguon", source_url_field="lien_ket")

    article = Article.objects.get()
    assert (article.source_name, article.source_url) == (
        "Tạp chí Cộng sản",
        "https://tapchicongsan.example.vn/a",
    )


@pytest.mark.parametrize("version", ["1.1", "1.2"])
def test_both_wxr_versions_are_read(tmp_path, version):
    export = write_export(tmp_path / "e.xml", {"excerpt": "Sapo riêng."}, version=version)

    import_wordpress(str(export))

    assert Article.objects.get().lead == "Sapo riêng."


def test_a_missing_uploads_folder_stops_before_anything_is_written(tmp_path):
    with pytest.raises(CommandError, match="Không có thư mục"):
        import_wordpress(uploads=str(tmp_path / "khong-co"))

    assert not Article.objects.exists()
