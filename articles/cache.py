"""Readers' pages from the cache, never stale: every change bumps one content version that all servers read.

A page is cached under its address with the content version it was rendered at; a request reads the version
and the page in one round trip and serves the page only if they match. A change to anything a reader sees sets
a new version, so every page is rendered again on its next request, on every server sharing the cache. Staff
never read from the cache nor write to it.

With Redis (REDIS_URL) pages are raw bytes in Redis, read by one Lua script that also counts the view of an
article page (articles.redis_scripts): a reader's view of a cached article is one round trip. Without it they
go through Django's cache (one process's memory, unless configured otherwise).
"""

import hashlib
import json
import time
import uuid
from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from . import redis_scripts
from .readers import counts_as_view, is_logged_in

VERSION_KEY = "content-version"


def content_changed():
    """Make every cached page stale as soon as the current transaction commits (at once outside one).

    The save() and delete() of every model readers see call this (articles.models.base.ShownToReaders).
    Whatever changes them without those methods must call it too: QuerySet.update(), bulk_create(), a
    queryset's delete() (the admin's bulk delete), raw SQL, a data import.
    """
    # After the commit, not before: a reader rendering in between would cache the old content as new.
    transaction.on_commit(lambda: _pages().new_version())


def cached_page(*, query=(), counts_views=False):
    """Serve a readers' view from the cache.

    `query` names the GET parameters the view reads: the others (fbclid, utm_source…, added to every shared
    link) get the same cached page. With `counts_views`, the view sets `response.counts_views_of` to the
    article's id; a page from the cache comes with it and, with Redis, with this view already counted
    (`response.view_count`, `response.flush_due`), for articles.counters.show_view_count() to finish.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if is_logged_in(request):
                response = view(request, *args, **kwargs)
                patch_cache_control(response, private=True, no_store=True)
                return response
            if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
                return _for_readers(view(request, *args, **kwargs))
            pages = _pages()
            key = _page_key(request, query)
            mode = ("1" if counts_as_view(request) else "0") if counts_views else ""
            version, page = pages.lookup(key, mode)
            if page is not None:
                return _for_readers(page.response())
            version = version or pages.current_version()  # read before rendering: a change meanwhile wins
            request.content_version = version
            response = view(request, *args, **kwargs)
            if _may_store(request, response):
                if not getattr(response, "is_rendered", True):
                    response.render()  # a TemplateResponse (the sitemap) renders after the view returns
                seconds = _seconds_to_keep(request)
                if seconds > 0:
                    pages.store(key, version, response, seconds, time.time() + seconds)
            return _for_readers(response)

        return wrapper

    return decorator


def shared(request, **builders):
    """{name: what builder() returns}, each computed once per content version for all the readers' pages.

    The menu, the site settings and the sidebars are the same on every page: a page the cache does not hold
    yet takes them from here (one round trip for all it asks) instead of querying and building them again.
    Kept under the version the page is rendered at, and no longer than the page, they are as fresh as the
    page. Staff, and pages outside the page cache, build their own.
    """
    version = getattr(request, "content_version", None)
    if version is None:
        return {name: build() for name, build in builders.items()}
    version = version if isinstance(version, str) else version.decode()
    keys = {name: f"shared:{name}:{version}" for name in builders}
    found = cache.get_many(keys.values())
    values, missing = {}, {}
    for name, build in builders.items():
        if keys[name] in found:
            values[name] = found[keys[name]]
        else:
            values[name] = missing[keys[name]] = build()
    if missing:
        # Never past the next scheduled publication either: the article must join "Tin mới" on time.
        seconds = _seconds_to_keep(request)
        if seconds > 0:
            cache.set_many(missing, seconds)
    return values


@dataclass
class Page:
    headers: list  # the view's own (Content-Type, Last-Modified, X-Robots-Tag…); middleware adds the rest
    content: bytes
    article_id: int | None
    view_count: int | None = None
    flush_due: bool = False

    def response(self):
        response = HttpResponse(self.content, headers=dict(self.headers))
        if self.article_id is not None:
            response.counts_views_of = self.article_id
            if self.view_count is not None and self.view_count >= 0:
                response.view_count, response.flush_due = self.view_count, self.flush_due
        return response


class RedisPages:
    """Pages in Redis (see articles.redis_scripts.LOOKUP), read and counted in one script."""

    def lookup(self, key, mode):
        scripts = redis_scripts.scripts()
        found = scripts.lookup(
            keys=[*scripts.counter_keys, scripts.version, scripts.prefix + key],
            args=[mode, *redis_scripts.flush_limits(), time.time()],
        )
        version, raw = found[0], found[1]
        if not raw:
            return version, None
        _, _, article_id, headers, content = raw.split(b"\n", 4)
        page = Page(json.loads(headers), content, int(article_id) if article_id else None)
        if len(found) > 2:
            page.view_count, page.flush_due = found[2], bool(found[3])
        return version, page

    def current_version(self):
        scripts = redis_scripts.scripts()
        # A fresh token, never a counter that could come back to a value old pages were stored under.
        scripts.client.set(scripts.version, uuid.uuid4().hex, nx=True)
        return scripts.client.get(scripts.version)

    def new_version(self):
        scripts = redis_scripts.scripts()
        scripts.client.set(scripts.version, uuid.uuid4().hex)

    def store(self, key, version, response, seconds, valid_until):
        article_id = str(getattr(response, "counts_views_of", ""))
        header = f"\n{valid_until!r}\n{article_id}\n{json.dumps(list(response.items()))}\n".encode()
        scripts = redis_scripts.scripts()
        scripts.client.set(scripts.prefix + key, version + header + response.content, ex=seconds)


class CachePages:
    """Pages in Django's cache (without Redis): the view is counted by articles.counters afterwards."""

    def lookup(self, key, mode):
        found = cache.get_many([VERSION_KEY, key])
        version, entry = found.get(VERSION_KEY), found.get(key)
        if entry is None or version is None or entry[0] != version or entry[1] <= time.time():
            return version, None
        return version, Page(*entry[2:])

    def current_version(self):
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        return cache.get(VERSION_KEY)

    def new_version(self):
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)

    def store(self, key, version, response, seconds, valid_until):
        article_id = getattr(response, "counts_views_of", None)
        cache.set(key, (version, valid_until, list(response.items()), response.content, article_id), seconds)


def _pages():
    return RedisPages() if settings.REDIS_URL else CachePages()


def _page_key(request, query):
    params = urlencode([(name, request.GET.get(name, "")) for name in query])
    address = f"{request.scheme}://{request.get_host()}{request.path}?{params}"
    return "page:" + hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()


def _may_store(request, response):
    session = getattr(request, "session", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        # The page used the session or set the CSRF cookie: it belongs to one visitor.
        and not (session is not None and session.accessed)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


def _seconds_to_keep(request):
    """PAGE_CACHE_SECONDS, but never past the next scheduled publication, which must appear on time."""
    from .models import Article  # the models report their changes through this module

    if not hasattr(request, "next_publication_at"):  # looked up once for the page and all it shares
        request.next_publication_at = Article.objects.next_publication_at()
    seconds = settings.PAGE_CACHE_SECONDS
    next_at = request.next_publication_at
    if next_at is not None:
        seconds = min(seconds, int((next_at - timezone.now()).total_seconds()))
    return seconds


def _for_readers(response):
    # Browsers and proxies may keep the page but must ask first: an edit shows at once, every view counts.
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, no_cache=True, **({"private": True} if response.cookies else {}))
    return response
