from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from articles import activity
from articles.models import ActivityEntry


class Command(BaseCommand):
    help = (
        "Xóa các mục nhật ký hoạt động cũ hơn thời hạn lưu (ACTIVITY_LOG_RETENTION_DAYS, mặc định 730 ngày); "
        "ghi lại một mục nói đã xóa đến đâu, để việc kiểm tra chuỗi băm vẫn nối được."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="giữ lại bấy nhiêu ngày gần nhất")

    def handle(self, *args, days, **options):
        days = settings.ACTIVITY_LOG_RETENTION_DAYS if days is None else days
        with transaction.atomic():
            old = ActivityEntry.objects.older_than(days)
            last = old.order_by("-id").values("id", "hash").first()
            if last is None:
                self.stdout.write(f"Không có mục nào cũ hơn {days} ngày.")
                return
            # Entries go from the start of the chain only: one added later than a kept one never goes.
            removed, _ = ActivityEntry.objects.filter(id__lte=last["id"]).delete()
            activity.record_command(
                activity.Action.LOG_PRUNED,
                "prune_activity_log",
                changes={"số mục": removed, "đến mục": last["id"], "last_removed_hash": last["hash"]},
                note=f"giữ {days} ngày",
            )
        self.stdout.write(f"Đã xóa {removed} mục cũ hơn {days} ngày (đến mục #{last['id']}).")
