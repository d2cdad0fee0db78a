"""JSON Lines from any other portal: one article per line, in the shape docs/import.md describes."""

import datetime
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.utils import timezone

from ..models import Article, LegacyRedirect
from ..text import vietnamese_slugify
from .bodies import Placed, convert_html, lead_from, text_of
from .media import MediaFolder, PhotoLibrary
from .report import ImportFileError, ItemError
from .store import Categories, Entry, is_web_address, save_article

FIELDS = {
    *["title", "slug", "category", "published_at", "status", "lead", "body", "photos", "cover"],
    *["source_name", "source_url", "view_count", "old_url"],
}
STATUSES = {
    "draft": Article.Status.DRAFT,
    "review": Article.Status.REVIEW,
    "published": Article.Status.PUBLISHED,
}


@dataclass
class Line:
    number: int
    data: dict | None
    error: str = ""

    @property
    def label(self):
        title = self.data.get("title") if self.data else None
        return (
            f"dòng {self.number} «{title}»"
            if isinstance(title, str) and title.strip()
            else f"dòng {self.number}"
        )


def read_lines(path):
    """Every non-blank line, parsed; a line that is not a JSON object keeps its error for the report."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as error:
        raise ImportFileError(f"Không mở được tệp {path}: {error.strerror}.") from None
    except UnicodeDecodeError:
        raise ImportFileError("Tệp không phải văn bản UTF-8: hãy lưu lại với bảng mã UTF-8.") from None
    lines = []
    # Only "\n" ends a line: JSON strings may hold U+2028, which str.splitlines() would split on.
    for number, raw in enumerate(text.split("\n"), start=1):
        if raw.strip():
            lines.append(_parse(number, raw))
    if lines and all(line.data is None for line in lines):
        raise ImportFileError(
            "Không dòng nào là một đối tượng JSON: tệp không phải JSON Lines (mỗi dòng một bài)."
        )
    return lines


def _parse(number, raw):
    try:
        # strict=False: an export script that wrote a pasted \x0b as it is; the text is cleaned on the way in.
        data = json.loads(raw, strict=False)
    except json.JSONDecodeError as error:
        return Line(number, None, f"không phải JSON hợp lệ ({error.msg}, cột {error.colno})")
    if not isinstance(data, dict):
        return Line(number, None, "mỗi dòng phải là một đối tượng JSON {…}")
    return Line(number, data)


class JsonlImport:
    def __init__(self, lines, *, media, default_category, report, dry_run=False):
        self.lines = lines
        self.report = report
        self.folder = MediaFolder(media) if media else None
        self.library = PhotoLibrary(self.folder, key_prefix="jsonl:", report=report, dry_run=dry_run)
        self.categories = Categories(report, default_category)
        self.keys = set()

    def run(self, progress):
        unknown = set()
        for line in self.lines:
            try:
                if line.data is None:
                    raise ItemError(line.error)
                unknown |= set(line.data) - FIELDS
                save_article(self.entry(line), report=self.report, source="tệp JSONL")
            except ItemError as error:
                self.report.skip(line.label, str(error))
            except (DatabaseError, ValidationError, ValueError) as error:
                self.report.skip(line.label, f"không ghi được ({error})")
            progress.advance()
        if unknown:
            self.report.notes.append(f"Trường không dùng đến (bỏ qua): {', '.join(sorted(unknown))}")

    def entry(self, line):
        data = line.data
        title = text_of(_string(data, "title"))
        if not title:
            raise ItemError("không có tiêu đề (title)")
        status = _string(data, "status") or "published"
        if status not in STATUSES:
            raise ItemError(f"status phải là draft, review hoặc published, không phải «{status}»")
        published_at = _published_at(data, status)
        view_count = _view_count(data)
        source_url = _string(data, "source_url").strip()
        if source_url and not is_web_address(source_url):
            raise ItemError(f"source_url không phải địa chỉ http(s) hợp lệ: {source_url[:80]}")
        slug = vietnamese_slugify(_string(data, "slug"), max_length=255)
        old_url = _string(data, "old_url").strip()
        key = f"jsonl:{old_url or slug or vietnamese_slugify(title)}"[:500]
        if key in self.keys:
            raise ItemError(f"trùng old_url/slug với một dòng trước ({key.removeprefix('jsonl:')})")
        category_name = text_of(_string(data, "category"))
        category = (
            self.categories.get(vietnamese_slugify(category_name), category_name)
            if category_name
            else self.categories.default()
        )
        # Photos last: an item refused above leaves nothing in the library.
        find = self._photo_finder(line.label)
        body = convert_html(_string(data, "body"), find)
        photos = self._photos(data, find)
        cover = _string(data, "cover")
        self.keys.add(key)
        return Entry(
            import_key=key,
            label=line.label,
            title=title[:255],
            slug=slug,
            category=category,
            lead=text_of(_string(data, "lead")) or lead_from(body.html),
            body=body.html,
            photos=photos,
            status=STATUSES[status],
            published_at=published_at,
            source_name=text_of(_string(data, "source_name"))[:200],
            source_url=source_url,
            view_count=view_count,
            cover=find(cover, "") if cover else None,
            old_paths=[_old_path(old_url)] if old_url else [],
        )

    def _photo_finder(self, label):
        def find(reference, alt):
            relative = _media_path(reference)
            return self.library.get(relative, alt=alt, label=label) if relative else None

        return find

    def _photos(self, data, find):
        photos = data.get("photos") or []
        if not isinstance(photos, list) or not all(isinstance(p, dict) for p in photos):
            raise ItemError("photos phải là một danh sách [{file, caption, alt}, …]")
        placed = []
        for photo in photos:
            alt = text_of(_string(photo, "alt"))
            found = find(_string(photo, "file"), alt)
            if found is not None:
                placed.append(Placed(found, text_of(_string(photo, "caption"))[:500], alt[:255]))
        return placed


def _string(data, name):
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ItemError(f"trường {name} phải là chuỗi")
    return value


def _published_at(data, status):
    value = _string(data, "published_at").strip()
    if not value:
        if status == "published":
            raise ItemError("bài đã đăng cần published_at (ví dụ 2021-01-14T08:30:00)")
        return timezone.now()
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ItemError(f"published_at không phải ngày giờ ISO 8601: {value[:40]}") from None
    # A time without a zone is Vietnam time, as the old portal showed it.
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def _view_count(data):
    value = data.get("view_count", 0)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ItemError("view_count phải là số nguyên không âm")
    return value


def _media_path(reference):
    """A file in --media: a relative path, or an address whose path is one ('/uploads/a.jpg')."""
    path = unquote(urlsplit(reference.strip()).path).strip("/")
    return path or None


def _old_path(old_url):
    parts = urlsplit(old_url)
    return LegacyRedirect.key(unquote(parts.path), parts.query)
