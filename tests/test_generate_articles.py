import datetime
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article, ArticleImage, Category, Document, Photo

pytestmark = pytest.mark.django_db


def generate(count=300, seed=7):
    call_command("generate_articles", count=count, seed=seed, photos=2, batch_size=120, verbosity=0)


def test_it_creates_an_archive_over_ten_years_with_shared_photos(media_root):
    generate()

    assert Article.objects.count() == 300
    assert Category.objects.count() == 5  # the demo's categories, as there were none
    assert Photo.objects.count() == 2
    assert ArticleImage.objects.exists()
    assert set(Article.objects.exclude(cover=None).values_list("cover", flat=True)) <= set(
        Photo.objects.values_list("pk", flat=True)
    )
    oldest = Article.objects.order_by("published_at").first().published_at
    assert oldest < timezone.now() - datetime.timedelta(days=365 * 8)
    assert Article.objects.published().count() > 280


def test_bodies_are_clean_and_pages_show_them(client, site_settings, media_root):
    generate()
    article = Article.objects.published().filter(photos__isnull=False).first()

    html = client.get(article.get_absolute_url()).content.decode()

    assert Article.objects.filter(body__contains="<script").count() == 0
    assert article.title in html and "<figcaption>" in html and "[ảnh" not in html
    assert client.get(article.category.get_absolute_url(), {"trang": 3}).status_code == 200
    found = client.get("/tim-kiem/", {"q": article.title}).content.decode()
    assert article.get_absolute_url() in found


def test_the_same_seed_gives_the_same_articles(media_root):
    generate(count=40, seed=3)
    first = list(
        Article.objects.order_by("pk").values_list("title", "slug", "lead", "body", "category__name")
    )
    Article.objects.all().delete()

    generate(count=40, seed=3)

    assert (
        list(Article.objects.order_by("pk").values_list("title", "slug", "lead", "body", "category__name"))
        == first
    )


def test_a_second_run_adds_articles_with_new_addresses(media_root):
    generate(count=40)
    generate(count=40)

    assert Article.objects.count() == 80
    assert Photo.objects.count() == 2  # the pool is reused


def test_it_can_make_documents_that_readers_list_find_and_download(client, site_settings, media_root):
    call_command("generate_articles", count=60, documents=50, seed=5, photos=1, batch_size=20, verbosity=0)

    assert Document.objects.published().count() == 50
    document = Document.objects.published().order_by("pk").first()
    stored = document.files.get()
    listing = client.get("/van-ban/")
    assert listing.status_code == 200 and listing.context["page"].paginator.count == 50
    # Found by its number in another spelling, and by a word of its PDF.
    number, code, issuer = re.match(r"(\d+)-(\w+)/(\w+)", document.number).groups()
    assert document in list(client.get("/van-ban/", {"q": f"{code} {number} {issuer}"}).context["page"])
    assert client.get("/van-ban/", {"q": "van ban mau kho luu tru"}).context["page"].paginator.count == 50
    assert client.get(document.get_absolute_url()).status_code == 200
    download = client.get(stored.get_absolute_url())
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF-")
    assert document.articles.count() >= 1
