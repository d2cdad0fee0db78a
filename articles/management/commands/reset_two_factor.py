from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from articles import activity, staff_sessions
from articles.twofactor import rules


class Command(BaseCommand):
    help = (
        "Đặt lại xác thực hai bước của một tài khoản (khi mất điện thoại và mọi mã dự phòng, hoặc không còn "
        "quản trị trang nào đăng nhập được): xóa ứng dụng xác thực và mã dự phòng, kết thúc mọi phiên; lần "
        "đăng nhập tới người đó thiết lập lại. Được ghi vào nhật ký hoạt động."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="tên đăng nhập")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Không có tài khoản {username!r}.")
        removed = rules.remove(user)
        ended = staff_sessions.end_sessions(user)
        activity.record_command(
            activity.Action.SECOND_FACTOR_RESET,
            "reset_two_factor",
            changes={"tài khoản": username, "phiên kết thúc": ended},
        )
        if removed:
            self.stdout.write(
                f"Đã đặt lại xác thực hai bước của {username}: lần đăng nhập tới sẽ quét mã QR mới."
            )
        else:
            self.stdout.write(f"{username} chưa bật xác thực hai bước: không có gì để đặt lại.")
