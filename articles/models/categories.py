"""Categories ("chuyên mục"): the menu and the lists of articles."""

from django.db import models

from .base import ShownToReaders, fill_slug, url_of


class CategoryQuerySet(models.QuerySet):
    def in_menu(self):
        return self.filter(is_in_menu=True)


class Category(ShownToReaders):
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

    def get_absolute_url(self):
        return url_of("articles:category", self.slug)
