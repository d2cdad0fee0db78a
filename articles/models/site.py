"""The institution's details every page shows: the site settings, opening hours and closing days."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from .base import ShownToReaders

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


class SiteSettings(ShownToReaders):
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
