"""The activity log ("Nhật ký hoạt động"): one row per staff action, chained to the one before by a hash."""

import datetime
import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils import timezone


class ActivityEntryQuerySet(models.QuerySet):
    def older_than(self, days):
        return self.filter(created_at__lt=timezone.now() - datetime.timedelta(days=days))


class ActivityEntry(models.Model):
    class Action(models.TextChoices):
        LOGIN = "login", "Đăng nhập"
        LOGIN_FAILED = "login_failed", "Đăng nhập sai"
        LOGOUT = "logout", "Đăng xuất"
        SECOND_FACTOR_FAILED = "2fa_failed", "Nhập sai mã xác thực"
        SECOND_FACTOR_ENROLLED = "2fa_enrolled", "Bật xác thực hai bước"
        SECOND_FACTOR_REMOVED = "2fa_removed", "Tắt xác thực hai bước"
        SECOND_FACTOR_RESET = "2fa_reset", "Đặt lại xác thực hai bước"
        RECOVERY_CODES_RENEWED = "recovery_renewed", "Tạo mã dự phòng mới"
        PASSWORD_CHANGED = "password_changed", "Đổi mật khẩu"
        SESSIONS_ENDED = "sessions_ended", "Kết thúc phiên đăng nhập"
        CREATED = "created", "Tạo mới"
        CHANGED = "changed", "Sửa"
        SENT_FOR_REVIEW = "sent_for_review", "Gửi duyệt"
        SENT_BACK = "sent_back", "Trả lại"
        PUBLISHED = "published", "Đăng"
        SCHEDULED = "scheduled", "Hẹn giờ đăng"
        UNPUBLISHED = "unpublished", "Gỡ bài"
        DELETED = "deleted", "Xóa"
        RESTORED = "restored", "Khôi phục phiên bản"
        IMPORTED = "imported", "Nhập dữ liệu"
        BACKED_UP = "backed_up", "Sao lưu"
        BACKUP_RESTORED = "backup_restored", "Phục hồi bản sao lưu"
        LOG_PRUNED = "log_pruned", "Xóa nhật ký cũ"

    created_at = models.DateTimeField("thời điểm", default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người thực hiện",
        null=True,
        blank=True,
        # The entry never changes, not even when the account is deleted: its hash covers the id.
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
    )
    # Kept as text too: the entry still says who when the account is gone, and the hash covers it.
    actor_name = models.CharField("tên đăng nhập", max_length=150, blank=True)
    action = models.CharField("hành động", max_length=32, choices=Action.choices, db_index=True)
    object_type = models.CharField("loại đối tượng", max_length=100, blank=True, db_index=True)
    object_id = models.CharField("mã đối tượng", max_length=64, blank=True)
    object_repr = models.CharField("đối tượng", max_length=300, blank=True)
    ip_address = models.GenericIPAddressField("địa chỉ IP", null=True, blank=True)
    via = models.CharField("từ", max_length=20, default="web", help_text="“web” hoặc tên lệnh quản trị")
    changes = models.JSONField(
        "thay đổi",
        default=dict,
        blank=True,
        help_text="Mỗi trường: [trước, sau]; nội dung bài theo phiên bản",
    )
    note = models.CharField("ghi chú", max_length=300, blank=True)
    previous_hash = models.CharField("mã băm mục trước", max_length=64, blank=True)
    hash = models.CharField("mã băm", max_length=64)

    objects = ActivityEntryQuerySet.as_manager()

    class Meta:
        verbose_name = "mục nhật ký"
        verbose_name_plural = "Nhật ký hoạt động"
        ordering = ["-id"]
        indexes = [models.Index(fields=["object_type", "object_id"], name="activity_object_idx")]

    def __str__(self):
        return f"{self.get_action_display()} – {self.object_repr or self.actor_name}"

    def hashed_content(self):
        """Every field but the id and the hash itself, in one canonical form."""
        return json.dumps(
            {
                "created_at": self.created_at.astimezone(datetime.UTC).isoformat(),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "object_type": self.object_type,
                "object_id": self.object_id,
                "object_repr": self.object_repr,
                "ip_address": self.ip_address,
                "via": self.via,
                "changes": self.changes,
                "note": self.note,
                "previous_hash": self.previous_hash,
            },
            sort_keys=True,
            ensure_ascii=False,
            separators=(",", ":"),
        )

    def compute_hash(self):
        return hashlib.sha256(self.hashed_content().encode()).hexdigest()
