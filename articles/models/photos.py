"""The photo library: every uploaded photo stored once, with its renditions."""

import re

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.db.models import Q

from ..fields import PhotoField
from ..images import clean_original, make_renditions, photo_upload_to
from .base import ImportKeyQuerySet, ShownToReaders

# The photos an editor put in a body through the rich-text editor: <img src="/media/photos/….jpg">.
BODY_PHOTO = re.compile(r'<img [^>]*src="' + re.escape(settings.MEDIA_URL) + r'(photos/[^"]+)"')


class PhotoQuerySet(ImportKeyQuerySet):
    def in_body(self, body):
        """{stored name: photo} for the library photos a body shows; no query for a body without any."""
        names = set(BODY_PHOTO.findall(body))
        if not names:
            return {}
        return {photo.image.name: photo for photo in self.filter(image__in=names)}


class Photo(ShownToReaders):
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
