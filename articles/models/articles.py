"""Articles, their photos, revisions, old slugs and view-count batches."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When, Window
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Least, RowNumber
from django.urls import reverse
from django.utils import timezone

from ..fields import RichTextField
from ..text import plain_text, sanitize_html, search_text
from .base import ImportKeyQuerySet, ShownToReaders, fill_slug, strip_control_characters_from_text, url_of
from .categories import Category
from .compiled import CompiledQuery, among_all
from .photos import Photo

# Fields whose words an article is found by; a change to one of them refreshes the search columns.
SEARCHED_FIELDS = {"title", "lead", "body"}
SEARCH_COLUMNS = ("search_title", "search_text")


# Before any article: the start of a range that must hold them all.
EARLIEST = datetime.datetime(1900, 1, 1, tzinfo=datetime.UTC)


def earliest_in_sql(connection):
    """EARLIEST as a written-out statement (RawSQL) takes it, adapted to the database's datetime column: the
    sample time of a CompiledQuery whose statement is written out."""
    return connection.ops.adapt_datetimefield_value(EARLIEST)


class ArticleQuerySet(ImportKeyQuerySet):
    def published(self, at=None):
        """Published by `at` (now unless told)."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=at or timezone.now())

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

    def front_page(self, featured, latest, per_category):
        """The home page's lists of published articles, as lists show them, in one query whose SQL is written
        once per process (articles.models.compiled). The same lists as, in that order,
        `featured().newest_first()[:featured]`, `exclude(is_featured=True).newest_first()[:latest]` and
        `newest_per_category(per_category)`; written in SQL because building and compiling those three
        querysets took several times as long as running them. Among all articles: call it on the manager."""
        among_all(self, "front_page")
        now = connections[self.db].ops.adapt_datetimefield_value(timezone.now())
        values = {"featured": featured, "latest": latest, "per_category": per_category}
        found = _FRONT_PAGE(using=self.db, now=now, **values)  # each list's articles, newest first
        # Each list's articles are the newest of their kind among those found: any other found is older.
        in_category = {}
        for article in found:
            in_category.setdefault(article.category_id, []).append(article)
        return FrontPage(
            featured=[article for article in found if article.is_featured][:featured],
            latest=[article for article in found if not article.is_featured][:latest],
            newest_per_category=[a for _, own in sorted(in_category.items()) for a in own[:per_category]],
        )

    def by_id(self, ids, *, for_reading=False):
        """{id: the article as lists show it (for_listing()), or its page (for_reading())} of these ids,
        whatever their state: one query, whose SQL is written once per process for each number of ids
        (articles.models.compiled). Among all articles: call it on the manager."""
        among_all(self, "by_id")
        ids = sorted(set(ids))
        if not ids:
            return {}
        shape = (for_reading, len(ids))
        query = _BY_ID.get(shape)
        if query is None:
            # No article has a negative id; spaced out, so that a sample changed by one stays distinct.
            samples = {f"id{i}": -1000 - 10 * i for i in range(len(ids))}
            build = _for_reading_with_ids if for_reading else _listed_with_ids
            query = _BY_ID.setdefault(shape, CompiledQuery(build, **samples))
        found = query(using=self.db, **{f"id{i}": pk for i, pk in enumerate(ids)})
        return {article.pk: article for article in found}

    def page_in_category(self, category_id, start, size):
        """The published articles of a category from `start` (0 is the newest), `size` of them, newest first,
        as lists show them (for_listing()): one query, whose SQL is written once per process.

        The ids are found first, so a page deep in the archive walks the index, not the table: with a plain
        OFFSET, PostgreSQL reads every skipped row (24,000 of them for page 2,000) and chose to sort the whole
        category instead; the ids alone come from an index-only scan of (category, status, -published_at,
        -id), and only the page's rows are read. Among all articles: call it on the manager.
        """
        among_all(self, "page_in_category")
        now = connections[self.db].ops.adapt_datetimefield_value(timezone.now())
        return _PAGE_IN_CATEGORY(using=self.db, category=category_id, now=now, start=start, size=size)

    def showing_photo(self, photo):
        """The articles that show `photo`: as their cover, among their photos or in their body."""
        in_rows = ArticleImage.objects.filter(photo=photo).values("article_id")
        return self.filter(Q(cover=photo) | Q(pk__in=in_rows) | Q(body__contains=photo.image.name))

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


@dataclass(frozen=True)
class FrontPage:
    featured: list
    latest: list
    newest_per_category: list  # grouped by category, newest first in each


class Article(ShownToReaders):
    changes_only_articles = True  # its photo rows, documents and topics are saved (and announced) apart

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
        config_name="article",
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
    topics = models.ManyToManyField(
        "Topic",
        blank=True,
        related_name="articles",
        verbose_name="chuyên đề",
        help_text="Bài thuộc các chuyên đề này; trang chuyên đề liệt kê bài, trang bài ghi tên chuyên đề.",
    )
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
            # The desk's "recently edited by others": the newest edits read from the index, not by a sort;
            # partial, so that an imported archive nobody has edited yet is never walked.
            models.Index(
                fields=["-updated_at"], condition=Q(last_edited_by__isnull=False), name="article_edited_idx"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["import_key"], condition=~Q(import_key=""), name="article_import_key_unique"
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Before the slug and the search columns are made from the text.
        strip_control_characters_from_text(self)
        fill_slug(self, self.title, taken=self.is_slug_taken)
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
        # Its own old address is its address again; a published article's is never given away (clean()).
        ArticleRedirect.objects.filter(old_slug=self.slug).exclude(
            ~Q(article=self), article__status=self.Status.PUBLISHED
        ).delete()

    def clean(self):
        super().clean()
        redirect = self._old_address_of_another(self.slug).select_related("article").first()
        if redirect:
            raise ValidationError(
                {
                    "slug": f"Đường dẫn này là địa chỉ cũ của bài «{redirect.article.title}» và vẫn đang "
                    "chuyển về bài đó. Hãy chọn đường dẫn khác."
                }
            )

    def is_slug_taken(self, slug):
        """Whether another article has `slug`, or had it and still answers there (a published one)."""
        others = Article.objects.filter(slug=slug).exclude(pk=self.pk)
        return others.exists() or self._old_address_of_another(slug).exists()

    def _old_address_of_another(self, slug):
        """Links to a published article's old address keep leading to it: no other article takes it."""
        if not slug:
            return ArticleRedirect.objects.none()
        return ArticleRedirect.objects.filter(old_slug=slug, article__status=self.Status.PUBLISHED).exclude(
            article_id=self.pk
        )

    def get_absolute_url(self):
        return url_of("articles:detail", self.slug)

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


class ArticleImage(ShownToReaders):
    """A photo with its caption, shown in the body where the editor writes [ảnh N], or after it."""

    # Only its own article's page shows it: saving or deleting one changes that article (its updated_at,
    # which the article's kept part is keyed by, articles.pagecache.kept), not every article's.
    changes_only_articles = True

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
        self._article_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self._article_changed()
        return result

    def _article_changed(self):
        Article.objects.filter(pk=self.article_id).update(updated_at=timezone.now())

    @property
    def alt(self):
        return self.alt_text or self.photo.alt_text or self.caption


class ViewCountFlush(models.Model):
    """A batch of views counted in Redis and written to the articles; remembered so none is written twice."""

    batch = models.CharField(max_length=32, unique=True)
    flushed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.batch


class ViewLogPosition(models.Model):
    """How far `manage.py count_logged_views` has counted one file of nginx's view log (its first line names
    it: the log and its rotated copy keep theirs); saved in the transaction that adds the views."""

    log = models.CharField(max_length=300)
    first_line = models.CharField(max_length=100)
    inode = models.BigIntegerField(default=0)
    offset = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["log", "first_line"], name="one_position_per_log_file")
        ]

    def __str__(self):
        return f"{self.log} @ {self.offset}"


# A CompiledQuery per shape and number of ids by_id() was given: the home page's lists, a page of results.
_BY_ID = {}


def _listed_with_ids(**ids):
    return Article.objects.for_listing().filter(pk__in=list(ids.values()))


def _for_reading_with_ids(**ids):
    return Article.objects.for_reading().filter(pk__in=list(ids.values()))


def _page_in_category(category, now, start, size):
    # The bounds are parameters of the ids' statement (a slice would write them into the SQL); the values
    # reach it as they are, so `now` comes adapted to the database's datetime column.
    ids = (
        f"SELECT id FROM {Article._meta.db_table} WHERE category_id = %s AND status = %s"
        " AND published_at <= %s ORDER BY published_at DESC, id DESC LIMIT %s OFFSET %s"
    )
    in_page = RawSQL(ids, [category, Article.Status.PUBLISHED, now, size, start])
    return Article.objects.for_listing().filter(pk__in=in_page).newest_first()


def _front_page(now, featured, latest, per_category):
    # The ids of all three lists in one statement; the values reach it as they are, so `now` comes adapted to
    # the database's datetime column.
    articles, categories = Article._meta.db_table, Category._meta.db_table
    published = "status = %s AND published_at <= %s"
    newest = "ORDER BY published_at DESC, id DESC"
    in_category = f"{articles} a WHERE a.category_id = c.id AND a.status = %s AND a.published_at <= %s"
    # As newest_per_category(): only articles from the oldest of the categories' n-th newest are ranked.
    cutoff = (
        f"SELECT MIN(COALESCE((SELECT a.published_at FROM {in_category}"
        f" ORDER BY a.published_at DESC, a.id DESC LIMIT 1 OFFSET %s - 1), (SELECT a.published_at"
        f" FROM {in_category} ORDER BY a.published_at, a.id LIMIT 1))) FROM {categories} c"
    )
    ids = (
        f"SELECT id FROM (SELECT id FROM {articles} WHERE {published} AND is_featured {newest} LIMIT %s) f"
        f" UNION ALL SELECT id FROM (SELECT id FROM {articles} WHERE {published} AND NOT is_featured"
        f" {newest} LIMIT %s) l"
        f" UNION ALL SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY category_id {newest}) AS n"
        f" FROM {articles} WHERE {published} AND published_at >= ({cutoff})) ranked WHERE n <= %s"
    )
    published_now = [Article.Status.PUBLISHED, now]
    params = [
        *published_now,
        featured,
        *published_now,
        latest,
        *published_now,
        *published_now,
        per_category,
        *published_now,
        per_category,
    ]
    return Article.objects.for_listing().filter(pk__in=RawSQL(ids, params)).newest_first()


_FRONT_PAGE = CompiledQuery(
    _front_page,
    now=earliest_in_sql,
    featured=-1000,
    latest=-2000,
    per_category=-3000,
)


_PAGE_IN_CATEGORY = CompiledQuery(
    _page_in_category,
    category=-1000,
    now=earliest_in_sql,
    start=-2000,
    size=-3000,
)
