"""What several models share: import keys, slugs from Vietnamese titles, news of a change for the cache."""

from django.db import models

from ..changes import content_changed
from ..text import unique_slug, vietnamese_slugify


class ImportKeyQuerySet(models.QuerySet):
    def imported_as(self, key):
        """What an import brought under `key`. "Not blank" repeats the unique index's condition: without it,
        SQLite does not use that partial index and reads the whole table."""
        return self.filter(import_key=key).exclude(import_key="")


def fill_slug(instance, text):
    """Give a record without a slug a unique one made from its Vietnamese title or name."""
    if instance.slug:
        return
    model = type(instance)
    instance.slug = unique_slug(
        vietnamese_slugify(text),
        taken=lambda slug: model._default_manager.filter(slug=slug).exclude(pk=instance.pk).exists(),
        max_length=model._meta.get_field("slug").max_length,
    )


class ShownToReaders(models.Model):
    """A record readers see: saving or deleting it makes every cached page stale (articles.changes)."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        content_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        content_changed()
        return result
