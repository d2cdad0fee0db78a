from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Bản tin"

    def ready(self):
        # Logins, failed logins and logouts reach the activity log and the sessions list through Django's
        # auth signals, the framework's one hook for every login.
        from . import activity, staff_sessions  # noqa: F401
