"""Addresses of the old site that answer with a redirect to an article or a page."""

from django.db import models
from django.db.models import Q

from .articles import Article
from .pages import Page


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


class MissingAddress(models.Model):
    """An address readers asked for that answered 404, with how often: where a redirect is missing."""

    path = models.CharField("địa chỉ", max_length=LegacyRedirect.OLD_PATH_LENGTH, unique=True)
    hit_count = models.PositiveIntegerField("số lần", default=1)
    first_seen_at = models.DateTimeField("lần đầu", auto_now_add=True)
    last_seen_at = models.DateTimeField("lần cuối", auto_now=True)

    class Meta:
        verbose_name = "địa chỉ không tìm thấy"
        verbose_name_plural = "địa chỉ không tìm thấy (404)"
        indexes = [models.Index(fields=["-hit_count"], name="missing_address_hits_idx")]

    def __str__(self):
        return self.path
