import pytest
from django.core.management import call_command

from articles.models import Article, ArticleImage, Category, SiteSettings

pytestmark = pytest.mark.django_db


def test_demo_content_loads_once_categories_articles_photos_and_settings(client, media_root):
    # A site admin's own details are kept; only blank ones are filled.
    site = SiteSettings.load()
    site.address = "Địa chỉ do quản trị trang nhập"
    site.save()

    call_command("load_demo_content")

    assert Category.objects.filter(name="Tin xây dựng Đảng", slug="tin-xay-dung-dang").exists()
    assert Article.objects.published().count() >= 30
    assert ArticleImage.objects.filter(article__isnull=False).count() >= 30
    assert not ArticleImage.objects.filter(caption="").exists()
    assert SiteSettings.load().phone == "0203.6500.163"
    assert SiteSettings.load().address == "Địa chỉ do quản trị trang nhập"
    article = Article.objects.published().filter(slug__startswith="dang-bo-khoi").get()
    assert article.slug.endswith("doi-moi")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<figcaption>" in html and "Nguồn: " in html
    assert "[ảnh" not in html
    for category in Category.objects.all():
        assert client.get(category.get_absolute_url()).status_code == 200

    # Loading it again changes nothing.
    counts = (Article.objects.count(), ArticleImage.objects.count(), Category.objects.count())
    stored = sorted(path.name for path in media_root.rglob("*.jpg"))

    call_command("load_demo_content")

    assert (Article.objects.count(), ArticleImage.objects.count(), Category.objects.count()) == counts
    assert sorted(path.name for path in media_root.rglob("*.jpg")) == stored
