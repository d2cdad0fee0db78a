from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Bản tin"

    def ready(self):
        # Imported here, for every process (management commands too): the page cache listens to the changes
        # the models report (articles.changes); the models never import it.
        from . import pagecache  # noqa: F401
