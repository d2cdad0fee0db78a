"""Reading a WordPress export (WXR 1.0–1.2, "Tools → Export") safely, all of it before anything is written."""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ..text import strip_control_characters
from .bodies import text_of
from .media import uploads_path
from .report import ImportFileError

CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
# The C0 controls XML 1.0 refuses, even in CDATA.
_XML_FORBIDDEN_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
WP_NAMESPACE = re.compile(r"^\{(http://wordpress\.org/export/(1\.\d+)/)\}")


@dataclass
class Item:
    post_id: str
    post_type: str
    status: str
    title: str
    guid: str
    link: str
    post_name: str
    post_date: str
    post_date_gmt: str
    content: str
    excerpt: str
    creator: str
    password: str
    categories: list  # [(nicename, name)]
    tags: list
    meta: dict  # key -> [values]
    comment_count: int

    @property
    def label(self):
        kind = "trang" if self.post_type == "page" else "bài"
        return f"{kind} #{self.post_id} «{self.title.strip() or '(không có tiêu đề)'}»"

    def first_meta(self, *keys):
        for key in keys:
            for value in self.meta.get(key, []):
                if value.strip():
                    return value.strip()
        return ""


@dataclass
class Export:
    base_path: str
    authors: dict  # login -> display name
    categories: dict  # nicename -> {"name", "parent", "description", "term_id"}
    attachments: dict  # post id -> uploads path
    alt_texts: dict  # uploads path -> the media library's alt text
    items: list = field(default_factory=list)
    tag_names: dict = field(default_factory=dict)  # nicename -> name, of the tags the posts carry
    attachment_items: dict = field(default_factory=dict)  # uploads path -> the attachment's item


def read_export(path):
    """The whole file read and checked before anything is written; ImportFileError says what is wrong."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ImportFileError(f"Không mở được tệp {path}: {error.strerror}.") from None
    data = _without_control_characters(data)
    try:
        # Some plugins print blank lines before <?xml …?>; WordPress's own importer tolerates them.
        root = fromstring(data.lstrip())
    except DefusedXmlException:
        raise ImportFileError(
            "Tệp có khai báo DTD hoặc thực thể XML (entity): không đọc vì lý do an toàn. "
            "Tệp xuất từ WordPress không có những khai báo này."
        ) from None
    except ET.ParseError as error:
        line, column = error.position
        raise ImportFileError(
            f"Tệp không phải XML hợp lệ (lỗi ở dòng {line}, cột {column}). "
            "Hãy xuất lại từ WordPress (Công cụ → Xuất) và không sửa tệp bằng tay."
        ) from None
    channel = root.find("channel") if root.tag == "rss" else None
    if channel is None:
        raise ImportFileError("Tệp không phải tệp xuất của WordPress (WXR): không có <rss><channel>.")
    wp = _wordpress_namespace(channel)
    return _export(channel, wp)


def _without_control_characters(data):
    """WordPress exports pasted text as it is: one \\x0b from Word would make the whole file invalid XML.
    Byte by byte, without decoding the file: these bytes are never part of a UTF-8 sequence."""
    return _XML_FORBIDDEN_BYTES.sub(
        lambda match: strip_control_characters(match.group().decode(), multiline=True).encode(), data
    )


def _wordpress_namespace(channel):
    for child in channel:
        match = WP_NAMESPACE.match(child.tag)
        if match and child.tag.endswith("}wxr_version"):
            return match.group(1)
    raise ImportFileError("Tệp không phải tệp xuất của WordPress (WXR): thiếu wp:wxr_version.")


def _export(channel, wp):
    ns = "{" + wp + "}"
    text = _text_reader(ns)
    base_url = text(channel, "wp:base_blog_url") or text(channel, "wp:base_site_url")
    export = Export(
        base_path=urlsplit(base_url).path.rstrip("/"),
        authors={
            text(a, "wp:author_login"): text(a, "wp:author_display_name") or text(a, "wp:author_login")
            for a in channel.iter(f"{ns}author")
        },
        categories={},
        attachments={},
        alt_texts={},
    )
    for element in channel.iter(f"{ns}category"):
        nicename = unquote(text(element, "wp:category_nicename"))
        export.categories[nicename] = {
            "name": text_of(text(element, "wp:cat_name")) or nicename,
            "parent": unquote(text(element, "wp:category_parent")),
            "description": text_of(text(element, "wp:category_description")),
            "term_id": text(element, "wp:term_id"),
        }
    excerpt_ns = "{" + wp + "excerpt/}"
    for element in channel.iter("item"):
        item = _item(element, ns, excerpt_ns, text)
        if item.post_type == "attachment":
            attached = item.first_meta("_wp_attached_file")
            relative = uploads_path(f"/wp-content/uploads/{attached}") if attached else None
            relative = relative or uploads_path(text(element, "wp:attachment_url"))
            if relative:
                export.attachments[item.post_id] = relative
                export.alt_texts[relative] = item.first_meta("_wp_attachment_image_alt")
                export.attachment_items[relative] = item
        for term in element.findall("category"):
            if term.get("domain") == "post_tag" and term.get("nicename"):
                export.tag_names.setdefault(unquote(term.get("nicename")), text_of(term.text or ""))
        export.items.append(item)
    return export


def _text_reader(ns):
    def text(element, path):
        found = element.find(path.replace("wp:", ns).replace("content:", CONTENT).replace("dc:", DC))
        return (found.text or "") if found is not None else ""

    return text


def _item(element, ns, excerpt_ns, text):
    meta = {}
    for entry in element.iter(f"{ns}postmeta"):
        meta.setdefault(text(entry, "wp:meta_key"), []).append(text(entry, "wp:meta_value"))
    terms = element.findall("category")
    excerpt = element.find(f"{excerpt_ns}encoded")
    return Item(
        post_id=text(element, "wp:post_id").strip(),
        post_type=text(element, "wp:post_type").strip() or "post",
        status=text(element, "wp:status").strip(),
        title=text(element, "title"),
        guid=text(element, "guid").strip(),
        link=text(element, "link").strip(),
        post_name=text(element, "wp:post_name").strip(),
        post_date=text(element, "wp:post_date").strip(),
        post_date_gmt=text(element, "wp:post_date_gmt").strip(),
        content=text(element, "content:encoded"),
        excerpt=(excerpt.text or "") if excerpt is not None else "",
        creator=text(element, "dc:creator").strip(),
        password=text(element, "wp:post_password"),
        categories=[
            (unquote(t.get("nicename", "")), t.text or "") for t in terms if t.get("domain") == "category"
        ],
        tags=[unquote(t.get("nicename", "")) for t in terms if t.get("domain") == "post_tag"],
        meta=meta,
        comment_count=len(element.findall(f"{ns}comment")),
    )
