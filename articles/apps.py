from axes.apps import AppConfig as AxesAppConfig
from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    # This module holds a second AppConfig (axes'): say which one "articles" means.
    default = True
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Bản tin"

    def ready(self):
        # Imported here, for every process (management commands too). The page cache listens to the changes
        # the models report (articles.changes); the models never import it. Logins, failed logins and
        # logouts reach the activity log and the sessions list through Django's auth signals, the
        # framework's one hook for every login.
        from . import activity, pagecache, staff_sessions  # noqa: F401


class LoginAttemptsConfig(AxesAppConfig):
    """django-axes under a Vietnamese name in the admin's menu (it has none of its own)."""

    verbose_name = "Đăng nhập"

    def ready(self):
        super().ready()
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        # axes names its records in English ("Attempted Access: …") in every admin title and breadcrumb.
        AccessAttempt.__str__ = lambda a: f"{a.username} – {_local(a.attempt_time)} từ {a.ip_address}"
        AccessLog.__str__ = lambda a: f"{a.username} đăng nhập lúc {_local(a.attempt_time)}"
        AccessFailureLog.__str__ = lambda a: f"{a.username} đăng nhập sai lúc {_local(a.attempt_time)}"


def _local(moment):
    from django.utils import timezone

    return f"{timezone.localtime(moment):%H:%M %d-%m-%Y}"
