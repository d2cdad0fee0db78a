import pytest

from articles.text import vietnamese_slugify

from .factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Tin xây dựng Đảng", "tin-xay-dung-dang"),
        ("Đảng bộ Khối các cơ quan tỉnh: Đổi mới!", "dang-bo-khoi-cac-co-quan-tinh-doi-moi"),
        ("Học tập và làm theo Bác", "hoc-tap-va-lam-theo-bac"),
        ("Văn hóa – Xã hội", "van-hoa-xa-hoi"),
        ("Ngày 14-01-2021: kết nạp 15 đảng viên", "ngay-14-01-2021-ket-nap-15-dang-vien"),
        ("ĐOÀN KẾT, ĐỔI MỚI", "doan-ket-doi-moi"),
    ],
)
def test_vietnamese_text_becomes_a_readable_slug(text, slug):
    assert vietnamese_slugify(text) == slug


def test_category_slug_is_made_from_its_name():
    assert CategoryFactory(name="Tin xây dựng Đảng").slug == "tin-xay-dung-dang"


def test_articles_with_the_same_title_get_different_slugs():
    first = ArticleFactory(title="Hội nghị Ban Chấp hành Đảng bộ")
    second = ArticleFactory(title="Hội nghị Ban Chấp hành Đảng bộ")

    assert first.slug == "hoi-nghi-ban-chap-hanh-dang-bo"
    assert second.slug == "hoi-nghi-ban-chap-hanh-dang-bo-2"


def test_editing_the_title_keeps_the_address(client, site_settings):
    article = ArticleFactory(title="Tiêu đề ban đầu")
    old_url = article.get_absolute_url()

    article.title = "Tiêu đề đã sửa"
    article.save()

    assert article.get_absolute_url() == old_url
    assert "Tiêu đề đã sửa" in client.get(old_url).content.decode()


def test_a_very_long_title_gives_a_slug_that_fits_and_stays_unique():
    title = "Đảng bộ " * 60
    first, second = ArticleFactory(title=title[:255]), ArticleFactory(title=title[:255])

    assert len(first.slug) <= 255 and len(second.slug) <= 255
    assert first.slug != second.slug
    assert second.slug.endswith("-2")


def test_a_title_without_letters_still_gets_a_slug():
    assert ArticleFactory(title="!!! ???").slug == "bai-viet"
