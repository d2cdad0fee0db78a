"""What a person has typed in an article's form, kept on the server until they save the article."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from .articles import Article


class ArticleAutosave(models.Model):
    """One per person and article, and one per person for an article not saved yet (article empty)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name="người viết"
    )
    article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="autosaves",
        verbose_name="bài viết",
    )
    # The form's fields as typed (articles.autosave.AUTOSAVED_FIELDS), not yet checked.
    data = models.JSONField()
    saved_at = models.DateTimeField("lúc", auto_now=True)

    class Meta:
        verbose_name = "bản tự lưu"
        verbose_name_plural = "bản tự lưu"
        constraints = [
            models.UniqueConstraint(fields=["user", "article"], name="autosave_per_person_and_article"),
            models.UniqueConstraint(
                fields=["user"], condition=Q(article=None), name="autosave_per_person_new_article"
            ),
        ]

    def __str__(self):
        return f"Bản tự lưu của {self.user} lúc {self.saved_at:%H:%M %d-%m-%Y}"
