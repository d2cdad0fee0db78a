from django.conf import settings
from django.core.management.base import BaseCommand

from articles.pagecache import flush_views


class Command(BaseCommand):
    help = (
        "Ghi các lượt xem đang chờ trong Redis vào cơ sở dữ liệu. Trang web tự ghi sau mỗi "
        "VIEW_COUNT_FLUSH_VIEWS lượt hoặc VIEW_COUNT_FLUSH_SECONDS giây; lệnh này dùng khi cần ghi ngay."
    )

    def handle(self, *args, **options):
        if not settings.REDIS_URL:
            self.stdout.write("Không dùng Redis: mỗi lượt xem đã được ghi thẳng vào cơ sở dữ liệu.")
            return
        self.stdout.write(f"Đã ghi {flush_views()} lượt xem vào cơ sở dữ liệu.")
