from django.core.management.base import BaseCommand, CommandError

from articles import activity
from articles.models import ActivityEntry


class Command(BaseCommand):
    help = "Kiểm tra chuỗi băm của nhật ký hoạt động; báo mục hỏng đầu tiên (mục bị sửa hoặc bị xóa)."

    def handle(self, *args, **options):
        broken = activity.first_broken_link()
        if broken is not None:
            entry_id, reason = broken
            raise CommandError(f"Chuỗi băm bị đứt tại mục #{entry_id}: {reason}.")
        self.stdout.write(f"Chuỗi băm nguyên vẹn: {ActivityEntry.objects.count()} mục.")
