"""An old site's PDF and Office files brought into the document library, once each, and the links to them.

A WordPress archive keeps its resolutions and plans as attachments ("Nghị quyết 15-NQ/TU.pdf") linked from
posts. Each such file, found in the uploads folder, passes the checks an editor's upload passes and becomes a
published document; what the file's name and title tell (number, type) is read from them, the rest is left
for the editors to complete (the report says so). Links in the imported bodies then point to our download.
"""

import datetime
import re
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone

from ..documents import check_document
from ..models import Document, DocumentFile, DocumentType, Issuer
from ..text import fold
from .media import uploads_path

DOCUMENT_EXTENSIONS = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt"}
# href="…/wp-content/uploads/2020/03/nghi-quyet.pdf" (quoted as the sanitiser writes attributes).
LINK = re.compile(r'href="([^"]*/wp-content/uploads/[^"]+)"')
# "15-NQ/TU", "15/NQ-TU", "15-nq-tu": a number, a type code, then the issuer's code.
NUMBER = re.compile(
    r"(?<![\w/])(\d{1,4})\s*[-/]\s*([A-ZĐ]{2,4})\s*[-/]\s*([A-ZĐ]{1,10})(?![\w])", re.IGNORECASE
)
TYPE_CODES = {
    "nq": "Nghị quyết",
    "ct": "Chỉ thị",
    "kl": "Kết luận",
    "qđ": "Quyết định",
    "qd": "Quyết định",
    "qc": "Quy chế",
    "hd": "Hướng dẫn",
    "kh": "Kế hoạch",
    "tb": "Thông báo",
    "cv": "Công văn",
    "bc": "Báo cáo",
    "ctr": "Chương trình",
}
UNKNOWN_NUMBER = "Không số"
FALLBACK_TYPE = "Tài liệu"


def is_document(relative):
    return PurePosixPath(relative).suffix.lower() in DOCUMENT_EXTENSIONS


class DocumentLibrary:
    """The uploads folder's documents as library documents, made once, reused by every post linking them."""

    def __init__(self, folder, *, attachments, issuer_name, report, dry_run=False):
        self.folder = folder
        self.attachments = attachments  # uploads path -> the export's attachment item, when it has one
        self.issuer_name = issuer_name
        self.report = report
        self.dry_run = dry_run
        self.found = {}  # uploads path -> DocumentFile, or None when missing or refused

    def get(self, relative, *, label):
        if relative not in self.found:
            self.found[relative] = self._load(relative, label)
        return self.found[relative]

    def rewrite_links(self, html, *, label):
        """The body with links to the old site's documents pointing to ours, and the files linked."""
        linked = []

        def replace(match):
            relative = uploads_path(match.group(1))
            if relative is None or not is_document(relative):
                return match.group(0)
            stored = self.get(relative, label=label)
            if stored is None or stored.pk is None:  # missing, refused, or a dry run
                return match.group(0)
            linked.append(stored)
            self.report.linked_uploads.discard(relative)
            return f'href="{stored.get_absolute_url()}"'

        return LINK.sub(replace, html), linked

    def _load(self, relative, label):
        key = f"wp:{relative}"
        existing = DocumentFile.objects.select_related("document").imported_as(key).first()
        if existing:
            return existing
        path = self.folder.find(relative) if self.folder else None
        if path is None:
            self.report.missing(relative, "không có trong thư mục tệp tải lên", label)
            return None
        item = self.attachments.get(relative)
        with path.open("rb") as handle:
            upload = File(handle, name=path.name)
            try:
                checked = check_document(upload)
            except ValidationError as error:
                self.report.missing(relative, " ".join(error.messages), label)
                return None
            self.report.documents_imported += 1
            if self.dry_run:
                return DocumentFile(import_key=key)
            with transaction.atomic():
                document = Document.objects.create(import_key=key, **self._fields(relative, item))
                stored = DocumentFile(document=document, file=upload, name=path.name, import_key=key)
                stored.use_checked(checked)
                stored.save()
        if document.number == UNKNOWN_NUMBER or document.document_type.name == FALLBACK_TYPE:
            self.report.documents_to_complete.append(f"{relative} → {document.get_absolute_url()}")
        return stored

    def _fields(self, relative, item):
        """What the file's name and the attachment's title and date tell; the rest for the editors."""
        name = PurePosixPath(relative).stem
        title = (item.title.strip() if item else "") or re.sub(r"[-_]+", " ", name).strip()
        number_match = NUMBER.search(title) or NUMBER.search(name.replace("_", "-"))
        number, type_name = UNKNOWN_NUMBER, None
        if number_match:
            digits, code, issuer = number_match.groups()
            number = f"{digits}-{code.upper()}/{issuer.upper()}"
            type_name = TYPE_CODES.get(fold(code))
        folded_title = fold(title)
        type_name = type_name or next(
            (t for t in TYPE_CODES.values() if folded_title.startswith(fold(t))), FALLBACK_TYPE
        )
        document_type = DocumentType.objects.filter(name=type_name).first()
        if document_type is None:
            document_type = DocumentType.objects.create(name=type_name, position=99)
        uploaded_at = _attachment_time(item)
        return {
            "document_type": document_type,
            "number": number[:100],
            "abstract": title,
            "issuer": Issuer.objects.get_or_create(name=self.issuer_name[:200])[0],
            "issued_on": timezone.localtime(uploaded_at).date(),
            "status": Document.Status.PUBLISHED,
            "published_at": uploaded_at,
        }


def _attachment_time(item):
    for value in ((item.post_date_gmt, True), (item.post_date, False)) if item else ():
        text, is_utc = value
        try:
            moment = datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
        return moment.replace(tzinfo=datetime.UTC) if is_utc else timezone.make_aware(moment)
    return timezone.now()
