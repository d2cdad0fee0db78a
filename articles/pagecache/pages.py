"""Where readers' pages are kept, in what form, and the content version they are kept under.

With Redis (REDIS_URL) a page is a StoredPage's bytes in Redis, read by one Lua script that also counts the
view of an article page (articles.pagecache.redis_scripts). Without it the same bytes go through Django's
cache (one process's memory, unless configured otherwise).
"""

import json
import pickle
import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from . import redis_scripts

VERSION_KEY = "content-version"
# Changes with anything but an article's own row (articles.changes): what articles.pagecache.kept keeps.
PARTS_VERSION_KEY = "parts-version"


@dataclass(frozen=True)
class StoredPage:
    """A page as it is kept: "version\\nvalid until\\narticle id\\nheaders (JSON)\\nbody".

    LOOKUP (articles.pagecache.redis_scripts) reads the first three lines in Redis; this class reads and
    writes them everywhere else.
    """

    version: str
    valid_until: float  # seconds since 1970: never served after the next scheduled publication
    article_id: int | None  # the article whose views the page counts
    headers: list  # the view's own (Content-Type, Last-Modified, X-Robots-Tag…); middleware adds the rest
    content: bytes

    def to_bytes(self):
        article_id = "" if self.article_id is None else str(self.article_id)
        header = f"{self.version}\n{self.valid_until!r}\n{article_id}\n{json.dumps(self.headers)}\n"
        return header.encode() + self.content

    @classmethod
    def from_bytes(cls, raw):
        version, valid_until, article_id, headers, content = raw.split(b"\n", 4)
        return cls(
            version.decode(),
            float(valid_until),
            int(article_id) if article_id else None,
            json.loads(headers),
            content,
        )

    def is_current(self, version):
        return self.version == version and self.valid_until > time.time()

    def response(self):
        return HttpResponse(self.content, headers=dict(self.headers))


@dataclass(frozen=True)
class Found:
    """What a lookup found: the content version (None if none yet), the page if current, the view counted."""

    version: str | None
    page: StoredPage | None = None
    count: int | None = None  # the article's count with this view, when Redis counted it
    flush_due: bool = False


class RedisPages:
    """Pages in Redis (see articles.pagecache.redis_scripts.LOOKUP), read and counted in one script."""

    def lookup(self, key, mode):
        scripts = redis_scripts.scripts()
        found = scripts.lookup(
            keys=[*scripts.counter_keys, scripts.version, scripts.prefix + key],
            args=[mode, *redis_scripts.flush_limits(), time.time(), scripts.deadline()],
        )
        version = found[0].decode() if found[0] else None
        if not found[1]:
            return Found(version)
        page = StoredPage.from_bytes(found[1])
        if len(found) > 2 and found[2] >= 0:
            return Found(version, page, found[2], bool(found[3]))
        return Found(version, page)

    def current_version(self):
        scripts = redis_scripts.scripts()
        # A fresh token, never a counter that could come back to a value old pages were stored under.
        scripts.client.set(scripts.version, uuid.uuid4().hex, nx=True)
        return scripts.client.get(scripts.version).decode()

    def new_version(self):
        scripts = redis_scripts.scripts()
        scripts.client.set(scripts.version, uuid.uuid4().hex)

    def store(self, key, page, seconds):
        scripts = redis_scripts.scripts()
        # Always with an expiry: under maxmemory-policy volatile-lru Redis evicts pages, never view counts.
        scripts.client.set(scripts.prefix + key, page.to_bytes(), ex=seconds)

    def kept(self, key):
        """(the parts version, (the version it was kept at, the value) or None), in one round trip."""
        scripts = redis_scripts.scripts()
        version, raw = scripts.client.mget([scripts.parts_version, scripts.prefix + key])
        return (version.decode() if version else None), (pickle.loads(raw) if raw else None)

    def keep(self, key, parts_version, value, seconds):
        scripts = redis_scripts.scripts()
        raw = pickle.dumps((parts_version, value), pickle.HIGHEST_PROTOCOL)
        scripts.client.set(scripts.prefix + key, raw, ex=seconds)

    def start_parts_version(self):
        scripts = redis_scripts.scripts()
        scripts.client.set(scripts.parts_version, uuid.uuid4().hex, nx=True)
        return scripts.client.get(scripts.parts_version).decode()

    def new_parts_version(self):
        scripts = redis_scripts.scripts()
        scripts.client.set(scripts.parts_version, uuid.uuid4().hex)


class CachePages:
    """Pages in Django's cache (without Redis): the view is counted by articles.pagecache.counters."""

    def lookup(self, key, mode):
        found = cache.get_many([VERSION_KEY, key])
        version, raw = found.get(VERSION_KEY), found.get(key)
        page = StoredPage.from_bytes(raw) if raw is not None else None
        if page is None or version is None or not page.is_current(version):
            return Found(version)
        return Found(version, page)

    def current_version(self):
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        return cache.get(VERSION_KEY)

    def new_version(self):
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)

    def store(self, key, page, seconds):
        cache.set(key, page.to_bytes(), seconds)

    def kept(self, key):
        found = cache.get_many([PARTS_VERSION_KEY, key])
        return found.get(PARTS_VERSION_KEY), found.get(key)

    def keep(self, key, parts_version, value, seconds):
        cache.set(key, (parts_version, value), seconds)

    def start_parts_version(self):
        cache.add(PARTS_VERSION_KEY, uuid.uuid4().hex, timeout=None)
        return cache.get(PARTS_VERSION_KEY)

    def new_parts_version(self):
        cache.set(PARTS_VERSION_KEY, uuid.uuid4().hex, timeout=None)


def pages():
    return RedisPages() if settings.REDIS_URL else CachePages()


def content_version_changed(only_articles=False):
    """Listens to articles.changes: every page is rendered again on its next request, on every server, and
    unless only articles' own rows changed, every kept part too.

    While Redis is down the change cannot be announced; the breaker sets new versions once it answers.
    """
    redis_scripts.guarded(lambda: pages().new_version(), lambda: None)
    if not only_articles:
        redis_scripts.guarded(lambda: pages().new_parts_version(), lambda: None)
