"""Staff accounts as the security pages see them: their open sessions, and the accounts themselves."""

from django.conf import settings
from django.contrib.auth.models import User
from django.db import models


class StaffSession(models.Model):
    """One logged-in browser: which, from where, last seen when (the session itself is Django's)."""

    session_key = models.CharField(max_length=40, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="tài khoản", on_delete=models.CASCADE, related_name="+"
    )
    user_agent = models.CharField("trình duyệt", max_length=300, blank=True)
    ip_address = models.GenericIPAddressField("địa chỉ IP", null=True, blank=True)
    created_at = models.DateTimeField("đăng nhập lúc", auto_now_add=True)
    last_seen_at = models.DateTimeField("hoạt động lần cuối")

    class Meta:
        verbose_name = "phiên đăng nhập"
        verbose_name_plural = "Phiên đăng nhập"
        ordering = ["-last_seen_at"]

    def __str__(self):
        return f"{self.user_id} – {self.user_agent[:40]}"


class StaffAccount(User):
    """The security page of each account: second factor and sessions, without the secret."""

    class Meta:
        proxy = True
        verbose_name = "bảo mật tài khoản"
        verbose_name_plural = "Bảo mật tài khoản"
