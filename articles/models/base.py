"""What several models share: import keys, slugs from Vietnamese titles, text without control characters,
news of a change for the cache."""

import functools

from django.conf import settings
from django.db import models
from django.urls import get_script_prefix, get_urlconf, reverse

from ..changes import content_changed
from ..text import strip_control_characters, unique_slug, vietnamese_slugify


class ImportKeyQuerySet(models.QuerySet):
    def imported_as(self, key):
        """What an import brought under `key`. "Not blank" repeats the unique index's condition: without it,
        SQLite does not use that partial index and reads the whole table."""
        return self.filter(import_key=key).exclude(import_key="")


# Matches both the slug and the int converters; no slug or number of ours has it inside.
_URL_PLACEHOLDER = "9876543210"


@functools.lru_cache(maxsize=64)
def _url_around(name, urlconf, prefix, root_urlconf):
    return reverse(name, args=[_URL_PLACEHOLDER], urlconf=urlconf).split(_URL_PLACEHOLDER)


def url_of(name, value):
    """reverse(name, args=[value]) for a URL with one slug or number: resolved once per name, then filled in
    (a list page links each article two or three times; the resolver took a tenth of its time)."""
    before, after = _url_around(name, get_urlconf(), get_script_prefix(), settings.ROOT_URLCONF)
    return f"{before}{value}{after}"


def fill_slug(instance, text, taken=None):
    """Give a record without a slug a unique one made from its Vietnamese title or name; `taken(slug)` says
    whether a slug is taken, by default when another record of the model has it."""
    if instance.slug:
        return
    model = type(instance)

    def another_has(slug):
        return model._default_manager.filter(slug=slug).exclude(pk=instance.pk).exists()

    instance.slug = unique_slug(
        vietnamese_slugify(text),
        taken=taken or another_has,
        max_length=model._meta.get_field("slug").max_length,
    )


def strip_control_characters_from_text(instance):
    """What Word or a PDF pasted into a record's text fields, out before it is stored (articles.text)."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField):
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                multiline = isinstance(field, models.TextField)
                setattr(instance, field.attname, strip_control_characters(value, multiline=multiline))


class ShownToReaders(models.Model):
    """A record readers see: saving or deleting it makes every cached page stale (articles.changes)."""

    # True for Article: what it changes is its own row, which its pages' kept parts are keyed by.
    changes_only_articles = False
    # True for Photo: a new one is in no article yet (its file has a name of its own, random), so the kept
    # parts of articles' pages stay good; an article showing it is saved after it (its own row changes).
    new_rows_in_no_article = False

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        strip_control_characters_from_text(self)
        adding = self._state.adding
        super().save(*args, **kwargs)
        content_changed(only_articles=self.changes_only_articles or (adding and self.new_rows_in_no_article))

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        content_changed(only_articles=self.changes_only_articles)
        return result

    def clean_fields(self, exclude=None):
        # Before a form checks the text: a title of nothing but pasted controls is an empty one.
        strip_control_characters_from_text(self)
        super().clean_fields(exclude)
