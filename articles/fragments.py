"""Parts of readers' pages (a picture, a card, a list of links) rendered once per process for what they show.

A part is kept under a key made of every value its template reads, so the same key always renders the same
bytes: nothing needs to be told of a change, no server can serve another's stale copy, and a change to one
article renders again only the parts that show it. The few values that change without an edit (an article's
view count) are not in the key: the part holds a marker, and each page writes the current value in.

Kept in each process's memory (no round trip), the least recently used parts leaving first beyond
FRAGMENT_MEMORY_BYTES.
"""

import threading
from collections import OrderedDict

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

# Where a card's view count goes: written in for every page, never kept.
VIEWS_MARKER = "<!--luot-xem-the-->"


class _Parts:
    def __init__(self):
        self._parts = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            part = self._parts.get(key)
            if part is not None:
                self._parts.move_to_end(key)
            return part

    def put(self, key, part):
        limit = settings.FRAGMENT_MEMORY_BYTES
        with self._lock:
            if key in self._parts or len(part) > limit:
                return
            self._parts[key] = part
            self._size += len(part)
            while self._size > limit:
                _, oldest = self._parts.popitem(last=False)
                self._size -= len(oldest)

    def clear(self):
        with self._lock:
            self._parts.clear()
            self._size = 0


_parts = _Parts()


def rendered(template_name, key, context):
    """`template_name` rendered with `context`: once per process for each `key`, which must hold every value
    the template reads from the context (and the template's name is added to it)."""
    key = (template_name, *key)
    part = _parts.get(key)
    if part is None:
        part = render_to_string(template_name, context)
        _parts.put(key, part)
    return mark_safe(part)  # rendered by the template, which escapes


def forget_all():
    """Drop every part this process kept (bench/pages.py measures pages cold)."""
    _parts.clear()


@receiver(setting_changed)
def _forget_all(**kwargs):
    # A test changed what parts may read (MEDIA_URL, the storage, the templates): none of the kept ones holds.
    forget_all()
