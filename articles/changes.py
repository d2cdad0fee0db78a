"""News that something readers see has changed, for whatever keeps copies of pages (articles.pagecache).

It imports no model and no cache: the models call content_changed() from their save() and delete(), and the
page cache listens (articles.apps), so the data at the bottom never imports the page cache above it.
"""

from django.db import transaction

_listeners = []


def listen(listener):
    """Call `listener()` after each committed change."""
    if listener not in _listeners:
        _listeners.append(listener)


def content_changed():
    """Make every cached page stale as soon as the current transaction commits (at once outside one).

    The save() and delete() of every model readers see call this (articles.models.base.ShownToReaders).
    Whatever changes them without those methods must call it too: QuerySet.update(), bulk_create(), a
    queryset's delete() (the admin's bulk delete), raw SQL, a data import.
    """
    # After the commit, not before: a reader rendering in between would cache the old content as new.
    transaction.on_commit(_tell_listeners)


def _tell_listeners():
    for listener in _listeners:
        listener()
