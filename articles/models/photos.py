"""The photo library: every uploaded photo stored once, with its renditions."""

import re

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models, transaction
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
        return {photo.image.name: photo for photo in self.filter(image__in=names).order_by()}


class Photo(ShownToReaders):
    """An uploaded photo, stored once (upright, without metadata) with its resized renditions."""

    new_rows_in_no_article = True  # its file is stored under a new random name (images.photo_upload_to)

    image = PhotoField("ảnh", upload_to=photo_upload_to, width_field="width", height_field="height")
    width = models.PositiveIntegerField(null=True, editable=False)
    height = models.PositiveIntegerField(null=True, editable=False)
    alt_text = models.CharField(
        "mô tả ảnh", max_length=255, blank=True, help_text="Cho người đọc không nhìn thấy ảnh."
    )
    # The photographer belongs to the photo: every article showing it credits the same person.
    credit = models.CharField(
        "tác giả ảnh",
        max_length=200,
        blank=True,
        help_text="Tên người chụp hoặc nơi cung cấp ảnh; bạn đọc thấy «Ảnh: …» dưới chú thích.",
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
        if self.renditions and self.image._committed:
            return super().save(*args, **kwargs)
        # A new or replaced file: stored cleaned, with renditions; if the row is not saved, neither are they.
        former = self._stored_files() if self.pk else []
        written = self._store_cleaned_with_renditions()
        try:
            super().save(*args, **kwargs)
        except BaseException:
            _delete_files(written)
            raise
        if former:
            # Only once the new files are the photo's for good.
            transaction.on_commit(lambda: _delete_files(self._no_longer_linked(former)))
        return None

    def _store_cleaned_with_renditions(self):
        """Write the cleaned original and its renditions; return their names (none left behind on failure)."""
        data, extension, size = clean_original(self.image.file)
        renditions = make_renditions(data)  # in memory first: a failure here has written nothing
        written = []
        try:
            self.image.save(f"anh.{extension}", ContentFile(data), save=False)
            written.append(self.image.name)
            stem = self.image.name.rsplit(".", 1)[0].replace("photos/", "renditions/", 1)
            self.renditions = []
            for width, height, files in renditions:
                names = {}
                for kind, content in files.items():
                    names[kind] = default_storage.save(f"{stem}-{width}.{kind}", ContentFile(content))
                    written.append(names[kind])
                self.renditions.append({"width": width, "height": height, **names})
        except BaseException:
            _delete_files(written)
            raise
        self.width, self.height = size
        return written

    def _stored_files(self):
        stored = type(self).objects.filter(pk=self.pk).values("image", "renditions").first()
        if stored is None:
            return []
        return [stored["image"], *[r[kind] for r in stored["renditions"] for kind in ("webp", "jpg")]]

    def _no_longer_linked(self, names):
        """All of a replaced photo's files, but its original if a body still links to it, as bodies do."""
        original, *renditions = names
        for model in ("Article", "Page"):
            if self._meta.apps.get_model("articles", model).objects.filter(body__contains=original).exists():
                return renditions
        return names

    @property
    def credit_line(self):
        return f"Ảnh: {self.credit}" if self.credit else ""

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


def _delete_files(names):
    for name in names:
        default_storage.delete(name)
