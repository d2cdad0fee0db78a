"""Pages of their own outside the news ("Giới thiệu", "Liên hệ")."""

from django.db import models
from django.db.models import Q
from django.urls import reverse

from ..fields import RichTextField
from .base import ImportKeyQuerySet, ShownToReaders, fill_slug


class PageQuerySet(ImportKeyQuerySet):
    def published(self):
        return self.filter(is_published=True)


class Page(ShownToReaders):
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

    def get_absolute_url(self):
        return reverse("articles:page", args=[self.slug])
