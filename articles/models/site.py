"""The institution's details every page shows: the site settings, opening hours and closing days."""

from django.db import models
from django.db.models import Q

from ..hours import DEFAULT_WEEKLY_HOURS, WEEKDAYS, Week, from_json, hour_label, sessions_label
from .base import ShownToReaders

__all__ = ["WEEKDAYS", "ClosingDay", "SiteSettings", "hour_label"]


def default_weekly_hours():
    return {day: [list(pair) for pair in pairs] for day, pairs in DEFAULT_WEEKLY_HOURS.items()}


class SiteSettings(ShownToReaders):
    """The one record of the institution's details that every page shows."""

    site_name = models.CharField("tên trang", max_length=200, default="Bản tin Xây dựng Đảng")
    tagline = models.CharField("khẩu hiệu", max_length=255, blank=True)
    weekly_hours = models.JSONField(
        "giờ mở cửa hàng tuần",
        default=default_weekly_hours,
        blank=True,
        help_text="Theo thứ trong tuần (0 = Thứ 2): các buổi mở cửa; ngày không có buổi nào là ngày nghỉ.",
    )
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

    @classmethod
    def load(cls):
        return cls.objects.get_or_create(pk=1)[0]

    def week(self, exceptions=()):
        """The weekly hours with the dated exceptions given (ClosingDay.as_exception()): no query."""
        return Week.from_data(self.weekly_hours, exceptions)

    @property
    def opening_hours_lines(self):
        """The weekly hours in words, day by day or by runs of days, as every page shows them."""
        return self.week().summary()

    @property
    def hours_version(self):
        return self.week().version

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
    """A date that differs from the usual week: closed all day (a Tết holiday), or open only in its sessions
    ("only the morning on 24-12"), with the reason readers see."""

    date = models.DateField("ngày", unique=True)
    reason = models.CharField(
        "lý do", max_length=200, help_text="Bạn đọc thấy lý do này. Ví dụ: Nghỉ lễ Quốc khánh."
    )
    sessions = models.JSONField(
        "giờ mở cửa hôm đó",
        default=list,
        blank=True,
        help_text="Để trống: nghỉ cả ngày.",
    )

    class Meta:
        ordering = ["date"]
        verbose_name = "ngày nghỉ hoặc giờ đặc biệt"
        verbose_name_plural = "ngày nghỉ và giờ đặc biệt"

    def __str__(self):
        return f"{self.date:%d-%m-%Y} – {self.reason}"

    @property
    def hours_label(self):
        return "nghỉ cả ngày" if not self.sessions else sessions_label(from_json(self.sessions))

    def as_exception(self):
        return (self.date, self.reason, self.sessions)
