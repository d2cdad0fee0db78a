"""Checks every document file by its content, not its name, and reads the words out of it for the search.

Accepted: PDF (neither encrypted nor carrying scripts), Word and Excel (DOC, DOCX, XLS, XLSX) without macros,
and OpenDocument text (ODT). The stored name is random and its extension is the one the content proved.
"""

import io
import re
import uuid
import warnings
import zipfile
from dataclasses import dataclass
from html import unescape

import olefile
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from pypdf import PdfReader
from pypdf.errors import PyPdfError

KINDS = {
    "pdf": ("application/pdf", "PDF"),
    "doc": ("application/msword", "Word"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
    "xls": ("application/vnd.ms-excel", "Excel"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
    "odt": ("application/vnd.oasis.opendocument.text", "OpenDocument"),
}
# A Word or Excel file whose [Content_Types].xml names its main part (macro-enabled ones name another).
OOXML_MAIN_PARTS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# What a PDF viewer may run or open by itself: no official text needs it.
PDF_ACTIONS = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|RichMedia)\b")
# The words kept for the search: a long report's first pages say what it is about.
MAX_TEXT_CHARACTERS = 200_000
MAX_PDF_PAGES = 300
# An Office file's parts read for their words, at most: a "zip bomb" must not fill the memory.
MAX_PART_BYTES = 20 * 1024 * 1024

NOT_A_DOCUMENT = "Chỉ nhận tệp PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc OpenDocument (ODT)."
BROKEN = "Tệp %(kind)s bị hỏng, không đọc được. Hãy lưu lại tệp từ phần mềm soạn thảo rồi tải lên lần nữa."
ENCRYPTED = "Tệp có mật khẩu hoặc đã bị mã hóa: hãy bỏ mật khẩu rồi tải lên lần nữa."
MACROS = "Tệp Office có chứa macro (mã lệnh), không được nhận. Hãy lưu thành DOCX hoặc XLSX thường."
PDF_SCRIPT = "Tệp PDF có chứa mã lệnh hoặc tệp đính kèm, không được nhận. Hãy in lại thành PDF thường."


@dataclass(frozen=True)
class CheckedFile:
    kind: str  # pdf, doc, docx, xls, xlsx, odt
    text: str  # the words found inside, for the search ("" when none can be read: a scanned PDF)

    @property
    def content_type(self):
        return KINDS[self.kind][0]


def check_document(file):
    """Refuse anything but a whole, unencrypted, macro-free PDF, Word, Excel or ODT file within the limit."""
    if file.size > settings.DOCUMENT_MAX_UPLOAD_BYTES:
        raise ValidationError(
            "Tệp quá lớn (%(size)s). Dung lượng tối đa là %(limit)s.",
            code="document_too_large",
            params={
                "size": filesizeformat(file.size),
                "limit": filesizeformat(settings.DOCUMENT_MAX_UPLOAD_BYTES),
            },
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        data = file.read()
    finally:
        file.seek(position)
    return check_document_bytes(data)


def check_document_bytes(data):
    if data.startswith(b"%PDF-"):
        return CheckedFile("pdf", _pdf_text(data))
    if data.startswith(b"PK\x03\x04"):
        return _check_zip(data)
    if data.startswith(OLE_MAGIC):
        return _check_ole(data)
    raise ValidationError(NOT_A_DOCUMENT, code="document_format")


def _pdf_text(data):
    if PDF_ACTIONS.search(data):
        raise ValidationError(PDF_SCRIPT, code="document_script")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pypdf warns of the small faults it repairs
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise ValidationError(ENCRYPTED, code="document_encrypted")
            pages = reader.pages
            if len(pages) == 0:
                raise ValidationError(BROKEN, code="document_broken", params={"kind": "PDF"})
            texts = []
            for page in list(pages)[:MAX_PDF_PAGES]:
                texts.append(page.extract_text() or "")
                if sum(map(len, texts)) > MAX_TEXT_CHARACTERS:
                    break
    except ValidationError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError):
        raise ValidationError(BROKEN, code="document_broken", params={"kind": "PDF"}) from None
    return _clean_text(" ".join(texts))


def _check_zip(data):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if "[Content_Types].xml" in names:
            return _check_ooxml(archive, names)
        if "mimetype" in names and _read(archive, "mimetype").strip() == KINDS["odt"][0].encode():
            if any(name.lower().startswith(("basic/", "scripts/")) for name in names):
                raise ValidationError(MACROS, code="document_macros")
            return CheckedFile("odt", _xml_text(_read(archive, "content.xml")))
    except ValidationError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, NotImplementedError):
        raise ValidationError(BROKEN, code="document_broken", params={"kind": "Office"}) from None
    raise ValidationError(NOT_A_DOCUMENT, code="document_format")


def _check_ooxml(archive, names):
    types = _read(archive, "[Content_Types].xml").decode("utf-8", "replace")
    if "macroEnabled" in types or any(name.lower().endswith("vbaproject.bin") for name in names):
        raise ValidationError(MACROS, code="document_macros")
    kinds = {kind for content_type, kind in OOXML_MAIN_PARTS.items() if content_type in types}
    if len(kinds) != 1:
        raise ValidationError(NOT_A_DOCUMENT, code="document_format")
    kind = kinds.pop()
    part = "word/document.xml" if kind == "docx" else "xl/sharedStrings.xml"
    text = _xml_text(_read(archive, part)) if part in names else ""
    return CheckedFile(kind, text)


def _read(archive, name):
    info = archive.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise ValidationError(BROKEN, code="document_broken", params={"kind": "Office"})
    return archive.read(info)


_TAG = re.compile(r"<[^>]*>")


def _xml_text(data):
    # Paragraph and cell ends separate words: a space for every tag keeps "một</w:t>…<w:t>hai" apart.
    return _clean_text(unescape(_TAG.sub(" ", data.decode("utf-8", "replace"))))


def _check_ole(data):
    try:
        ole = olefile.OleFileIO(data)
    except (OSError, ValueError, IndexError, TypeError):
        raise ValidationError(BROKEN, code="document_broken", params={"kind": "Office"}) from None
    with ole:
        streams = {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=True)}
        if "encryptioninfo" in streams or "encryptedpackage" in streams:
            raise ValidationError(ENCRYPTED, code="document_encrypted")
        if any(name.split("/")[0] in {"macros", "_vba_project_cur", "vba"} for name in streams):
            raise ValidationError(MACROS, code="document_macros")
        if "worddocument" in streams:
            kind = "doc"
        elif "workbook" in streams or "book" in streams:
            kind = "xls"
        else:
            raise ValidationError(NOT_A_DOCUMENT, code="document_format")
    # The old binary formats keep their words in a layout of their own: they are found by the abstract.
    return CheckedFile(kind, "")


def _clean_text(text):
    return " ".join(text.split())[:MAX_TEXT_CHARACTERS]


def document_upload_to(instance, filename):
    """'documents/2026/12/3f2a….pdf': random, with the extension of the kind its content proved."""
    extension = getattr(instance, "kind", "") or "bin"
    today = timezone.localdate()
    return f"documents/{today:%Y/%m}/{uuid.uuid4().hex}.{extension}"


def readable_name(name, kind):
    """The name readers download the file under: the uploaded one, with the extension its content proved."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = stem.replace("/", "-").replace("\\", "-")  # "15-NQ/TU" is a number here, not a folder
    stem = " ".join("".join(c for c in stem if c.isprintable() and c not in '"<>:|?*').split())
    return f"{stem[:150] or 'van-ban'}.{kind}"
