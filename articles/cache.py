"""Readers' pages from the cache, never stale: every change bumps one content version that all servers read.

A cached page is kept under its address with the content version it was rendered at; a request reads the
version and the page in one cache round trip and serves the page only if the versions match. A change to
anything a reader sees sets a new version, so every page is re-rendered on its next request, on every server
sharing the cache. Staff never read from the cache nor write to it.
"""

import hashlib
import uuid
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

VERSION_KEY = "content-version"


def content_changed():
    """Make every cached page stale as soon as the current transaction commits (at once outside one).

    The save() and delete() of Article, ArticleImage, Photo, Category and SiteSettings call this. Whatever
    changes them without those methods must call it too: QuerySet.update(), bulk_create(), a queryset's
    delete() (the admin's bulk delete), raw SQL, a data import.
    """
    # After the commit, not before: a reader rendering in between would cache the old content as new.
    transaction.on_commit(_new_version)


def _new_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def _current_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        # A fresh token, never a counter that could come back to a value old pages were stored under.
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def is_logged_in(request):
    """Staff are the only people who log in; readers have no session cookie, so telling them apart is free."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated


def cached_page(*, query=()):
    """Serve a readers' view from the cache. `query` names the GET parameters the view reads: the others
    (fbclid, utm_source…, added to every shared link) get the same cached page."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if is_logged_in(request):
                response = view(request, *args, **kwargs)
                patch_cache_control(response, private=True, no_store=True)
                return response
            if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
                return _for_readers(view(request, *args, **kwargs))
            key = _page_key(request, query)
            found = cache.get_many([VERSION_KEY, key])
            version, entry = found.get(VERSION_KEY), found.get(key)
            if entry is not None and version is not None and entry[0] == version:
                return _for_readers(HttpResponse(entry[2], content_type=entry[1]))
            version = version or _current_version()  # read before rendering: a change meanwhile wins
            response = view(request, *args, **kwargs)
            if _may_store(request, response):
                timeout = _seconds_to_keep()
                if timeout > 0:
                    cache.set(key, (version, response["Content-Type"], response.content), timeout)
            return _for_readers(response)

        return wrapper

    return decorator


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


def _seconds_to_keep():
    """PAGE_CACHE_SECONDS, but never past the next scheduled publication, which must appear on time."""
    from .models import Article  # the models report their changes through this module

    seconds = settings.PAGE_CACHE_SECONDS
    next_at = Article.objects.next_publication_at()
    if next_at is not None:
        seconds = min(seconds, int((next_at - timezone.now()).total_seconds()))
    return seconds


def _for_readers(response):
    # Browsers and proxies may keep the page but must ask first: an edit shows at once, every view counts.
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, no_cache=True, **({"private": True} if response.cookies else {}))
    return response
