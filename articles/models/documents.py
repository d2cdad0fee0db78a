"""The library of official texts ("Văn bản"): resolutions, directives, plans… with their files."""

import re

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from ..documents import KINDS, check_document, document_upload_to, readable_name
from ..text import search_text, words
from .articles import Article
from .base import ImportKeyQuerySet, ShownToReaders, fill_slug

# Fields whose words a document is found by; a change to one of them refreshes the search columns.
DOCUMENT_SEARCHED_FIELDS = {"number", "abstract", "signer"}
DOCUMENT_SEARCH_COLUMNS = ("search_number", "search_text")
# "15-NQ/TU", "15NQ/TU" and "nq 15" are the same words: 15, nq, tu.
_DIGITS_AND_LETTERS = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


def number_words(text):
    """The folded words of a document number or a query: '15NQ/TU' -> ['15', 'nq', 'tu']."""
    return words(_DIGITS_AND_LETTERS.sub(" ", str(text)))


class Vocabulary(ShownToReaders):
    """A short list readers filter by and editors choose from: types, issuing bodies, subjects."""

    name = models.CharField("tên", max_length=200, unique=True)
    slug = models.SlugField(
        "đường dẫn", max_length=200, unique=True, blank=True, help_text="Để trống để tạo tự động từ tên."
    )
    position = models.PositiveSmallIntegerField("thứ tự", default=0, help_text="Số nhỏ đứng trước.")

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        fill_slug(self, self.name)
        super().save(*args, **kwargs)


class DocumentType(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = "loại văn bản"
        verbose_name_plural = "loại văn bản"


class Issuer(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = "cơ quan ban hành"
        verbose_name_plural = "cơ quan ban hành"


class DocumentSubject(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"


class DocumentQuerySet(ImportKeyQuerySet):
    def published(self, at=None):
        """Published by `at` (now unless told)."""
        return self.filter(status=Document.Status.PUBLISHED, published_at__lte=at or timezone.now())

    def newest_first(self):
        return self.order_by("-issued_on", "-published_at", "-pk")

    def for_listing(self):
        return self.select_related("document_type", "issuer").defer(*DOCUMENT_SEARCH_COLUMNS)

    def filtered(self, *, document_type=None, issuer=None, year=None, subject=None):
        documents = self
        if document_type is not None:
            documents = documents.filter(document_type=document_type)
        if issuer is not None:
            documents = documents.filter(issuer=issuer)
        if year is not None:
            documents = documents.filter(issued_on__year=year)
        if subject is not None:
            documents = documents.filter(subjects=subject)
        return documents


class Document(ShownToReaders):
    class Status(models.TextChoices):
        DRAFT = "draft", "Bản nháp"
        REVIEW = "review", "Chờ duyệt"
        PUBLISHED = "published", "Đã đăng"

    document_type = models.ForeignKey(
        DocumentType, on_delete=models.PROTECT, related_name="documents", verbose_name="loại văn bản"
    )
    number = models.CharField(
        "số, ký hiệu", max_length=100, help_text="Ghi đúng như trên văn bản, ví dụ: 15-NQ/TU."
    )
    abstract = models.TextField("trích yếu", help_text="Nội dung tóm tắt ghi dưới số, ký hiệu của văn bản.")
    issuer = models.ForeignKey(
        Issuer, on_delete=models.PROTECT, related_name="documents", verbose_name="cơ quan ban hành"
    )
    signer = models.CharField("người ký", max_length=200, blank=True)
    issued_on = models.DateField("ngày ban hành")
    effective_on = models.DateField("ngày có hiệu lực", null=True, blank=True)
    expires_on = models.DateField("ngày hết hiệu lực", null=True, blank=True)
    replaced_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
        verbose_name="được thay thế bởi",
    )
    subjects = models.ManyToManyField(
        DocumentSubject, blank=True, related_name="documents", verbose_name="lĩnh vực"
    )
    articles = models.ManyToManyField(
        Article,
        blank=True,
        related_name="documents",
        verbose_name="bài viết liên quan",
        help_text="Bài viết về văn bản này; mỗi bài cũng hiện văn bản ở cuối bài.",
    )
    slug = models.SlugField(
        "đường dẫn",
        max_length=255,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ loại, số và năm ban hành.",
    )
    status = models.CharField("trạng thái", max_length=20, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        "ngày đăng",
        default=timezone.now,
        help_text="Văn bản chỉ hiện với bạn đọc từ thời điểm này, khi trạng thái là Đã đăng.",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="người nhập",
        editable=False,
    )
    last_edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="người sửa cuối",
        editable=False,
    )
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lần cuối", auto_now=True)
    # Folded words (articles.text.search_text): of the number alone, and of everything a reader may search
    # for (number, abstract, signer, the files' text). PostgreSQL indexes vectors generated from them.
    search_number = models.TextField(blank=True, editable=False)
    search_text = models.TextField(blank=True, editable=False)
    import_key = models.CharField(max_length=500, blank=True, editable=False)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "-published_at", "-pk"]
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        permissions = [("publish_document", "Có thể đăng và gỡ văn bản")]
        indexes = [
            models.Index(fields=["status", "-issued_on", "-published_at", "-id"], name="document_newest_idx"),
            models.Index(fields=["document_type", "status", "-issued_on"], name="document_type_idx"),
            models.Index(fields=["issuer", "status", "-issued_on"], name="document_issuer_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["import_key"], condition=~Q(import_key=""), name="document_import_key_unique"
            ),
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True)
                | Q(effective_on__isnull=True)
                | Q(expires_on__gte=F("effective_on")),
                name="document_expires_after_effective",
                violation_error_message="Ngày hết hiệu lực phải sau ngày có hiệu lực.",
            ),
        ]

    def __str__(self):
        return f"{self.number} – {self.abstract[:80]}"

    @property
    def title(self):
        """'Nghị quyết số 15-NQ/TU': the type must be joined (for_listing) where many are shown."""
        return f"{self.document_type.name} số {self.number}"

    def save(self, *args, **kwargs):
        number = " ".join(number_words(self.number))
        fill_slug(self, f"{self.document_type.name} {number} {self.issued_on:%Y}")
        self._fill_search_columns(self._file_texts())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and DOCUMENT_SEARCHED_FIELDS & set(update_fields):
            kwargs["update_fields"] = {*update_fields, *DOCUMENT_SEARCH_COLUMNS}
        super().save(*args, **kwargs)

    def _file_texts(self):
        if not self.pk:
            return []
        return list(self.files.values_list("text", flat=True))

    def _fill_search_columns(self, file_texts):
        self.search_number = " " + " ".join(number_words(self.number)) + " "
        self.search_text = search_text(
            " ".join(number_words(self.number)), self.abstract, self.signer, *file_texts
        )

    def refresh_search_columns(self):
        """After a file is added, changed or removed: its words join or leave the search."""
        self._fill_search_columns(self._file_texts())
        Document.objects.filter(pk=self.pk).update(
            search_number=self.search_number, search_text=self.search_text
        )

    def get_absolute_url(self):
        return reverse("articles:document", args=[self.slug])

    @property
    def is_visible(self):
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()

    @property
    def is_in_force(self):
        today = timezone.localdate()
        if self.replaced_by_id or (self.expires_on and self.expires_on < today):
            return False
        return not self.effective_on or self.effective_on <= today


class DocumentFile(ShownToReaders):
    """A file of a document, checked by its content (articles.documents) and stored under a random name."""

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="files", verbose_name="văn bản"
    )
    file = models.FileField("tệp", upload_to=document_upload_to, max_length=255)
    name = models.CharField(
        "tên tệp khi tải về",
        max_length=200,
        blank=True,
        help_text="Để trống để dùng tên của tệp tải lên. Bạn đọc tải về với tên này.",
    )
    kind = models.CharField(
        "định dạng", max_length=10, choices=[(k, k.upper()) for k in KINDS], editable=False
    )
    size = models.PositiveBigIntegerField("dung lượng", default=0, editable=False)
    text = models.TextField("chữ trong tệp", blank=True, editable=False)
    position = models.PositiveSmallIntegerField("thứ tự", default=1)
    download_count = models.PositiveIntegerField("lượt tải", default=0, editable=False)
    created_at = models.DateTimeField("ngày tải lên", auto_now_add=True)
    import_key = models.CharField(max_length=500, blank=True, editable=False)

    objects = ImportKeyQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = "tệp văn bản"
        verbose_name_plural = "tệp văn bản"
        constraints = [
            models.UniqueConstraint(
                fields=["import_key"], condition=~Q(import_key=""), name="documentfile_import_key_unique"
            )
        ]

    def __str__(self):
        return self.name or self.file.name

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            self._take_new_file()
        super().save(*args, **kwargs)
        self.document.refresh_search_columns()

    def use_checked(self, checked):
        """What a form's check found of the file it attaches: saving does not read the file a second time."""
        self._checked = (self.file.file, checked)

    def _take_new_file(self):
        upload = self.file.file
        checked_upload, checked = getattr(self, "_checked", (None, None))
        if checked_upload is not upload:
            checked = check_document(self.file)
        self.kind, self.text, self.size = checked.kind, checked.text, self.file.size
        self.name = readable_name(self.name or self.file.name, checked.kind)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self.document.refresh_search_columns()
        return result

    @property
    def content_type(self):
        return KINDS[self.kind][0]

    @property
    def label(self):
        """'PDF, 1,2 MB' as the document page lists it."""
        return KINDS[self.kind][1] if self.kind not in {"pdf", "odt"} else self.kind.upper()

    @property
    def can_be_viewed(self):
        return self.kind == "pdf"

    def get_absolute_url(self):
        return reverse("articles:document_download", args=[self.pk])

    def get_view_url(self):
        return reverse("articles:document_view", args=[self.pk])

    def count_download(self):
        """One more download, added in the database itself: exact under any number of readers at once."""
        DocumentFile.objects.filter(pk=self.pk).update(download_count=F("download_count") + 1)
