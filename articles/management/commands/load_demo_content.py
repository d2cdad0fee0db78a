import datetime
import html

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from articles.demo.data import ARTICLES, CATEGORIES
from articles.demo.pictures import make_picture
from articles.models import Article, ArticleImage, Category, Photo, SiteSettings
from articles.text import vietnamese_slugify

DEMO_SETTINGS = {
    "tagline": "Thông tin – Tuyên truyền công tác xây dựng Đảng",
    "address": "Số 1 đường Trung Tâm, phường Trung Tâm",
    "phone": "0203.6500.163",
    "email": "bantin@example.vn",
    "facebook_url": "https://www.facebook.com/",
    "youtube_url": "https://www.youtube.com/",
    "zalo": "0203.6500.163",
    "footer_note": "Bản tin nội bộ. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
}


def build_body(item):
    """Paragraphs with the photos placed after the first and third ones, and the subheading in the middle."""
    blocks = [f"<p>{html.escape(text)}</p>" for text in item["paragraphs"]]
    if item.get("subheading"):
        blocks.insert(len(blocks) // 2 + 1, f"<h2>{html.escape(item['subheading'])}</h2>")
    for number in range(len(item["photos"]), 0, -1):
        blocks.insert(min(2 * number - 1, len(blocks)), f"<p>[ảnh {number}]</p>")
    return "\n".join(blocks)


class Command(BaseCommand):
    help = "Nạp nội dung mẫu (chuyên mục, bài viết có ảnh, thông tin trang). Chạy lại không tạo bản trùng."

    def handle(self, *args, **options):
        self.fill_site_settings()
        categories = {}
        for position, item in enumerate(CATEGORIES, start=1):
            categories[item["name"]], _ = Category.objects.get_or_create(
                name=item["name"],
                defaults={"description": item["description"], "position": position},
            )
        created = 0
        for number, item in enumerate(ARTICLES, start=1):
            if not Article.objects.filter(slug=vietnamese_slugify(item["title"])).exists():
                self.create_article(number, item, categories[item["category"]])
                created += 1
        self.stdout.write(f"Nội dung mẫu: {created} bài viết mới, {len(ARTICLES) - created} bài đã có.")

    def fill_site_settings(self):
        # Only blank fields: a site admin's own details are never overwritten by a re-run.
        site = SiteSettings.load()
        for field, value in DEMO_SETTINGS.items():
            if not getattr(site, field):
                setattr(site, field, value)
        site.save()

    @transaction.atomic
    def create_article(self, number, item, category):
        published_at = timezone.make_aware(datetime.datetime.strptime(item["published_at"], "%Y-%m-%d %H:%M"))
        article = Article(
            title=item["title"],
            slug=vietnamese_slugify(item["title"]),
            category=category,
            lead=item["lead"],
            body=build_body(item),
            source_name=item["source_name"],
            source_url=item["source_url"],
            status=Article.Status.PUBLISHED,
            published_at=published_at,
            is_featured=item["is_featured"],
            view_count=item["view_count"],
        )
        photos = [
            Photo.objects.create(
                image=ContentFile(make_picture(number * 100 + position), name="anh.jpg"),
                alt_text=photo["alt"],
            )
            for position, photo in enumerate(item["photos"], start=1)
        ]
        article.cover = photos[0]
        article.save()
        ArticleImage.objects.bulk_create(
            ArticleImage(article=article, photo=photo, caption=item_photo["caption"], position=position)
            for position, (photo, item_photo) in enumerate(zip(photos, item["photos"], strict=True), start=1)
        )
