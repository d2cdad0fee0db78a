import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When, Window
from django.db.models.functions import Coalesce, Least, RowNumber
from django.urls import reverse
from django.utils import timezone

from .cache import content_changed
from .fields import PhotoField, RichTextField
from .images import clean_original, make_renditions, photo_upload_to
from .text import plain_text, sanitize_html, search_text, unique_slug, vietnamese_slugify

# Fields whose words an article is found by; a change to one of them refreshes the search columns.
SEARCHED_FIELDS = {"title", "lead", "body"}
SEARCH_COLUMNS = ("search_title", "search_text")


class ImportKeyQuerySet(models.QuerySet):
    def imported_as(self, key):
        """What an import brought under `key`. "Not blank" repeats the unique index's condition: without it,
        SQLite does not use that partial index and reads the whole table."""
        return self.filter(import_key=key).exclude(import_key="")


def fill_slug(instance, text):
    """Give a record without a slug a unique one made from its Vietnamese title or name."""
    if instance.slug:
        return
    model = type(instance)
    instance.slug = unique_slug(
        vietnamese_slugify(text),
        taken=lambda slug: model._default_manager.filter(slug=slug).exclude(pk=instance.pk).exists(),
        max_length=model._meta.get_field("slug").max_length,
    )


class CategoryQuerySet(models.QuerySet):
    def in_menu(self):
        return self.filter(is_in_menu=True)


class Category(models.Model):
    name = models.CharField("tên chuyên mục", max_length=120, unique=True)
    slug = models.SlugField(
        "đường dẫn",
        max_length=140,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tên. Đổi đường dẫn sẽ làm hỏng các liên kết cũ.",
    )
    description = models.TextField("mô tả", blank=True)
    position = models.PositiveSmallIntegerField("thứ tự trên menu", default=0, help_text="Số nhỏ đứng trước.")
    is_in_menu = models.BooleanField("hiện trên menu", default=True)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        fill_slug(self, self.name)
        super().save(*args, **kwargs)
        content_changed()

    def get_absolute_url(self):
        return reverse("articles:category", args=[self.slug])

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        content_changed()
        return result


# The photos an editor put in a body through the rich-text editor: <img src="/media/photos/….jpg">.
BODY_PHOTO = re.compile(r'<img [^>]*src="' + re.escape(settings.MEDIA_URL) + r'(photos/[^"]+)"')


class PhotoQuerySet(ImportKeyQuerySet):
    def in_body(self, body):
        """{stored name: photo} for the library photos a body shows; no query for a body without any."""
        names = set(BODY_PHOTO.findall(body))
        if not names:
            return {}
        return {photo.image.name: photo for photo in self.filter(image__in=names)}


class Photo(models.Model):
    """An uploaded photo, stored once (upright, without metadata) with its resized renditions."""

    image = PhotoField("ảnh", upload_to=photo_upload_to, width_field="width", height_field="height")
    width = models.PositiveIntegerField(null=True, editable=False)
    height = models.PositiveIntegerField(null=True, editable=False)
    alt_text = models.CharField(
        "mô tả ảnh", max_length=255, blank=True, help_text="Cho người đọc không nhìn thấy ảnh."
    )
    renditions = models.JSONField(default=list, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="người tải lên",
        editable=False,
    )
    created_at = models.DateTimeField("ngày tải lên", auto_now_add=True)
    # Where an imported photo came from ("wp:2019/05/le-ket-nap.jpg"): a second import reuses it.
    import_key = models.CharField(max_length=500, blank=True, editable=False)

    objects = PhotoQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "ảnh"
        verbose_name_plural = "thư viện ảnh"
        constraints = [
            models.UniqueConstraint(
                fields=["import_key"], condition=~Q(import_key=""), name="photo_import_key_unique"
            )
        ]

    def __str__(self):
        return self.alt_text or self.image.name.rsplit("/", 1)[-1]

    def save(self, *args, **kwargs):
        if not self.renditions:
            self._store_cleaned_with_renditions()
        super().save(*args, **kwargs)
        content_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        content_changed()
        return result

    def _store_cleaned_with_renditions(self):
        data, extension, size = clean_original(self.image.file)
        self.image.save(f"anh.{extension}", ContentFile(data), save=False)
        self.width, self.height = size
        stem = self.image.name.rsplit(".", 1)[0].replace("photos/", "renditions/", 1)
        self.renditions = []
        for width, height, files in make_renditions(data):
            names = {
                kind: default_storage.save(f"{stem}-{width}.{kind}", ContentFile(content))
                for kind, content in files.items()
            }
            self.renditions.append({"width": width, "height": height, **names})

    @property
    def url(self):
        return self.image.url

    def _srcset(self, kind):
        return ", ".join(f"{default_storage.url(r[kind])} {r['width']}w" for r in self.renditions)

    @property
    def srcset_webp(self):
        return self._srcset("webp")

    @property
    def srcset_jpg(self):
        return self._srcset("jpg")

    @property
    def fallback(self):
        """The JPEG rendition closest to 960 px wide, for browsers that ignore srcset."""
        return min(self.renditions, key=lambda r: abs(r["width"] - 960))

    @property
    def fallback_url(self):
        return default_storage.url(self.fallback["jpg"])


# Before any article: the start of a range that must hold them all.
EARLIEST = datetime.datetime(1900, 1, 1, tzinfo=datetime.UTC)


class ArticleQuerySet(ImportKeyQuerySet):
    def published(self):
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def in_category(self, category):
        return self.filter(category=category)

    def featured(self):
        return self.filter(is_featured=True)

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def for_listing(self):
        """What a list of articles shows: no body, the category joined in."""
        return self.select_related("category", "cover").defer("body", *SEARCH_COLUMNS)

    def for_reading(self):
        """An article as its page shows it: the category and cover joined in, without the search copies."""
        return self.select_related("category", "cover").defer(*SEARCH_COLUMNS)

    def newest_per_category(self, count):
        """The `count` newest articles of each category, in one query.

        Only articles from the oldest of the categories' `count`-th newest on are ranked, a date found with an
        index lookup or two per category: ranking the whole archive took half a second at 100,000 articles.
        """
        in_category = self.filter(category=OuterRef("pk")).newest_first().values("published_at")
        # A category with fewer articles than `count` needs them all: its oldest one.
        cutoff = Coalesce(Subquery(in_category[count - 1 : count]), Subquery(in_category.reverse()[:1]))
        oldest_needed = Category.objects.annotate(cutoff=cutoff).exclude(cutoff=None).order_by("cutoff")
        ranked = self.filter(published_at__gte=Subquery(oldest_needed.values("cutoff")[:1])).annotate(
            rank=Window(
                RowNumber(),
                partition_by=F("category_id"),
                order_by=[F("published_at").desc(), F("pk").desc()],
            )
        )
        return ranked.filter(rank__lte=count).order_by("category_id", "rank")

    def related_to(self, article, count):
        return (
            self.in_category(article.category_id).exclude(pk=article.pk).newest_first().for_listing()[:count]
        )

    def most_read(self, since, pool):
        """Most viewed first, those published since `since` ahead of older ones, in one query.

        Only the articles since `since`, or the `pool` newest if those are more, are ranked: found by index, a
        few hundred rows, where ranking the whole archive read all 100,000 (60 ms).
        """
        pool_start = self.newest_first().values("published_at")[pool - 1 : pool]
        start = Least(Value(since), Coalesce(Subquery(pool_start), Value(EARLIEST)))
        is_recent = Case(When(published_at__gte=since, then=Value(1)), default=Value(0))
        return (
            self.filter(published_at__gte=start)
            .alias(is_recent=is_recent)
            .order_by("-is_recent", "-view_count", "-published_at", "-pk")
        )

    def next_publication_at(self):
        """When the next article scheduled for later goes out, or None."""
        scheduled = self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
        return scheduled.order_by("published_at").values_list("published_at", flat=True).first()


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Bản nháp"
        REVIEW = "review", "Chờ duyệt"
        PUBLISHED = "published", "Đã đăng"

    title = models.CharField("tiêu đề", max_length=255)
    slug = models.SlugField(
        "đường dẫn",
        max_length=255,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tiêu đề. Không đổi theo tiêu đề, để liên kết cũ vẫn chạy.",
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles", verbose_name="chuyên mục"
    )
    lead = models.TextField("sapo", help_text="Đoạn tóm tắt in đậm dưới tiêu đề.")
    body = RichTextField(
        "nội dung",
        blank=True,
        help_text="Để chèn ảnh có chú thích ở dưới vào giữa bài, gõ một đoạn chỉ có [ảnh 1], [ảnh 2]…",
    )
    cover = models.ForeignKey(
        Photo,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="ảnh đại diện",
    )
    byline = models.CharField("tác giả", max_length=200, blank=True, help_text="Tên tác giả in dưới bài.")
    source_name = models.CharField("nguồn", max_length=200, blank=True, help_text="Ví dụ: Báo Quảng Ninh.")
    source_url = models.URLField("liên kết nguồn", blank=True)
    status = models.CharField("trạng thái", max_length=20, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        "ngày đăng",
        default=timezone.now,
        help_text="Bài chỉ hiện với bạn đọc từ thời điểm này, khi trạng thái là Đã đăng.",
    )
    is_featured = models.BooleanField("tin nổi bật", default=False)
    view_count = models.PositiveIntegerField("lượt xem", default=0, editable=False)
    review_comment = models.TextField(
        "ý kiến biên tập",
        blank=True,
        help_text="Biên tập viên ghi lý do khi trả bài về cho phóng viên.",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="người viết",
        editable=False,
    )
    last_edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="người sửa cuối",
        editable=False,
    )
    # Bumped on every save: a form holding an older number was opened before someone else saved.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lần cuối", auto_now=True)
    # Folded words (articles.text.search_text) for the search on databases without full-text search.
    search_title = models.TextField(blank=True, editable=False)
    search_text = models.TextField(blank=True, editable=False)
    # Where an imported article came from ("wp:<guid>", "jsonl:<old address>"): a second import updates it.
    import_key = models.CharField(max_length=500, blank=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"
        permissions = [
            ("publish_article", "Có thể đăng, gỡ và hẹn giờ bài viết"),
            ("edit_others_article", "Có thể sửa bài của người khác"),
        ]
        # Each ends with the full order of the lists (-published_at, -pk): a page deep in an archive is
        # read from the index alone. The last one serves the admin's list, which shows every status.
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="article_published_idx"),
            models.Index(fields=["category", "status", "-published_at", "-id"], name="article_category_idx"),
            models.Index(fields=["-published_at", "-id"], name="article_newest_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["import_key"], condition=~Q(import_key=""), name="article_import_key_unique"
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        fill_slug(self, self.title)
        old_slug = None
        if self.pk:
            old_slug = Article.objects.filter(pk=self.pk).values_list("slug", flat=True).first()
            self.version += 1
        self.search_title = search_text(self.title)
        # Sanitised first, as the body field will be on save: a script's text must not become searchable.
        self.search_text = search_text(self.title, self.lead, plain_text(sanitize_html(self.body)))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and SEARCHED_FIELDS & set(update_fields):
            kwargs["update_fields"] = {*update_fields, *SEARCH_COLUMNS}
        super().save(*args, **kwargs)
        if old_slug and old_slug != self.slug:
            # The old address keeps answering, with a 301 to the new one.
            ArticleRedirect.objects.update_or_create(old_slug=old_slug, defaults={"article": self})
        ArticleRedirect.objects.filter(old_slug=self.slug).delete()
        content_changed()

    def get_absolute_url(self):
        return reverse("articles:detail", args=[self.slug])

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        content_changed()
        return result

    def get_preview_url(self):
        return reverse("articles:preview", args=[self.pk])

    @property
    def is_visible(self):
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()

    def publish(self):
        """Publish now, or at the scheduled time if one is set in the future."""
        if self.status != self.Status.PUBLISHED and self.published_at <= timezone.now():
            self.published_at = timezone.now()
        self.status = self.Status.PUBLISHED

    @property
    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and self.published_at > timezone.now()

    @property
    def state_label(self):
        return "Hẹn giờ đăng" if self.is_scheduled else self.get_status_display()

    def snapshot(self, photos):
        """What a revision keeps: every field an editor can change, and the captioned photos."""
        return {
            "title": self.title,
            "slug": self.slug,
            "category": self.category_id,
            "lead": self.lead,
            "body": self.body,
            "cover": self.cover_id,
            "byline": self.byline,
            "source_name": self.source_name,
            "source_url": self.source_url,
            "status": self.status,
            "published_at": self.published_at.isoformat(),
            "is_featured": self.is_featured,
            "review_comment": self.review_comment,
            "photos": [
                {"photo": p.photo_id, "caption": p.caption, "alt_text": p.alt_text, "position": p.position}
                for p in photos
            ],
        }


class ArticleRedirect(models.Model):
    """An address an article had before its slug changed."""

    old_slug = models.SlugField(max_length=255, unique=True)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="redirects")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "đường dẫn cũ"
        verbose_name_plural = "đường dẫn cũ"

    def __str__(self):
        return self.old_slug


class LegacyRedirectQuerySet(models.QuerySet):
    def to_what_readers_see(self):
        """Only addresses whose article or page is public: an old link never reveals a draft."""
        return self.filter(Q(article__in=Article.objects.published()) | Q(page__in=Page.objects.published()))


class LegacyRedirect(models.Model):
    """An old site's address ("/2019/05/ten-bai", "/?p=123") that now answers 301 to an article or page."""

    OLD_PATH_LENGTH = 500

    old_path = models.CharField("đường dẫn cũ", max_length=OLD_PATH_LENGTH, unique=True)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="legacy_redirects"
    )
    page = models.ForeignKey(
        "Page", null=True, blank=True, on_delete=models.CASCADE, related_name="legacy_redirects"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = LegacyRedirectQuerySet.as_manager()

    class Meta:
        verbose_name = "đường dẫn trang cũ"
        verbose_name_plural = "đường dẫn trang cũ"
        constraints = [
            models.CheckConstraint(
                condition=Q(article__isnull=False, page__isnull=True)
                | Q(article__isnull=True, page__isnull=False),
                name="legacy_redirect_one_target",
            )
        ]

    def __str__(self):
        return self.old_path

    @staticmethod
    def key(path, query=""):
        """How an old address is stored and looked up: '/2019/05/ten-bai/' -> '/2019/05/ten-bai'."""
        path = "/" + path.strip("/") if path.strip("/") else "/"
        return f"{path}?{query}" if query else path


class ArticleRevision(models.Model):
    """A copy of an article as one save left it: who, when, and what."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    created_at = models.DateTimeField("thời điểm", auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="người lưu",
    )
    note = models.CharField("ghi chú", max_length=255, blank=True)
    data = models.JSONField()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "phiên bản"
        verbose_name_plural = "phiên bản"

    def __str__(self):
        return f"Phiên bản #{self.pk}"


class ArticleImage(models.Model):
    """A photo with its caption, shown in the body where the editor writes [ảnh N], or after it."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="photos", verbose_name="bài viết"
    )
    # Blank in forms, which may upload a new photo instead; never null in the database.
    photo = models.ForeignKey(
        Photo, on_delete=models.PROTECT, related_name="+", verbose_name="ảnh", blank=True
    )
    caption = models.CharField("chú thích", max_length=500, blank=True)
    alt_text = models.CharField(
        "mô tả ảnh",
        max_length=255,
        blank=True,
        help_text="Cho người đọc không nhìn thấy ảnh. Để trống thì dùng mô tả của ảnh trong thư viện.",
    )
    position = models.PositiveSmallIntegerField("thứ tự", default=1)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = "ảnh có chú thích"
        verbose_name_plural = "ảnh có chú thích"

    def __str__(self):
        return self.caption or str(self.photo)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        content_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        content_changed()
        return result

    @property
    def alt(self):
        return self.alt_text or self.photo.alt_text or self.caption


WEEKDAYS = [
    (0, "Thứ 2"),
    (1, "Thứ 3"),
    (2, "Thứ 4"),
    (3, "Thứ 5"),
    (4, "Thứ 6"),
    (5, "Thứ 7"),
    (6, "Chủ Nhật"),
]


def hour_label(value):
    """datetime.time(7, 30) -> '7h30'."""
    return f"{value.hour}h{value.minute:02d}"


class SiteSettings(models.Model):
    """The one record of the institution's details that every page shows."""

    site_name = models.CharField("tên trang", max_length=200, default="Bản tin Xây dựng Đảng")
    tagline = models.CharField("khẩu hiệu", max_length=255, blank=True)
    first_open_day = models.PositiveSmallIntegerField("mở cửa từ", choices=WEEKDAYS, default=1)
    last_open_day = models.PositiveSmallIntegerField("đến", choices=WEEKDAYS, default=6)
    morning_opens_at = models.TimeField("buổi sáng mở", default=datetime.time(7, 30))
    morning_closes_at = models.TimeField("buổi sáng đóng", default=datetime.time(12, 0))
    afternoon_opens_at = models.TimeField("buổi chiều mở", default=datetime.time(13, 30))
    afternoon_closes_at = models.TimeField("buổi chiều đóng", default=datetime.time(16, 30))
    address = models.CharField("địa chỉ", max_length=300, blank=True)
    phone = models.CharField("điện thoại", max_length=40, blank=True, help_text="Ví dụ: 0203.6500.163")
    email = models.EmailField("thư điện tử", blank=True)
    facebook_url = models.URLField("Facebook", blank=True)
    youtube_url = models.URLField("YouTube", blank=True)
    zalo = models.CharField(
        "Zalo",
        max_length=200,
        blank=True,
        help_text="Số điện thoại Zalo (0912345678) hoặc liên kết Zalo OA (https://zalo.me/…).",
    )
    footer_note = models.TextField("ghi chú chân trang", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "thông tin trang"
        verbose_name_plural = "thông tin trang"
        constraints = [models.CheckConstraint(condition=Q(pk=1), name="site_settings_singleton")]

    def __str__(self):
        return "Thông tin trang"

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)
        content_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        content_changed()
        return result

    def clean(self):
        for opens, closes, label in [
            ("morning_opens_at", "morning_closes_at", "buổi sáng"),
            ("afternoon_opens_at", "afternoon_closes_at", "buổi chiều"),
        ]:
            if getattr(self, opens) >= getattr(self, closes):
                raise ValidationError({closes: f"Giờ đóng cửa {label} phải sau giờ mở cửa."})
        if self.morning_closes_at > self.afternoon_opens_at:
            raise ValidationError({"afternoon_opens_at": "Buổi chiều phải bắt đầu sau buổi sáng."})

    @classmethod
    def load(cls):
        return cls.objects.get_or_create(pk=1)[0]

    @property
    def open_days_label(self):
        days = dict(WEEKDAYS)
        return f"{days[self.first_open_day]} – {days[self.last_open_day]}"

    @property
    def morning_label(self):
        return f"{hour_label(self.morning_opens_at)} - {hour_label(self.morning_closes_at)}"

    @property
    def afternoon_label(self):
        return f"{hour_label(self.afternoon_opens_at)} - {hour_label(self.afternoon_closes_at)}"

    @property
    def phone_uri(self):
        """'0203.6500.163' -> 'tel:02036500163'."""
        digits = "".join(c for c in self.phone if c.isdigit() or c == "+")
        return f"tel:{digits}" if digits else ""

    @property
    def zalo_url(self):
        if self.zalo.startswith(("https://", "http://")):
            return self.zalo
        digits = "".join(c for c in self.zalo if c.isdigit())
        return f"https://zalo.me/{digits}" if digits else ""


class PageQuerySet(ImportKeyQuerySet):
    def published(self):
        return self.filter(is_published=True)


class Page(models.Model):
    """A page of its own outside the news, such as "Giới thiệu" or "Liên hệ"."""

    title = models.CharField("tiêu đề", max_length=200)
    slug = models.SlugField(
        "đường dẫn",
        max_length=200,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tiêu đề. Đổi đường dẫn sẽ làm hỏng các liên kết cũ.",
    )
    body = RichTextField("nội dung", blank=True)
    shows_contact_details = models.BooleanField(
        "hiện thông tin liên hệ",
        default=False,
        help_text="Thêm địa chỉ, điện thoại, thư điện tử, giờ mở cửa (từ Thông tin trang) dưới nội dung.",
    )
    is_published = models.BooleanField("đang hiện", default=True)
    updated_at = models.DateTimeField("cập nhật lần cuối", auto_now=True)
    # Where an imported page came from ("wp:<guid>"): a second import updates it. The database default lets
    # the pages data migration (0005), which knows no such column, run again (the browser tests do).
    import_key = models.CharField(max_length=500, blank=True, editable=False, db_default="")

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = "trang tĩnh"
        verbose_name_plural = "trang tĩnh"
        constraints = [
            models.UniqueConstraint(
                fields=["import_key"], condition=~Q(import_key=""), name="page_import_key_unique"
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        fill_slug(self, self.title)
        super().save(*args, **kwargs)
        content_changed()

    def get_absolute_url(self):
        return reverse("articles:page", args=[self.slug])

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        content_changed()
        return result


class ClosingDay(models.Model):
    """A day the office is closed although it is an opening day of the week, such as a Tết holiday."""

    date = models.DateField("ngày nghỉ", unique=True)
    reason = models.CharField("lý do", max_length=200, help_text="Ví dụ: Nghỉ Tết Nguyên đán.")

    class Meta:
        ordering = ["date"]
        verbose_name = "ngày nghỉ"
        verbose_name_plural = "ngày nghỉ"

    def __str__(self):
        return f"{self.date:%d-%m-%Y} – {self.reason}"


class ViewCountFlush(models.Model):
    """A batch of views counted in Redis and written to the articles; remembered so none is written twice."""

    batch = models.CharField(max_length=32, unique=True)
    flushed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.batch
