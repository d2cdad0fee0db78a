"""The article list an editor works in: the state as a word and a colour, compact dates, a thumbnail, and the
filters that matter (state, mine, author, a date range), which the dashboard's blocks link to."""

import datetime

from django.contrib import admin
from django.contrib.auth.models import User
from django.db.models import Q
from django.utils import timezone
from django.utils.html import format_html

from . import search
from .models import Article

DRAFT, REVIEW, PUBLISHED = Article.Status.DRAFT, Article.Status.REVIEW, Article.Status.PUBLISHED
# The list's state filter: (value in the address, label, condition at `now`).
STATES = {
    "nhap": ("Nháp", lambda now: Q(status=DRAFT, review_comment="")),
    "tra-lai": ("Bị trả lại", lambda now: Q(status=DRAFT) & ~Q(review_comment="")),
    "cho-duyet": ("Chờ duyệt", lambda now: Q(status=REVIEW)),
    "hen-gio": ("Hẹn giờ", lambda now: Q(status=PUBLISHED, published_at__gt=now)),
    "da-dang": ("Đã đăng", lambda now: Q(status=PUBLISHED, published_at__lte=now)),
}
ROLES = ["Phóng viên", "Biên tập viên", "Quản trị trang"]


def compact(moment):
    """'14-01-2021 08:00' in Vietnam time."""
    return f"{timezone.localtime(moment):%d-%m-%Y %H:%M}" if moment else ""


def state_of(article, now):
    """(css name, words) of an article's state: ('scheduled', 'Hẹn giờ 08:00 14-01')."""
    if article.status == PUBLISHED and article.published_at > now:
        return "scheduled", f"Hẹn giờ {timezone.localtime(article.published_at):%H:%M %d-%m}"
    if article.status == PUBLISHED:
        return "published", "Đã đăng"
    if article.status == REVIEW:
        return "review", "Chờ duyệt"
    if article.review_comment:
        return "returned", "Bị trả lại"
    return "draft", "Nháp"


def state_badge(article, now=None):
    css, words = state_of(article, now or timezone.now())
    return format_html('<span class="desk-state desk-state--{}">{}</span>', css, words)


class StateFilter(admin.SimpleListFilter):
    title = "trạng thái"
    parameter_name = "trang-thai"

    def lookups(self, request, model_admin):
        return [(value, label) for value, (label, _) in STATES.items()]

    def queryset(self, request, queryset):
        if self.value() in STATES:
            return queryset.filter(STATES[self.value()][1](timezone.now()))
        return queryset


class MineFilter(admin.SimpleListFilter):
    title = "của tôi"
    parameter_name = "cua-toi"

    def lookups(self, request, model_admin):
        return [("viet", "Tôi viết"), ("sua", "Tôi sửa cuối")]

    def queryset(self, request, queryset):
        if self.value() == "viet":
            return queryset.filter(author=request.user)
        if self.value() == "sua":
            return queryset.filter(last_edited_by=request.user)
        return queryset


class AuthorFilter(admin.SimpleListFilter):
    """The newsroom's people, not every account: one small query, whatever the archive's size."""

    title = "người viết"
    parameter_name = "nguoi-viet"

    def lookups(self, request, model_admin):
        if not request.user.has_perm("articles.edit_others_article"):
            return []
        people = User.objects.filter(groups__name__in=ROLES).distinct().order_by("first_name", "username")
        return [(str(user.pk), user.get_full_name() or user.username) for user in people]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(author_id=int(self.value()))
        return queryset


class DateRangeFilter(admin.SimpleListFilter):
    """Published between two dates, typed as the newsroom writes them (14-01-2021) or picked in a calendar."""

    title = "ngày đăng"
    parameter_name = "tu"
    until_name = "den"
    template = "admin/articles/article/date_range_filter.html"

    def __init__(self, request, params, model, model_admin):
        # Submitting the dates keeps the other filters, the search and the order (not the page number).
        self.kept = [
            (k, v) for k, values in request.GET.lists() if k not in {"tu", "den", "p"} for v in values
        ]
        self.until = params.get(self.until_name)
        self.until = self.until[-1] if isinstance(self.until, list) else self.until
        super().__init__(request, params, model, model_admin)
        params.pop(self.until_name, None)
        if self.until is not None:
            self.used_parameters[self.until_name] = self.until

    def has_output(self):
        return True

    def expected_parameters(self):
        return [self.parameter_name, self.until_name]

    def lookups(self, request, model_admin):
        return []

    def choices(self, changelist):
        yield {
            "since": _date(self.value()),
            "until": _date(self.until),
            "reset_url": changelist.get_query_string(remove=[self.parameter_name, self.until_name]),
            "kept": self.kept,
        }

    def queryset(self, request, queryset):
        since, until = _date(self.value()), _date(self.until)
        if since:
            queryset = queryset.filter(published_at__gte=_start_of(since))
        if until:
            queryset = queryset.filter(published_at__lt=_start_of(until + datetime.timedelta(days=1)))
        return queryset


def _date(value):
    """'2021-01-14' or '14-01-2021' or '14/01/2021' -> date; anything else -> None (the filter is ignored)."""
    if not value:
        return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    return None


def _start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


class ArticleListColumns:
    """ArticleAdmin's list: what each column shows, the accent-insensitive search, and its stylesheet."""

    list_display = ["headline", "thumbnail", "state", "category", "people", "date", "view_count"]
    list_filter = [StateFilter, MineFilter, "category", AuthorFilter, DateRangeFilter]
    list_select_related = ["category", "cover", "author", "last_edited_by"]
    search_help_text = "Tìm theo tiêu đề và sapo, có dấu hay không dấu đều được."

    class Media:
        css = {"all": ["css/desk.css"]}
        js = ["js/admin-accessible-names.js"]

    @admin.display(description="tiêu đề", ordering="title")
    def headline(self, article):
        return article.title

    @admin.display(description="ảnh")
    def thumbnail(self, article):
        if not article.cover or not article.cover.renditions:
            return ""
        return format_html(
            '<img src="{}" alt="" width="64" height="40" loading="lazy">', article.cover.fallback_url
        )

    @admin.display(description="trạng thái", ordering="status")
    def state(self, article):
        return state_badge(article)

    @admin.display(description="người viết / sửa cuối")
    def people(self, article):
        writer = _name(article.author)
        editor = _name(article.last_edited_by)
        if not editor or editor == writer:
            return writer or "—"
        return format_html('{}<span class="desk-byline">sửa: {}</span>', writer or "—", editor)

    @admin.display(description="ngày đăng", ordering="published_at")
    def date(self, article):
        return compact(article.published_at)

    def get_search_results(self, request, queryset, search_term):
        words = search.query_words(search.clean_query(search_term))
        if not words:
            return queryset, False
        return search.having_every_word(queryset, words), False


def _name(user):
    return (user.get_full_name() or user.username) if user else ""
