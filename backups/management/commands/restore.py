from django.core.management.base import BaseCommand, CommandError

from articles import activity
from articles.db_statistics import refresh_statistics
from backups.archive import BackupError, restore_backup


class Command(BaseCommand):
    help = "Khôi phục một bản sao lưu (cơ sở dữ liệu và ảnh) vào trang trống."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Tệp bantin-….tar.gz do lệnh backup tạo.")
        parser.add_argument(
            "--force", action="store_true", help="Ghi đè cả khi cơ sở dữ liệu đích đã có bài viết."
        )

    def handle(self, *args, archive, force, **options):
        try:
            manifest = restore_backup(archive, force=force)
        except (BackupError, FileNotFoundError) as error:
            raise CommandError(str(error)) from None
        # pg_restore writes no planner statistics: without them the first readers' pages are planned blind.
        refresh_statistics()
        counts = manifest["counts"]
        # Into the restored database's own log, after the entries the backup brought back.
        activity.record_command(activity.Action.BACKUP_RESTORED, "restore", changes=counts, note=str(archive))
        self.stdout.write(
            f"Đã khôi phục bản sao lưu ngày {manifest['created_at'][:10]}: {counts['articles']} bài viết, "
            f"{counts['photos']} ảnh có chú thích. Chạy tiếp: python manage.py migrate"
        )
