from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles import activity
from articles.pagecache import flush_views
from backups.archive import BackupError, create_backup


class Command(BaseCommand):
    help = "Sao lưu cơ sở dữ liệu và ảnh tải lên vào một tệp bantin-<thời điểm>.tar.gz."

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=settings.BACKUP_DIR, help="Thư mục chứa bản sao lưu.")

    def handle(self, *args, output_dir, **options):
        if settings.REDIS_URL:
            # The views waiting in Redis belong in the archive too.
            try:
                self.stdout.write(f"Đã ghi {flush_views()} lượt xem đang chờ trong Redis vào cơ sở dữ liệu.")
            except Exception as error:
                self.stderr.write(
                    f"Không ghi được các lượt xem đang chờ trong Redis ({type(error).__name__}): bản sao lưu "
                    "không có chúng; chúng vẫn chờ trong Redis và sẽ được ghi sau."
                )
        try:
            archive, manifest = create_backup(output_dir)
        except BackupError as error:
            raise CommandError(str(error)) from None
        counts = manifest["counts"]
        activity.record_command(activity.Action.BACKED_UP, "backup", changes=counts, note=str(archive))
        self.stdout.write(
            f"Đã sao lưu vào {archive}: {counts['articles']} bài viết, {counts['photos']} ảnh có chú thích, "
            f"{counts['media_files'] if counts['media_files'] is not None else 'không'} tệp ảnh."
        )
