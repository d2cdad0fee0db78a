"""News that something readers see has changed, for whatever keeps copies of pages (articles.pagecache).

It imports no model and no cache: the models call content_changed() from their save() and delete(), and the
page cache listens (articles.apps), so the data at the bottom never imports the page cache above it.
"""

from django.db import transaction

_listeners = []


def listen(listener):
    """Call `listener(only_articles=…)` after each committed change."""
    if listener not in _listeners:
        _listeners.append(listener)


def content_changed(*, only_articles=False):
    """Make every cached page stale as soon as the current transaction commits (at once outside one).

    `only_articles`: only articles' own rows changed (Article.save() and delete(), a photo row's, which
    moves its article's updated_at), or a row no article shows yet (a new photo); nothing shown beside them
    (photos, documents, topics, categories, settings): the parts of other articles' pages that depend on
    those alone stay good (articles.pagecache.kept).

    The save() and delete() of every model readers see call this (articles.models.base.ShownToReaders).
    Whatever changes them without those methods must call it too: QuerySet.update(), bulk_create(), a
    queryset's delete() (the admin's bulk delete), raw SQL, a data import.
    """
    # After the commit, not before: a reader rendering in between would cache the old content as new.
    transaction.on_commit(lambda: _tell_listeners(only_articles))


def _tell_listeners(only_articles):
    for listener in _listeners:
        listener(only_articles=only_articles)
