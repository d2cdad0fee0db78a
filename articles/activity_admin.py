"""The activity log in the admin: what each ModelAdmin records, and the log's own read-only list and CSV."""

import csv
import json

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import StreamingHttpResponse
from django.urls import path
from django.utils import timezone

from . import activity
from .models import ActivityEntry, Article

Action = ActivityEntry.Action
# Never written to the log, not even masked: only that they changed.
SECRET_FIELDS = {"password", "password1", "password2", "usable_password"}
CHANGES_ATTRIBUTE = "_activity_changes"


def _shown(value):
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, list | tuple | models.QuerySet):
        return [_shown(item) for item in value]
    if hasattr(value, "name") and hasattr(value, "url"):  # a stored file
        return value.name
    return activity.jsonable(value)


def _initial(form, name):
    """The value before the edit as a person reads it: the related object's name, not its id."""
    value = form.initial.get(name)
    field = form.fields.get(name)
    queryset = getattr(field, "queryset", None)
    if queryset is not None and value not in (None, "", []):
        if isinstance(value, list | tuple):
            return [str(item) if isinstance(item, models.Model) else item for item in value]
        if not isinstance(value, models.Model):
            value = queryset.filter(pk=value).first() or value
    return _shown(value)


def field_changes(form, formsets=()):
    """{field: [before, after]} for each field the form changed, and what each inline added or removed."""
    changes = {}
    for name in form.changed_data:
        if name in SECRET_FIELDS:
            changes[name] = "đã đổi"
        else:
            changes[name] = [_initial(form, name), _shown(form.cleaned_data.get(name))]
    for formset in formsets or ():
        added = [str(obj) for obj in formset.new_objects]
        changed = [str(obj) for obj, _ in formset.changed_objects]
        deleted = [str(obj) for obj in formset.deleted_objects]
        if added or changed or deleted:
            changes[formset.prefix] = {"thêm": added, "sửa": changed, "xóa": deleted}
    return changes


class RecordedAdmin:
    """Each add, change and delete made through this admin leaves one entry in the activity log."""

    def construct_change_message(self, request, form, formsets, add=False):
        setattr(request, CHANGES_ATTRIBUTE, self.activity_changes(form, formsets))
        return super().construct_change_message(request, form, formsets, add)

    def activity_changes(self, form, formsets):
        return field_changes(form, formsets)

    def activity_action(self, request, obj, changes, add):
        return Action.CREATED if add else Action.CHANGED

    def _record(self, request, obj, add):
        changes = getattr(request, CHANGES_ATTRIBUTE, {})
        if hasattr(request, CHANGES_ATTRIBUTE):
            delattr(request, CHANGES_ATTRIBUTE)
        action = self.activity_action(request, obj, changes, add)
        activity.record(action, actor=request.user, request=request, obj=obj, changes=changes)

    def log_addition(self, request, obj, message):
        result = super().log_addition(request, obj, message)
        self._record(request, obj, add=True)
        return result

    def log_change(self, request, obj, message):
        result = super().log_change(request, obj, message)
        self._record(request, obj, add=False)
        return result

    def log_deletions(self, request, queryset):
        result = super().log_deletions(request, queryset)
        for obj in queryset:
            activity.record(Action.DELETED, actor=request.user, request=request, obj=obj)
        return result


def article_action(before_status, article, rescheduled=False):
    """The newsroom's name for what a save did to an article's state."""
    Status = Article.Status
    after = article.status
    if article.is_scheduled and (before_status != after or rescheduled):
        return Action.SCHEDULED
    if before_status == after:
        return Action.CHANGED
    if after == Status.REVIEW:
        return Action.SENT_FOR_REVIEW
    if after == Status.PUBLISHED:
        return Action.PUBLISHED
    if before_status == Status.PUBLISHED:
        return Action.UNPUBLISHED
    if before_status == Status.REVIEW:
        return Action.SENT_BACK
    return Action.CHANGED


class RecordedArticleAdmin(RecordedAdmin):
    """Articles: the workflow's own names, and the text by reference to the revision just saved."""

    def activity_changes(self, form, formsets):
        changes = super().activity_changes(form, formsets)
        revision = form.instance.revisions.order_by("-pk").values_list("pk", flat=True).first()
        if "body" in changes:
            changes["body"] = {"phiên bản": revision}
        if revision:
            changes["revision"] = revision
        return changes

    def activity_action(self, request, obj, changes, add):
        if add:
            return Action.CREATED
        before = changes["status"][0] if "status" in changes else obj.status
        return article_action(before, obj, rescheduled="published_at" in changes)


def record_article_change(request, article, before, *, note, revision):
    """The newsroom's actions outside the change form: bulk actions (`before` is the (status, category) the
    action found) and restoring a revision (`before` is None)."""
    if before is None:
        action, changes = Action.RESTORED, {}
    else:
        status, category = before
        action, changes = article_action(status, article), {}
        if status != article.status:
            changes["status"] = [status, article.status]
        if category != article.category:
            changes["category"] = [str(category), str(article.category)]
    changes["revision"] = revision.pk
    activity.record(action, actor=request.user, request=request, obj=article, changes=changes, note=note)


CSV_COLUMNS = [
    ("id", "Số"),
    ("created_at", "Thời điểm"),
    ("actor_name", "Người thực hiện"),
    ("action", "Hành động"),
    ("object_type", "Loại đối tượng"),
    ("object_id", "Mã đối tượng"),
    ("object_repr", "Đối tượng"),
    ("ip_address", "Địa chỉ IP"),
    ("via", "Từ"),
    ("changes", "Thay đổi"),
    ("note", "Ghi chú"),
    ("hash", "Mã băm"),
]


class _Echo:
    def write(self, value):
        return value


@admin.register(ActivityEntry)
class ActivityEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor_name", "action", "object_repr", "object_type", "ip_address", "via"]
    list_filter = ["action", "object_type", ("actor", admin.RelatedOnlyFieldListFilter), "created_at"]
    search_fields = ["object_repr", "actor_name", "=object_id", "=ip_address"]
    date_hierarchy = "created_at"
    show_full_result_count = False
    list_per_page = 100
    readonly_fields = [f.name for f in ActivityEntry._meta.fields]
    fields = readonly_fields

    # Nobody changes or deletes an entry through the site; old ones go by `manage.py prune_activity_log`.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path("csv/", self.admin_site.admin_view(self.csv_view), name="articles_activityentry_csv"),
            *super().get_urls(),
        ]

    def csv_view(self, request):
        """The list as filtered on screen (same filters, same search), every row of it, as CSV."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        entries = self.get_changelist_instance(request).get_queryset(request).order_by("id")
        writer = csv.writer(_Echo())

        def rows():
            yield "\ufeff"  # Excel opens UTF-8 with Vietnamese letters only after a byte-order mark
            yield writer.writerow([label for _, label in CSV_COLUMNS])
            for entry in entries.iterator(chunk_size=2000):
                yield writer.writerow([_csv_value(entry, name) for name, _ in CSV_COLUMNS])

        response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="nhat-ky-hoat-dong-{stamp}.csv"'
        return response


def _csv_value(entry, name):
    if name == "created_at":
        return timezone.localtime(entry.created_at).strftime("%d-%m-%Y %H:%M:%S")
    if name == "action":
        return entry.get_action_display()
    if name == "changes":
        value = json.dumps(entry.changes, ensure_ascii=False, sort_keys=True) if entry.changes else ""
    else:
        value = getattr(entry, name)
    value = "" if value is None else str(value)
    # A title typed as "=HYPERLINK(…)" must stay text when the file is opened in a spreadsheet.
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
