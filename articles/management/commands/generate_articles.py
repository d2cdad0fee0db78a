import datetime
import time

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from articles.db_statistics import refresh_statistics
from articles.demo.archive import ArchiveWriter
from articles.demo.data import CATEGORIES
from articles.demo.documents import create_documents
from articles.demo.pictures import make_picture
from articles.models import Article, ArticleImage, Category, Photo
from articles.pagecache import content_changed
from articles.text import plain_text, search_text, vietnamese_slugify

POOL_ALT = "Ảnh minh họa kho lưu trữ số"
TEN_YEARS = datetime.timedelta(days=3652)


class Command(BaseCommand):
    help = (
        "Tạo một kho bài viết mẫu lớn (ví dụ --count 100000) trải trên mười năm, để đo tốc độ trang. "
        "Ảnh dùng chung một bộ nhỏ; cùng --seed cho cùng nội dung."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="số bài viết cần tạo")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--photos", type=int, default=50, help="số ảnh dùng chung")
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument(
            "--documents", type=int, default=0, help="số văn bản cần tạo (mỗi văn bản một tệp PDF)"
        )

    def handle(self, *args, count, seed, photos, batch_size, documents, **options):
        if count < 0 or photos < 1 or batch_size < 1 or documents < 0:
            raise CommandError("--photos và --batch-size phải lớn hơn 0; --count và --documents không âm.")
        started = time.monotonic()
        writer = ArchiveWriter(seed)
        categories = list(Category.objects.all()) or self.create_categories()
        # One large category, so that its page 2,000 exists in a 100,000-article archive.
        weights = [35] + [65 / (len(categories) - 1)] * (len(categories) - 1) if len(categories) > 1 else [1]
        pool = self.photo_pool(photos, seed)
        first_number = Article.objects.count() + 1
        now = timezone.now()
        for start in range(0, count, batch_size):
            numbers = range(first_number + start, first_number + min(start + batch_size, count))
            self.create_batch(writer, numbers, categories, weights, pool, now)
            if self.stdout.isatty():
                self.stdout.write(f"{start + len(numbers)} / {count}", ending="\r")
                self.stdout.flush()
        if documents:
            create_documents(documents, seed=seed, now=now, batch_size=batch_size)
        content_changed()
        refresh_statistics()
        made = f"{count} bài viết" + (f" và {documents} văn bản" if documents else "")
        self.stdout.write(f"Đã tạo {made} trong {time.monotonic() - started:.0f} giây.")

    def create_categories(self):
        return [
            Category.objects.create(name=item["name"], description=item["description"], position=position)
            for position, item in enumerate(CATEGORIES, start=1)
        ]

    def photo_pool(self, size, seed):
        pool = list(Photo.objects.filter(alt_text__startswith=POOL_ALT).order_by("pk")[:size])
        for number in range(len(pool) + 1, size + 1):
            picture = ContentFile(make_picture(seed * 1000 + number), name="anh.jpg")
            pool.append(Photo.objects.create(image=picture, alt_text=f"{POOL_ALT} {number}"))
        return pool

    @transaction.atomic
    def create_batch(self, writer, numbers, categories, weights, pool, now):
        rnd = writer.random
        articles, captions = [], []
        for number in numbers:
            photo_count = rnd.choice([0, 0, 0, 1, 2]) if rnd.random() < 0.4 else 0
            text = writer.article(photo_count)
            state = rnd.random()
            status = Article.Status.DRAFT if state < 0.02 else Article.Status.REVIEW if state < 0.03 else None
            if state > 0.9995:  # a few scheduled for the coming weeks
                published_at = now + datetime.timedelta(seconds=rnd.randint(86_400, 30 * 86_400))
            else:
                published_at = now - datetime.timedelta(
                    seconds=rnd.randint(3_600, int(TEN_YEARS.total_seconds()))
                )
            articles.append(
                Article(
                    title=text["title"],
                    # Unique without a query per article: the title's slug and the article's number.
                    slug=f"{vietnamese_slugify(text['title'])[:200]}-{number}",
                    category=rnd.choices(categories, weights)[0],
                    lead=text["lead"],
                    body=text["body"],
                    cover=rnd.choice(pool) if rnd.random() < 0.85 else None,
                    source_name=text["source_name"],
                    status=status or Article.Status.PUBLISHED,
                    published_at=published_at,
                    is_featured=rnd.random() < 0.03,
                    view_count=min(int(rnd.paretovariate(1.2) * 40), 500_000),
                    # What Article.save() fills for the search on databases without full-text search.
                    search_title=search_text(text["title"]),
                    search_text=search_text(text["title"], text["lead"], plain_text(text["body"])),
                )
            )
            captions.append(text["captions"])
        # save() is skipped (slug lookup, search copies, redirects, content version: handled above and below);
        # the fields' pre_save still runs, so every body goes through the sanitiser as it would on save.
        Article.objects.bulk_create(articles)
        ArticleImage.objects.bulk_create(
            ArticleImage(article=article, photo=rnd.choice(pool), caption=caption, position=position)
            for article, article_captions in zip(articles, captions, strict=True)
            for position, caption in enumerate(article_captions, start=1)
        )
