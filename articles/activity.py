"""Recording the activity log: one insert per action, chained by hash, never failing the action itself."""

import getpass
import logging

from django.conf import settings
from django.contrib.auth import get_user_model, signals
from django.db import connection, transaction
from django.utils.module_loading import import_string

from .models import ActivityEntry

logger = logging.getLogger(__name__)
Action = ActivityEntry.Action
# Any number: PostgreSQL's advisory lock that lets one writer at a time read the chain's head and add to it.
CHAIN_LOCK = 720_260_013


def record(action, *, actor=None, request=None, obj=None, changes=None, note="", via="web", actor_name=None):
    """Adds one entry; a failure is logged and swallowed, so the action recorded goes on regardless."""
    try:
        entry = ActivityEntry(
            action=action,
            actor=actor if actor is not None and actor.pk else None,
            actor_name=actor_name if actor_name is not None else (actor.get_username() if actor else ""),
            object_type=obj._meta.label_lower if obj is not None else "",
            object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
            object_repr=str(obj)[:300] if obj is not None else "",
            ip_address=client_ip(request),
            via=via,
            changes=jsonable(changes or {}),
            note=str(note)[:300],
        )
        # A savepoint: if the insert fails, the surrounding transaction (the action's own) goes on.
        with transaction.atomic():
            _lock_chain()
            head = ActivityEntry.objects.order_by("-id").values_list("hash", flat=True).first()
            entry.previous_hash = head or ""
            entry.hash = entry.compute_hash()
            entry.save(force_insert=True)
        return entry
    except Exception:  # whatever goes wrong here, the action itself must not fail
        logger.exception("activity log: could not record %s", action)
        return None


def _lock_chain():
    # SQLite runs one writer at a time already (transactions begin IMMEDIATE); PostgreSQL needs telling.
    # The lock lasts until the outer transaction ends, so two entries never share a previous hash.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK])


def client_ip(request):
    if request is None:
        return None
    address = import_string(settings.AXES_CLIENT_IP_CALLABLE)(request)
    return address or None


def jsonable(value):
    """What JSON keeps unchanged, so the hash computed now is the hash computed from the stored row."""
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(item) for item in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)


def first_broken_link():
    """(entry id, reason) of the first entry whose hash or link does not hold, or None if the chain holds.

    The first entry kept may point to one removed by `prune_activity_log`; the pruning's own entry says which.
    """
    pruned_heads = {
        entry.changes.get("last_removed_hash")
        for entry in ActivityEntry.objects.filter(action=Action.LOG_PRUNED).only("changes")
    }
    previous = None
    for entry in ActivityEntry.objects.order_by("id").iterator(chunk_size=2000):
        if previous is None:
            if entry.previous_hash and entry.previous_hash not in pruned_heads:
                return entry.pk, "mục đầu tiên trỏ tới một mục không còn (đã bị xóa?)"
        elif entry.previous_hash != previous.hash:
            return entry.pk, f"không nối với mục trước (#{previous.pk}): có mục bị xóa hoặc sửa"
        if entry.compute_hash() != entry.hash:
            return entry.pk, "nội dung không khớp mã băm: mục đã bị sửa"
        previous = entry
    return None


# Logins are the framework's own hook (django.contrib.auth signals): they fire wherever a login happens.
def _logged_in(sender, request, user, **kwargs):
    record(Action.LOGIN, actor=user, request=request, note=getattr(request, "second_factor_note", ""))


def _login_failed(sender, credentials, request=None, **kwargs):
    username = str(credentials.get("username", ""))[:150]
    # The account tried, when there is one, so that filtering the log by person shows the attempts on it.
    account = get_user_model()._default_manager.filter(username=username).first() if username else None
    action = Action.SECOND_FACTOR_FAILED if credentials.get("second_factor") else Action.LOGIN_FAILED
    record(action, actor=account, actor_name=username, request=request)


def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        record(Action.LOGOUT, actor=user, request=request)


signals.user_logged_in.connect(_logged_in, dispatch_uid="activity_login")
signals.user_login_failed.connect(_login_failed, dispatch_uid="activity_login_failed")
signals.user_logged_out.connect(_logged_out, dispatch_uid="activity_logout")


def record_command(action, command, *, changes=None, note=""):
    """An action run from the command line: no web address, the operating-system account as the actor."""
    try:
        operator = getpass.getuser()
    except Exception:  # no name for this uid (a container)
        operator = ""
    return record(action, actor_name=operator, via=command, changes=changes, note=note)


def report_changes(report):
    """What an import's report says it did, for the log."""
    return {
        "bài": dict(report.articles),
        "trang": dict(report.pages),
        "bỏ qua": len(report.skipped),
        "ảnh chép": report.media_copied,
        "ảnh thiếu": len(report.media_missing),
        "chạy thử": report.dry_run,
    }
