"""What every readers' page shows (settings, menu, sidebars, fragments), built once per content version;
and what one article's page shows beside the article itself, kept across other articles' edits."""

import threading
import time
from collections import OrderedDict

from django.core.cache import cache

from . import redis_scripts
from .decorator import page_address, seconds_to_keep_parts, shared_version
from .pages import pages


def shared(request, **builders):
    """{name: what builder() returns}, each computed once per content version for all the readers' pages.

    The menu, the site settings and the sidebars are the same on every page: a page the cache does not hold
    yet takes them from here (one round trip for all it asks) instead of querying and building them again.
    Kept under the version the page is rendered at, and no longer than the page, they are as fresh as the
    page. Staff, pages outside the page cache, and pages rendered while Redis is down build their own.
    """
    version, seconds_to_keep = shared_version()
    if version is None:
        return {name: build() for name, build in builders.items()}
    keys = {name: f"shared:{name}:{version}" for name in builders}
    found = _recent.get_many(keys.values())
    asked = [key for key in keys.values() if key not in found]
    from_cache = redis_scripts.guarded(lambda: cache.get_many(asked), dict) if asked else {}
    found.update(from_cache)
    values, missing = {}, {}
    for name, build in builders.items():
        if keys[name] in found:
            values[name] = found[keys[name]]
        else:
            values[name] = missing[keys[name]] = build()
    if missing or from_cache:
        # Never past the next scheduled publication either: the article must join "Tin mới" on time.
        seconds = seconds_to_keep()
        if seconds > 0:
            _recent.set_many({**from_cache, **missing}, seconds)
            if missing:
                redis_scripts.guarded(lambda: cache.set_many(missing, seconds), lambda: None)
    return values


class _Recent:
    """What this process took from the cache or put there, under the same keys, no longer than it would stay
    there: the keys hold the content version, so no copy is ever stale, and a page reusing them costs neither
    a round trip nor unpickling. The pages only read what they get (the sidebars copy their lists)."""

    LIMIT = 512

    def __init__(self):
        self._values = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, keys):
        now, found = time.time(), {}
        with self._lock:
            for key in keys:
                entry = self._values.get(key)
                if entry is not None and entry[0] > now:
                    found[key] = entry[1]
        return found

    def set_many(self, values, seconds):
        # The wall clock, as the next scheduled publication that bounds `seconds` is a moment on it.
        until = time.time() + seconds
        with self._lock:
            for key, value in values.items():
                self._values[key] = (until, value)
                self._values.move_to_end(key)
            while len(self._values) > self.LIMIT:
                self._values.popitem(last=False)


_recent = _Recent()


def kept(request, key, build):
    """What build() returns, kept under `key` until a change to anything but an article's own row.

    For the parts of an article's page that only its own edit (which the caller puts in `key`: its id and
    updated_at, which its photo rows move too) or a change to a photo, a document, a topic… can alter: an
    edit of another article, which makes every page stale, leaves them good. Never stale, they are kept for
    a day (KEPT_PARTS_SECONDS), not the few minutes of a page: an article opened again hours later, as the
    long tail of an archive is, costs its page, not its article's rendering. Only while the page cache is on
    (as shared()), for each scheme and host the page cache serves.
    """
    version, _ = shared_version()
    address = page_address(request)  # what is kept may hold the page's own address (its sharing links)
    if version is None or address is None:
        return build()
    store = pages()
    key = f"kept:{address}:{key}"
    parts_version, found = redis_scripts.guarded(lambda: store.kept(key), lambda: (None, None))
    if parts_version is None:  # none yet, or Redis is down
        parts_version, found = redis_scripts.guarded(store.start_parts_version, lambda: None), None
        if parts_version is None:
            return build()
    if found is not None and found[0] == parts_version:
        return found[1]
    value = build()  # after reading the version: a change meanwhile makes this copy stale, not current
    seconds = seconds_to_keep_parts()
    if seconds > 0:
        redis_scripts.guarded(lambda: store.keep(key, parts_version, value, seconds), lambda: None)
    return value
