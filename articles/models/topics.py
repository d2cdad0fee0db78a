"""Topics ("Chuyên đề"): campaign pages across categories, with hand-picked articles and documents."""

import datetime

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from .articles import Article
from .base import ImportKeyQuerySet, ShownToReaders, fill_slug
from .compiled import CompiledQuery, among_all
from .documents import Document
from .photos import Photo


class TopicQuerySet(ImportKeyQuerySet):
    def current(self, today=None):
        """Topics under way: begun (or without a start) and not yet over (or without an end)."""
        today = today or timezone.localdate()
        return self.filter(Q(starts_on__isnull=True) | Q(starts_on__lte=today)).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=today)
        )

    def current_with_covers(self, count):
        """The first `count` topics under way today, their covers joined in: one query, whose SQL is written
        once per process (articles.models.compiled). Among all topics: call it on the manager."""
        among_all(self, "current_with_covers")
        query = _CURRENT_WITH_COVERS.get(count)
        if query is None:
            build = lambda today: Topic.objects.current(today).select_related("cover")[:count]  # noqa: E731
            query = CompiledQuery(build, today=datetime.date(1900, 1, 1))
            query = _CURRENT_WITH_COVERS.setdefault(count, query)
        return query(using=self.db, today=timezone.localdate())


# A CompiledQuery for each number of topics current_with_covers() was asked for.
_CURRENT_WITH_COVERS = {}


class Topic(ShownToReaders):
    name = models.CharField("tên chuyên đề", max_length=255, unique=True)
    slug = models.SlugField(
        "đường dẫn",
        max_length=255,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tên. Đổi đường dẫn sẽ làm hỏng các liên kết cũ.",
    )
    intro = models.TextField("giới thiệu", blank=True)
    cover = models.ForeignKey(
        Photo, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name="ảnh bìa"
    )
    starts_on = models.DateField(
        "từ ngày", null=True, blank=True, help_text="Chuyên đề đang diễn ra được giới thiệu trên trang chủ."
    )
    ends_on = models.DateField(
        "đến ngày", null=True, blank=True, help_text="Để trống nếu chưa kết thúc. Chuyên đề cũ vẫn xem được."
    )
    position = models.PositiveSmallIntegerField("thứ tự", default=0, help_text="Số nhỏ đứng trước.")
    documents = models.ManyToManyField(Document, blank=True, related_name="topics", verbose_name="văn bản")
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lần cuối", auto_now=True)
    # "wp-tag:<slug>" for a WordPress tag imported as a topic.
    import_key = models.CharField(max_length=500, blank=True, editable=False)

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["position", "-starts_on", "name"]
        verbose_name = "chuyên đề"
        verbose_name_plural = "chuyên đề"
        constraints = [
            models.UniqueConstraint(
                fields=["import_key"], condition=~Q(import_key=""), name="topic_import_key_unique"
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=models.F("starts_on")),
                name="topic_ends_after_start",
                violation_error_message="Ngày kết thúc phải sau ngày bắt đầu.",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        fill_slug(self, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:topic", args=[self.slug])

    @property
    def is_current(self):
        today = timezone.localdate()
        return (self.starts_on is None or self.starts_on <= today) and (
            self.ends_on is None or self.ends_on >= today
        )


class TopicFeature(ShownToReaders):
    """An article or a document the editors put at the top of a topic's page, in their order."""

    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, related_name="features", verbose_name="chuyên đề"
    )
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name="bài viết"
    )
    document = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name="văn bản"
    )
    position = models.PositiveSmallIntegerField("thứ tự", default=1)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = "tin bài nổi bật của chuyên đề"
        verbose_name_plural = "tin bài, văn bản nổi bật (đứng đầu trang chuyên đề, theo thứ tự)"
        constraints = [
            models.CheckConstraint(
                condition=Q(article__isnull=False, document__isnull=True)
                | Q(article__isnull=True, document__isnull=False),
                name="topic_feature_article_or_document",
                violation_error_message="Chọn một bài viết hoặc một văn bản (không chọn cả hai).",
            )
        ]

    def __str__(self):
        return str(self.article or self.document)

    @property
    def item(self):
        return self.article or self.document
