import time

from django.conf import settings
from django.core.management.base import BaseCommand

from articles.pagecache import count_logged_views


class Command(BaseCommand):
    help = (
        "Đếm lượt xem bài viết từ nhật ký nginx (VIEW_COUNT_SOURCE=nginx-log, tệp VIEW_LOG_PATH): "
        "mỗi dòng mới được đếm đúng một lần, kể cả khi nhật ký được xoay vòng. "
        "Với --every, lệnh chạy mãi, mỗi N giây một lần."
    )

    def add_arguments(self, parser):
        parser.add_argument("--log", help="Tệp nhật ký lượt xem của nginx (mặc định: VIEW_LOG_PATH).")
        parser.add_argument(
            "--every", type=float, metavar="GIÂY", help="Chạy lặp lại, mỗi GIÂY giây (dịch vụ bantin-views)."
        )

    def handle(self, *args, **options):
        log = options["log"] or settings.VIEW_LOG_PATH
        if not options["every"]:
            self.stdout.write(f"Đã đếm {count_logged_views(log)} lượt xem từ {log}.")
            return
        while True:  # a loop, not a timer: one Django start instead of one every few seconds
            started = time.monotonic()
            count_logged_views(log)
            time.sleep(max(0.0, options["every"] - (time.monotonic() - started)))
