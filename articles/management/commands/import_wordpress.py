from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles import activity
from articles.db_statistics import refresh_statistics
from articles.importers.report import ImportFileError, Progress, Report
from articles.importers.store import rolled_back_if
from articles.importers.wordpress import Options, WordPressImport
from articles.importers.wxr import read_export


class Command(BaseCommand):
    help = (
        "Nhập bài viết từ tệp xuất WordPress (WXR, Công cụ → Xuất) và bản sao thư mục wp-content/uploads. "
        "Chạy lại chỉ cập nhật những gì đã đổi, không tạo bản trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="tệp .xml xuất từ WordPress")
        parser.add_argument("--uploads", help="bản sao thư mục wp-content/uploads của trang cũ")
        parser.add_argument("--dry-run", action="store_true", help="chỉ in báo cáo, không ghi gì")
        parser.add_argument(
            "--default-category",
            default="Tin tức",
            help="chuyên mục cho bài “Uncategorized” hoặc không có chuyên mục (mặc định: Tin tức)",
        )
        parser.add_argument(
            "--source-field",
            default="nguon,source,nguon_tin",
            help="các trường tùy biến (custom field) chứa tên nguồn, cách nhau bằng dấu phẩy",
        )
        parser.add_argument(
            "--source-url-field",
            default="nguon_url,source_url",
            help="các trường tùy biến chứa liên kết nguồn, cách nhau bằng dấu phẩy",
        )
        parser.add_argument(
            "--permalink",
            default=settings.WORDPRESS_PERMALINK,
            help="cấu trúc đường dẫn của trang cũ (mặc định: WORDPRESS_PERMALINK)",
        )

        parser.add_argument(
            "--tags-as-topics",
            action="store_true",
            help="nhập mỗi thẻ (tag) của WordPress thành một chuyên đề, gồm các bài mang thẻ đó",
        )
        parser.add_argument(
            "--document-issuer",
            default="Chưa xác định",
            help="cơ quan ban hành ghi cho văn bản (PDF, Word…) nhập từ tệp đính kèm",
        )

    def handle(self, *args, export, uploads, dry_run, **options):
        if uploads and not Path(uploads).is_dir():
            raise CommandError(f"Không có thư mục {uploads}.")
        report = Report(source="WordPress", dry_run=dry_run)
        try:
            importer = WordPressImport(
                read_export(export),
                Options(
                    uploads=Path(uploads) if uploads else None,
                    default_category=options["default_category"],
                    source_fields=_names(options["source_field"]),
                    source_url_fields=_names(options["source_url_field"]),
                    permalink=options["permalink"],
                    tags_as_topics=options["tags_as_topics"],
                    document_issuer=options["document_issuer"],
                ),
                report=report,
                dry_run=dry_run,
            )
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        if not uploads:
            report.notes.append("Không có --uploads: không chép ảnh nào, mọi ảnh được ghi là thiếu.")
        progress = Progress(self.stderr, len(importer.posts_and_pages), "bài và trang")
        with rolled_back_if(dry_run):
            importer.run(progress)
        progress.finish()
        if not dry_run:
            refresh_statistics()
            activity.record_command(
                activity.Action.IMPORTED,
                "import_wordpress",
                changes=activity.report_changes(report),
                note=str(export),
            )
        self.stdout.write(report.render())


def _names(value):
    return tuple(name.strip() for name in value.split(",") if name.strip())
