"""A WordPress export's posts and pages made into our articles and static pages (wxr.py reads the file)."""

import datetime
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.utils import timezone

from ..models import Article, LegacyRedirect
from ..text import vietnamese_slugify
from .bodies import convert_wordpress, lead_from, text_of
from .documents import DocumentLibrary, is_document
from .media import MediaFolder, PhotoLibrary, original_of, uploads_path
from .report import ImportFileError, ItemError
from .store import Categories, Entry, PageEntry, TopicsFromTags, is_web_address, save_article, save_page

STATUSES = {
    "publish": Article.Status.PUBLISHED,
    "future": Article.Status.PUBLISHED,  # published at its time: scheduled
    "draft": Article.Status.DRAFT,
    "pending": Article.Status.REVIEW,
}
SKIPPED_STATUSES = {
    "private": "bài riêng tư (private), không đưa lên trang",
    "trash": "bài đã bỏ vào thùng rác (trash)",
    "auto-draft": "bản nháp tự động (auto-draft)",
    "inherit": "bản lưu tạm của một bài khác (inherit)",
}
# WordPress's own default category (term 1) and its usual slugs: an article there goes to our default one.
UNCATEGORISED = {"uncategorized", "chua-phan-loai", "khong-phan-loai", "chua-duoc-phan-loai"}
PERMALINK_TAGS = {
    "year",
    "monthnum",
    "day",
    "hour",
    "minute",
    "second",
    "postname",
    "post_id",
    "category",
    "author",
}
ZERO_DATE = "0000-00-00 00:00:00"
UPLOADS_LINK = re.compile(r'href="[^"]*/wp-content/uploads/([^"]+)"')


@dataclass
class Options:
    uploads: Path | None = None
    default_category: str = "Tin tức"
    source_fields: tuple = ("nguon", "source", "nguon_tin")
    source_url_fields: tuple = ("nguon_url", "source_url")
    permalink: str = "/%year%/%monthnum%/%postname%/"
    tags_as_topics: bool = False
    document_issuer: str = "Chưa xác định"


def check_permalink(pattern):
    unknown = set(re.findall(r"%([a-z_]+)%", pattern)) - PERMALINK_TAGS
    if unknown:
        names = ", ".join(f"%{tag}%" for tag in sorted(unknown))
        raise ImportFileError(f"Cấu trúc đường dẫn WordPress có thẻ không hỗ trợ: {names}.")


class WordPressImport:
    """Every post of an export as an article; pages, attachments, comments and the rest counted."""

    def __init__(self, export, options, *, report, dry_run=False):
        check_permalink(options.permalink)
        self.export = export
        self.options = options
        self.report = report
        self.folder = MediaFolder(options.uploads) if options.uploads else None
        self.library = PhotoLibrary(self.folder, key_prefix="wp:", report=report, dry_run=dry_run)
        self.categories = Categories(report, options.default_category)
        self.documents = DocumentLibrary(
            self.folder,
            attachments=export.attachment_items,
            issuer_name=options.document_issuer,
            report=report,
            dry_run=dry_run,
        )
        self.topics = TopicsFromTags(export.tag_names, report) if options.tags_as_topics else None
        self.keys = set()

    @property
    def posts_and_pages(self):
        return [item for item in self.export.items if item.post_type in ("post", "page")]

    def run(self, progress):
        for item in self.export.items:
            if item.post_type not in ("post", "page"):
                self._import_other(item)
                continue
            self.report.comments_skipped += item.comment_count
            try:
                self.import_item(item)
            except ItemError as error:
                self.report.skip(item.label, str(error))
            except (DatabaseError, ValidationError, ValueError) as error:
                self.report.skip(item.label, f"không ghi được ({error})")
            progress.advance()

    def _import_other(self, item):
        """A PDF or Office attachment goes into the document library, even when no post links it."""
        relative = self.export.attachments.get(item.post_id)
        if item.post_type == "attachment" and relative and is_document(relative):
            self.documents.get(relative, label=f"tệp đính kèm #{item.post_id}")
            return
        self.report.other_types[item.post_type] += 1

    def import_item(self, item):
        if item.post_type == "page":
            save_page(self.page_entry(item), report=self.report)
            return
        entry = self.entry(item)
        entry.body, documents = self.documents.rewrite_links(entry.body, label=item.label)
        article = save_article(entry, report=self.report, source="WordPress")
        for document_file in documents:
            document_file.document.articles.add(article)
        if item.tags and self.topics is not None and article.pk:
            article.topics.add(*self.topics.get(item.tags))
        elif item.tags:
            self.report.tags_dropped.update(item.tags)
            self.report.tagged_articles += 1

    def entry(self, item):
        status = self._status(item)
        title = text_of(item.title)
        if not title:
            raise ItemError("không có tiêu đề")
        published_at, local_date = self._dates(item, status)
        body = convert_wordpress(item.content, self._photo_finder(item))
        self.report.linked_uploads.update(UPLOADS_LINK.findall(body.html))
        category, category_path = self._category(item)
        source_url = item.first_meta(*self.options.source_url_fields)
        return Entry(
            import_key=self._import_key(item),
            label=item.label,
            title=title[:255],
            slug=vietnamese_slugify(unquote(item.post_name), max_length=255),
            category=category,
            lead=text_of(item.excerpt) or lead_from(body.html),
            body=body.html,
            photos=body.photos,
            status=STATUSES[status],
            published_at=published_at,
            byline=self._byline(item),
            source_name=text_of(item.first_meta(*self.options.source_fields))[:200],
            source_url=source_url if is_web_address(source_url) else "",
            view_count=_count(item.first_meta("views", "post_views_count")),
            cover=self._cover(item),
            old_slugs=[
                vietnamese_slugify(unquote(s), max_length=255) for s in item.meta.get("_wp_old_slug", [])
            ],
            old_paths=self._old_paths(item, status, local_date, category_path),
        )

    def page_entry(self, item):
        """A page has no date, category or captioned photos of its own: its figures stay in its body."""
        status = self._status(item)
        title = text_of(item.title)
        if not title:
            raise ItemError("không có tiêu đề")
        body = convert_wordpress(item.content, self._photo_finder(item), figures_inline=True)
        link = urlsplit(item.link)
        old_paths = [
            LegacyRedirect.key(unquote(link.path), link.query),
            LegacyRedirect.key("/", f"page_id={item.post_id}"),
        ]
        return PageEntry(
            import_key=self._import_key(item),
            label=item.label,
            title=title,
            slug=vietnamese_slugify(unquote(item.post_name), max_length=200),
            body=body.html,
            # WordPress schedules pages too; ours are shown or not, so a page for later waits as hidden.
            is_published=status == "publish",
            old_paths=old_paths if status == "publish" else [],
        )

    def _byline(self, item):
        """The author's display name; none when it is only the login ("admin"), which readers need not see."""
        name = text_of(self.export.authors.get(item.creator, ""))
        return "" if name.lower() == item.creator.lower() else name[:200]

    def _status(self, item):
        if item.status in SKIPPED_STATUSES:
            raise ItemError(SKIPPED_STATUSES[item.status])
        if item.status not in STATUSES:
            raise ItemError(f"trạng thái không rõ ({item.status or 'trống'})")
        if item.password.strip():
            raise ItemError("bài có mật khẩu (chỉ người biết mật khẩu mới đọc được), không đưa lên trang")
        return item.status

    def _dates(self, item, status):
        """(publication time, the old site's local time for its addresses)."""
        gmt, local = _parse_date(item.post_date_gmt), _parse_date(item.post_date)
        if gmt:
            published_at = gmt.replace(tzinfo=datetime.UTC)
        elif local:
            # Drafts have no GMT date yet; their local date is Vietnam time.
            published_at = timezone.make_aware(local)
        elif status in ("draft", "pending"):
            published_at = timezone.now()
        else:
            raise ItemError("không có ngày đăng")
        return published_at, local or timezone.localtime(published_at).replace(tzinfo=None)

    def _category(self, item):
        """Our category for the post's first real category, and that category's path for %category%."""
        chosen = next(
            ((slug, name) for slug, name in item.categories if not self._is_uncategorised(slug)), None
        )
        if chosen is None:
            slug = item.categories[0][0] if item.categories else ""
            return self.categories.default(), self._category_path(slug)
        slug, name = chosen
        known = self.export.categories.get(slug, {})
        category = self.categories.get(
            slug, text_of(name) or known.get("name", slug), known.get("description", "")
        )
        return category, self._category_path(slug)

    def _is_uncategorised(self, slug):
        return slug in UNCATEGORISED or self.export.categories.get(slug, {}).get("term_id") == "1"

    def _category_path(self, slug):
        parts, seen = [], set()
        while slug and slug not in seen:
            seen.add(slug)
            parts.insert(0, slug)
            slug = self.export.categories.get(slug, {}).get("parent", "")
        return "/".join(parts)

    def _photo_finder(self, item):
        def find(src, alt):
            src = src.strip()
            if not src:
                return None
            relative = uploads_path(src)
            if relative is None:
                self.report.missing(
                    src[:120], "ảnh không nằm trong wp-content/uploads, không chép", item.label
                )
                return None
            return self._photo(relative, alt, item)

        return find

    def _photo(self, relative, alt, item):
        if self.folder:
            relative = original_of(self.folder, relative)
        # The library photo takes the media library's alt text; the article's own goes on its ArticleImage.
        alt = self.export.alt_texts.get(relative) or alt
        return self.library.get(relative, alt=alt, label=item.label)

    def _cover(self, item):
        attachment = self.export.attachments.get(item.first_meta("_thumbnail_id"))
        return self._photo(attachment, "", item) if attachment else None

    def _import_key(self, item):
        key = f"wp:{item.guid or item.post_id}"
        if len(key) > 500:
            key = "wp:" + hashlib.sha256(key.encode()).hexdigest()
        if key in self.keys:
            # Two posts with one GUID (a copied site): both come, told apart by their post id.
            key = f"{key[:480]}#{item.post_id}"
        self.keys.add(key)
        return key

    def _old_paths(self, item, status, local_date, category_path):
        """The addresses the post had on the old site; only published posts had any that readers saw."""
        if status not in ("publish", "future"):
            return []
        values = {
            "year": f"{local_date:%Y}",
            "monthnum": f"{local_date:%m}",
            "day": f"{local_date:%d}",
            "hour": f"{local_date:%H}",
            "minute": f"{local_date:%M}",
            "second": f"{local_date:%S}",
            "post_id": item.post_id,
            "category": category_path or "uncategorized",
            "author": item.creator.lower(),
        }
        names = [item.post_name, *item.meta.get("_wp_old_slug", [])]
        paths = [self._permalink({**values, "postname": unquote(name)}) for name in names if name.strip()]
        link = urlsplit(item.link)
        if link.path or link.query:
            paths.append(LegacyRedirect.key(unquote(link.path), link.query))
        paths.append(LegacyRedirect.key("/", f"p={item.post_id}"))
        return paths

    def _permalink(self, values):
        path = re.sub(r"%([a-z_]+)%", lambda match: values[match.group(1)], self.options.permalink)
        return LegacyRedirect.key(self.export.base_path + "/" + path.lstrip("/"))


def _parse_date(value):
    if not value or value == ZERO_DATE:
        return None
    try:
        return datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        raise ItemError(f"ngày đăng không đọc được ({value})") from None


def _count(value):
    try:
        return max(0, int(value.strip()))
    except (ValueError, AttributeError):
        return 0
