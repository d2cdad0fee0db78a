"""The admin's home, "Bàn làm việc": per role, what waits for this person, each block linking to the list.

A fixed number of queries whatever the archive's size: two aggregates for every count, one short query per
list, each an index range (drafts and articles waiting are few; "this week" is a range of published_at).
"""

import datetime
import logging
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone

from .admin_list import STATES, compact, state_of
from .models import Article, ClosingDay
from .pagecache import views_waiting

logger = logging.getLogger(__name__)
LIST_LENGTH = 5
DRAFT, REVIEW, PUBLISHED = Article.Status.DRAFT, Article.Status.REVIEW, Article.Status.PUBLISHED


@dataclass
class Row:
    title: str
    url: str
    note: str = ""
    css: str = ""
    state: str = ""


@dataclass
class Block:
    title: str
    count: int | None = None
    url: str = ""
    rows: list[Row] = field(default_factory=list)
    empty: str = "Không có bài nào."


@dataclass
class Desk:
    blocks: list[Block]
    can_write: bool
    health: list[tuple[str, bool, str]] = field(default_factory=list)


def articles_url(**filters):
    query = "&".join(f"{name}={value}" for name, value in filters.items())
    return reverse("admin:articles_article_changelist") + (f"?{query}" if query else "")


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def person(user):
    return (user.get_full_name() or user.username) if user else "không rõ"


def desk_for(user, now=None):
    now = now or timezone.now()
    today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    week = today - datetime.timedelta(days=today.weekday())
    is_editor = user.has_perm("articles.edit_others_article")
    counts = _counts(user, now, today, week)
    blocks = _editor_blocks(user, now, today, counts) if is_editor else _writer_blocks(user, now, counts)
    if is_editor:
        blocks.insert(
            3,
            Block(
                "Đã đăng hôm nay / tuần này",
                counts["published_today"],
                articles_url(**{"trang-thai": "da-dang", "tu": f"{today:%Y-%m-%d}"}),
                [
                    Row(
                        f"{counts['published_week']} bài từ thứ Hai",
                        articles_url(**{"trang-thai": "da-dang", "tu": f"{week:%Y-%m-%d}"}),
                    )
                ],
            ),
        )
    desk = Desk(blocks=blocks, can_write=user.has_perm("articles.add_article"))
    if user.has_perm("articles.change_sitesettings"):
        desk.blocks += _site_admin_blocks(now)
        desk.health = site_health()
    return desk


def _counts(user, now, today, week):
    """Every number on the desk in two queries, each an index range: the drafts and articles waiting (few,
    by status), and what was published or scheduled since Monday (by date)."""
    mine = Q(author=user)
    published = Q(status=PUBLISHED, published_at__lte=now)
    in_progress = Article.objects.filter(status__in=[DRAFT, REVIEW]).aggregate(
        my_drafts=Count("pk", filter=mine & Q(status=DRAFT, review_comment="")),
        my_returned=Count("pk", filter=mine & Q(status=DRAFT) & ~Q(review_comment="")),
        my_waiting=Count("pk", filter=mine & Q(status=REVIEW)),
        waiting=Count("pk", filter=Q(status=REVIEW)),
    )
    this_week = Article.objects.filter(status=PUBLISHED, published_at__gte=week).aggregate(
        scheduled=Count("pk", filter=Q(published_at__gt=now)),
        published_today=Count("pk", filter=published & Q(published_at__gte=today)),
        published_week=Count("pk", filter=published),
    )
    return in_progress | this_week


def _listing():
    return Article.objects.select_related("author", "last_edited_by").defer(
        "body", "search_title", "search_text"
    )


def _writer_blocks(user, now, counts):
    mine = _listing().filter(author=user)
    drafts = mine.filter(STATES["nhap"][1](now)).order_by("-updated_at")[:LIST_LENGTH]
    returned = mine.filter(STATES["tra-lai"][1](now)).order_by("-updated_at")[:LIST_LENGTH]
    waiting = mine.filter(status=REVIEW).order_by("updated_at")[:LIST_LENGTH]
    return [
        Block(
            "Bài bị trả lại",
            counts["my_returned"],
            articles_url(**{"trang-thai": "tra-lai", "cua-toi": "viet"}),
            [
                Row(a.title, change_url(a), f"Ý kiến biên tập: {a.review_comment}", "returned")
                for a in returned
            ],
            "Không có bài nào bị trả lại.",
        ),
        Block(
            "Bản nháp của tôi",
            counts["my_drafts"],
            articles_url(**{"trang-thai": "nhap", "cua-toi": "viet"}),
            [Row(a.title, change_url(a), f"sửa lúc {compact(a.updated_at)}") for a in drafts],
            "Chưa có bản nháp nào.",
        ),
        Block(
            "Đang chờ duyệt",
            counts["my_waiting"],
            articles_url(**{"trang-thai": "cho-duyet", "cua-toi": "viet"}),
            [Row(a.title, change_url(a), f"gửi lúc {compact(a.updated_at)}", "review") for a in waiting],
            "Không có bài nào đang chờ duyệt.",
        ),
    ]


def _editor_blocks(user, now, today, counts):
    waiting = _listing().filter(status=REVIEW).order_by("updated_at")[:LIST_LENGTH]
    scheduled = (
        _listing().filter(status=PUBLISHED, published_at__gt=now).order_by("published_at")[:LIST_LENGTH]
    )
    read_today = _most_read(now, today)
    read_week = _most_read(now, now - datetime.timedelta(days=7))
    others = (
        _listing()
        # The condition of the partial index article_edited_idx: imported rows nobody edited are not walked.
        .filter(last_edited_by__isnull=False)
        .exclude(last_edited_by=user)
        .order_by("-updated_at")[:LIST_LENGTH]
    )
    return [
        Block(
            "Chờ duyệt",
            counts["waiting"],
            articles_url(**{"trang-thai": "cho-duyet"}),
            [
                Row(a.title, change_url(a), f"{person(a.author)} gửi lúc {compact(a.updated_at)}", "review")
                for a in waiting
            ],
            "Không có bài nào chờ duyệt.",
        ),
        Block(
            "Hẹn giờ đăng",
            counts["scheduled"],
            articles_url(**{"trang-thai": "hen-gio"}),
            [
                Row(a.title, change_url(a), f"đăng lúc {compact(a.published_at)}", "scheduled")
                for a in scheduled
            ],
            "Không có bài nào hẹn giờ.",
        ),
        Block(
            "Đọc nhiều hôm nay",
            None,
            articles_url(**{"trang-thai": "da-dang", "tu": f"{today:%Y-%m-%d}"}),
            [Row(a.title, change_url(a), f"{a.view_count} lượt xem") for a in read_today],
            "Hôm nay chưa có bài nào được đăng.",
        ),
        Block(
            "Đọc nhiều 7 ngày qua",
            None,
            articles_url(**{"trang-thai": "da-dang", "tu": f"{today - datetime.timedelta(days=7):%Y-%m-%d}"}),
            [Row(a.title, change_url(a), f"{a.view_count} lượt xem") for a in read_week],
            "Tuần qua chưa có bài nào được đăng.",
        ),
        Block(
            "Người khác vừa sửa",
            None,
            articles_url(),
            [
                Row(
                    a.title,
                    change_url(a),
                    f"{person(a.last_edited_by)}, {compact(a.updated_at)}",
                    *state_of(a, now),
                )
                for a in others
            ],
            "Chưa có bài nào.",
        ),
    ]


def _most_read(now, since):
    """The most viewed of the articles published since `since`, by the counter's written figure."""
    return (
        _listing()
        .filter(status=PUBLISHED, published_at__gte=since, published_at__lte=now)
        .order_by(F("view_count").desc(), "-published_at")[:LIST_LENGTH]
    )


def _site_admin_blocks(now):
    from axes.conf import settings as axes_settings
    from axes.models import AccessAttempt

    cooloff = axes_settings.AXES_COOLOFF_TIME
    locked = AccessAttempt.objects.filter(failures_since_start__gte=axes_settings.AXES_FAILURE_LIMIT)
    if cooloff:
        locked = locked.filter(attempt_time__gte=now - cooloff)
    locked = list(locked.order_by("-attempt_time")[:LIST_LENGTH])
    attempts_url = reverse("admin:axes_accessattempt_changelist")
    closing = list(
        ClosingDay.objects.filter(date__gte=timezone.localdate(now)).order_by("date")[:LIST_LENGTH]
    )
    return [
        Block(
            "Tài khoản bị khóa đăng nhập",
            len(locked),
            f"{attempts_url}?locked_out=yes",
            [
                Row(
                    f"{a.username} từ {a.ip_address}",
                    reverse("admin:axes_accessattempt_change", args=[a.pk]),
                    f"khóa lúc {compact(a.attempt_time)} – xóa dòng này để mở khóa",
                    "returned",
                )
                for a in locked
            ],
            "Không có tài khoản nào bị khóa.",
        ),
        Block(
            "Ngày nghỉ sắp tới",
            None,
            reverse("admin:articles_closingday_changelist"),
            [
                Row(
                    f"{day.date:%d-%m-%Y}",
                    reverse("admin:articles_closingday_change", args=[day.pk]),
                    day.reason,
                )
                for day in closing
            ],
            "Chưa có ngày nghỉ nào sắp tới.",
        ),
    ]


def site_health():
    """(what, is it well, in words): the database, the cache and the views not yet written."""
    checks = []
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks.append(("Cơ sở dữ liệu", True, "hoạt động"))
    except Exception as error:
        logger.warning("Desk: the database does not answer (%s)", type(error).__name__)
        checks.append(("Cơ sở dữ liệu", False, "không trả lời"))
    try:
        key = f"desk:{uuid.uuid4().hex}"
        cache.set(key, "1", timeout=10)
        answered = cache.get(key) == "1"
        cache.delete(key)
        checks.append(("Bộ nhớ đệm", answered, "hoạt động" if answered else "không lưu được"))
    except Exception as error:
        logger.warning("Desk: the cache does not answer (%s)", type(error).__name__)
        checks.append(("Bộ nhớ đệm", False, "không trả lời"))
    waiting = views_waiting()
    if waiting is None:
        checks.append(("Lượt xem chờ ghi", False, "không đọc được"))
    else:
        checks.append(("Lượt xem chờ ghi", True, f"{waiting} lượt" if settings.REDIS_URL else "ghi ngay"))
    return checks
