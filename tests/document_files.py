"""Files as editors upload them, made by the tests: PDFs with Vietnamese text, Office zips, impostors."""

import io
import logging
import zipfile
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from articles.text import fold

# fontTools logs every glyph it keeps at INFO.
logging.getLogger("fontTools").setLevel(logging.WARNING)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # Debian's fonts-dejavu-core

RESOLUTION_TEXT = [
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "TỈNH ỦY QUẢNG NINH",
    "Số 15-NQ/TU",
    "NGHỊ QUYẾT",
    "về tăng cường công tác phát triển đảng viên trong thanh niên",
    "Ban Chấp hành Đảng bộ tỉnh quyết nghị: đẩy mạnh kết nạp quần chúng ưu tú là đoàn viên.",
]


def pdf_bytes(lines=RESOLUTION_TEXT, pages=1):
    """A real PDF with Vietnamese text in an embedded font, as a word processor would print it."""
    pdf = FPDF()
    if Path(FONT).exists():
        pdf.add_font("DejaVu", fname=FONT)
        pdf.set_font("DejaVu", size=12)
    else:  # without Debian's font (make test installs it): the standard font, with the words unaccented
        pdf.set_font("Helvetica", size=12)
        lines = [fold(line).upper() if line.isupper() else fold(line) for line in lines]
    for _ in range(pages):
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def encrypted_pdf_bytes():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password="matkhau", owner_password="matkhau-chu", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def broken_pdf_bytes():
    """The first part of a PDF: the download was cut off."""
    data = pdf_bytes()
    return data[: len(data) // 3]


def pdf_with_javascript_bytes():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1);")}
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def _content_types(main_part, main_type, extra=""):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{main_part}" ContentType="{main_type}"/>{extra}</Types>'
    )


def _zip(parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _word_body(text):
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{paragraphs}</w:body></w:document>"
    )


def docx_bytes(text=("Kế hoạch tổ chức hội nghị", "học tập chuyên đề năm 2025")):
    return _zip(
        {
            "[Content_Types].xml": _content_types("word/document.xml", WORD_MAIN),
            "_rels/.rels": "<Relationships/>",
            "word/document.xml": _word_body(text),
        }
    )


def docm_bytes():
    """A macro-enabled Word file (DOCM) with its VBA project, renamed .docx by whoever sends it."""
    return _zip(
        {
            "[Content_Types].xml": _content_types(
                "word/document.xml",
                WORD_MACRO_MAIN,
                '<Override PartName="/word/vbaProject.bin" '
                'ContentType="application/vnd.ms-office.vbaProject"/>',
            ),
            "_rels/.rels": "<Relationships/>",
            "word/document.xml": _word_body(["Văn bản có macro"]),
            "word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
        }
    )


def xlsx_bytes():
    return _zip(
        {
            "[Content_Types].xml": _content_types("xl/workbook.xml", SHEET_MAIN),
            "_rels/.rels": "<Relationships/>",
            "xl/workbook.xml": "<workbook/>",
            "xl/sharedStrings.xml": "<sst><si><t>Danh sách chi bộ</t></si><si><t>Số đảng viên</t></si></sst>",
        }
    )


def odt_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        archive.writestr(
            "content.xml",
            "<office:document-content><text:p>Báo cáo sơ kết quý</text:p></office:document-content>",
        )
    return buffer.getvalue()


def elf_bytes():
    """The start of a Linux program: what a renamed executable looks like inside."""
    return b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + bytes(range(256)) * 8


def pe_bytes():
    """The start of a Windows program (MZ header, PE signature)."""
    header = bytearray(b"MZ" + b"\x90\x00" * 29)
    header += b"\x00" * (0x3C - len(header)) + (0x80).to_bytes(4, "little")
    header += b"\x00" * (0x80 - len(header)) + b"PE\x00\x00"
    return bytes(header) + bytes(range(256)) * 8
