from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles import activity
from articles.db_statistics import refresh_statistics
from articles.importers.jsonl import JsonlImport, read_lines
from articles.importers.report import ImportFileError, Progress, Report
from articles.importers.store import rolled_back_if


class Command(BaseCommand):
    help = (
        "Nhập bài viết từ một tệp JSON Lines (mỗi dòng một bài, xem docs/import.md) và thư mục ảnh của nó. "
        "Chạy lại chỉ cập nhật những gì đã đổi, không tạo bản trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="tệp .jsonl, mỗi dòng một đối tượng JSON")
        parser.add_argument("--media", help="thư mục chứa các tệp ảnh mà tệp .jsonl nhắc tới")
        parser.add_argument("--dry-run", action="store_true", help="chỉ in báo cáo, không ghi gì")
        parser.add_argument(
            "--default-category",
            default="Tin tức",
            help="chuyên mục cho dòng không có category (mặc định: Tin tức)",
        )

    def handle(self, *args, file, media, dry_run, default_category, **options):
        if media and not Path(media).is_dir():
            raise CommandError(f"Không có thư mục {media}.")
        try:
            lines = read_lines(file)
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        report = Report(source="tệp JSONL", dry_run=dry_run)
        if not media:
            report.notes.append("Không có --media: không chép ảnh nào, mọi ảnh được ghi là thiếu.")
        importer = JsonlImport(
            lines, media=media, default_category=default_category, report=report, dry_run=dry_run
        )
        progress = Progress(self.stderr, len(lines), "dòng")
        with rolled_back_if(dry_run):
            importer.run(progress)
        progress.finish()
        if not dry_run:
            refresh_statistics()
            activity.record_command(
                activity.Action.IMPORTED,
                "import_articles",
                changes=activity.report_changes(report),
                note=str(file),
            )
        self.stdout.write(report.render())
