"""What an import did, counted as it goes and told to the administrator at the end, in Vietnamese."""

import time
from collections import Counter


class ItemError(Exception):
    """One item cannot be imported; the message says why, in Vietnamese, and the rest goes on."""


class ImportFileError(Exception):
    """The file as a whole cannot be read; nothing is written."""


class Report:
    def __init__(self, *, source, dry_run=False):
        self.source = source
        self.dry_run = dry_run
        self.articles = Counter()  # imported, updated, unchanged
        self.pages = Counter()
        self.skipped = []  # (label, reason)
        self.other_types = Counter()  # post types that are not articles: attachment, nav_menu_item…
        self.media_copied = 0
        self.media_missing = {}  # reference -> (reason, label of the first item that wanted it)
        self.redirects_created = 0
        self.new_categories = []
        self.renamed = []  # (label, the old slug, ours)
        self.comments_skipped = 0
        self.tags_dropped = set()
        self.tagged_articles = 0
        self.linked_uploads = set()  # links to the old site's files that are not photos (PDF, DOC…)
        self.documents_imported = 0  # PDF and Office files brought into the document library
        self.documents_to_complete = []  # those whose number or type the file did not tell
        self.topics_from_tags = Counter()  # created, existing
        self.notes = []

    def skip(self, label, reason):
        self.skipped.append((label, reason))

    def missing(self, reference, reason, label):
        self.media_missing.setdefault(reference, (reason, label))

    def render(self):
        lines = [f"Nhập từ {self.source}: kết quả"]
        if self.dry_run:
            lines.append("CHẠY THỬ (--dry-run): chưa ghi gì; các con số dưới đây là những gì sẽ xảy ra.")
        lines += [f"  {note}" for note in self.notes]
        lines.append(f"Bài viết: {_outcomes(self.articles)}")
        if self.pages:
            lines.append(f"Trang tĩnh: {_outcomes(self.pages)}")
        lines.append(f"Bỏ qua: {len(self.skipped)}")
        lines += [f"  - {label}: {reason}" for label, reason in self.skipped]
        lines.append(f"Ảnh chép vào thư viện ảnh: {self.media_copied}")
        lines.append(f"Ảnh thiếu hoặc hỏng (bài vẫn được nhập, không có ảnh đó): {len(self.media_missing)}")
        lines += [
            f"  - {reference}: {reason} ({label})"
            for reference, (reason, label) in self.media_missing.items()
        ]
        lines.append(f"Đường dẫn cũ mới được chuyển hướng (301) sang địa chỉ mới: {self.redirects_created}")
        if self.renamed:
            lines.append("Đường dẫn đã có bài hoặc trang khác dùng, nên mục nhập vào nhận đường dẫn khác:")
            lines += [f"  - {label}: {old} → {new}" for label, old, new in self.renamed]
        if self.new_categories:
            lines.append(
                "Chuyên mục mới tạo (chưa hiện trên menu; bật “hiện trên menu” trong Quản trị → Chuyên mục "
                f"nếu cần): {', '.join(self.new_categories)}"
            )
        lines.append(f"Tệp PDF, Word, Excel chép vào thư viện văn bản: {self.documents_imported}")
        if self.documents_to_complete:
            lines.append(
                "Văn bản cần bổ sung số, ký hiệu, loại hoặc cơ quan ban hành (Quản trị → Văn bản): "
                f"{len(self.documents_to_complete)}"
            )
            lines += [f"  - {line}" for line in self.documents_to_complete]
        if self.topics_from_tags:
            lines.append(
                f"Chuyên đề từ thẻ (tag): {self.topics_from_tags['created']} mới, "
                f"{self.topics_from_tags['existing']} đã có"
            )
        if self.linked_uploads:
            lines.append(
                "Liên kết tới tệp của trang cũ (PDF, DOC…) vẫn trỏ về địa chỉ cũ, "
                f"cần chép tệp sang nơi khác: {len(self.linked_uploads)} tệp"
            )
        lines.append(f"Bình luận không chuyển sang: {self.comments_skipped}")
        if self.tags_dropped:
            lines.append(
                f"Thẻ (tag) không chuyển sang (dùng --tags-as-topics để nhập thành chuyên đề): "
                f"{len(self.tags_dropped)} thẻ trên {self.tagged_articles} bài"
            )
        if self.other_types:
            kinds = ", ".join(f"{kind}: {count}" for kind, count in sorted(self.other_types.items()))
            lines.append(f"Mục không phải bài viết, không nhập: {kinds}")
        return "\n".join(lines)


def _outcomes(counter):
    return f"{counter['imported']} mới, {counter['updated']} cập nhật, {counter['unchanged']} không đổi"


class Progress:
    """One line on stderr: rewritten in place on a terminal, printed every tenth of the way otherwise."""

    def __init__(self, stream, total, label="mục"):
        self.stream, self.total, self.label = stream, total, label
        self.done = 0
        self.started = time.monotonic()
        self.is_tty = stream.isatty()
        self.step = max(1, total // 10)

    def advance(self):
        self.done += 1
        if self.is_tty:
            self.stream.write(f"\r{self._line()}", style_func=_plain, ending="")
            self.stream.flush()
        elif self.done % self.step == 0 or self.done == self.total:
            self.stream.write(self._line(), style_func=_plain)

    def finish(self):
        if self.is_tty and self.total:
            self.stream.write("", style_func=_plain)

    def _line(self):
        share = self.done / self.total if self.total else 1
        bar = "#" * int(share * 30)
        seconds = int(time.monotonic() - self.started)
        return f"[{bar:<30}] {self.done}/{self.total} {self.label} ({share:.0%}, {seconds} giây)"


def _plain(text):
    """Progress is no error: not in the red that a command's stderr gets on a terminal."""
    return text
