"""Readers' pages from the cache, never stale: every change bumps one content version that all servers read.

A page is cached under its address with the content version it was rendered at; a request reads the version
and the page in one round trip and serves the page only if they match. A change to anything a reader sees sets
a new version (articles.changes), so every page is rendered again on its next request, on every server
sharing the cache. Staff never read from the cache nor write to it. While Redis is down or silent, pages are
rendered from the database and views counted there (articles.pagecache.breaker).

The address that makes a key is normalised: a page number is an integer (the view answers 404 past the
list's end), anything else is page 1, other parameters are dropped. Work the cache cannot take (a deep page,
a Host with a port nobody serves) counts against the client's limit (articles.throttle).
"""

import contextvars
import hashlib
import re
import time
from dataclasses import dataclass
from functools import wraps
from typing import ClassVar
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse, QueryDict
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.safestring import mark_safe

from .. import throttle
from ..models.scheduled import next_publications
from . import counters, redis_scripts
from .pages import StoredPage, pages
from .readers import counts_as_view, is_logged_in

PAGE_NUMBER = re.compile(r"[0-9]{1,9}")
# A list filter's value is a slug or a year: anything else cannot name a choice and is dropped.
FILTER_VALUE = re.compile(r"[a-z0-9-]{1,64}")
NGINX_ARTICLE_HEADER = "X-Article"  # the article whose view nginx logs (VIEW_COUNT_SOURCE=nginx-log)


@dataclass(frozen=True)
class CountedView:
    """What the view of an article page returns: the page, and the article whose views it counts.

    The page holds MARKER where the count goes (`views=view_count_marker` in the template); the decorator
    writes the article's current count in, on every request, also for a page from the cache. `stored_count`
    is the article's count as the view read its row: what Redis starts from if it does not know the article
    yet, instead of reading the row again.
    """

    article_id: int
    response: HttpResponse
    stored_count: int | None = None

    MARKER: ClassVar[str] = mark_safe("<!--luot-xem-->")


@dataclass
class _Rendering:
    """The page being rendered: the content version it will be kept under, for shared()."""

    version: str | None
    scheduled: object = None  # articles.models.scheduled.NextPublications, once looked up


_rendering = contextvars.ContextVar("rendering", default=None)


def cached_page(*, query=(), filters=(), counts_views=False):
    """Serve a readers' view from the cache.

    `query` names the page-number parameters the view reads (`trang`, the sitemap's `p`): the view sees them
    normalised, and the others (fbclid, utm_source…, added to every shared link) get the same cached page.
    `filters` names the list filters the view reads (a slug or a year each); like a later page, a filtered
    page not yet cached counts against the client's limit.
    With `counts_views`, the view returns a CountedView for an article's page.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            request.GET = _page_numbers(request, query, filters)
            if is_logged_in(request):
                response = _counted(request, view(request, *args, **kwargs))
                patch_cache_control(response, private=True, no_store=True)
                return response
            costly = bool(request.GET) or not _host_is_served(request)
            if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
                if costly and (seconds := throttle.allow(request)):
                    return throttle.too_many(request, seconds)
                response = _counted(request, view(request, *args, **kwargs))
                if _host_is_served(request) and _may_store(request, response):
                    _nginx_may_keep(response)  # nginx may still keep it its second, without the app's cache
                return _for_readers(response)
            store = pages()
            key = _page_key(request)
            mode = ("1" if _app_counts(request) else "0") if counts_views else ""
            found = redis_scripts.guarded(lambda: store.lookup(key, mode), lambda: None)
            if found is not None and found.page is not None:
                page = found.page
                response = page.response()
                if page.article_id is not None:
                    response = _show_count(request, response, page.article_id, found.count, found.flush_due)
                return _for_readers(_nginx_may_keep(response))
            if costly and (seconds := throttle.allow(request)):
                return throttle.too_many(request, seconds)
            version, may_keep = None, False
            if found is not None:  # read before rendering: a change meanwhile wins
                version = found.version or redis_scripts.guarded(store.current_version, lambda: None)
            rendering = _Rendering(version)
            token = _rendering.set(rendering)
            try:
                result = view(request, *args, **kwargs)
                response, article_id = _unwrap(result)
                may_keep = _host_is_served(request) and _may_store(request, response)
                if version is not None and may_keep:
                    if not getattr(response, "is_rendered", True):
                        response.render()  # a TemplateResponse (the sitemap) renders after the view returns
                    seconds = _seconds_to_keep(rendering)
                    if seconds > 0:
                        headers, valid_until = list(response.items()), time.time() + seconds
                        page = StoredPage(version, valid_until, article_id, headers, response.content)
                        redis_scripts.guarded(lambda: store.store(key, page, seconds), lambda: None)
            finally:
                _rendering.reset(token)
            response = _counted(request, result)
            return _for_readers(_nginx_may_keep(response) if may_keep else response)

        return wrapper

    return decorator


def shares_parts(view):
    """For a readers' view whose pages are never kept (search): it still takes the parts every page shows
    (header, footer, menu, settings) from the cache, built once per content version (shared())."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if settings.PAGE_CACHE_SECONDS <= 0 or is_logged_in(request):
            return view(request, *args, **kwargs)
        version = redis_scripts.guarded(pages().current_version, lambda: None)
        token = _rendering.set(_Rendering(version))
        try:
            return view(request, *args, **kwargs)
        finally:
            _rendering.reset(token)

    return wrapper


def shared_version():
    """The content version of the page being rendered (None: its parts are not kept), and a function that
    says how long they may be kept."""
    rendering = _rendering.get()
    if rendering is None or rendering.version is None:
        return None, None
    return rendering.version, lambda: _seconds_to_keep(rendering)


def seconds_to_keep_parts():
    """How long the parts of the page being rendered that only a change to their own article or to anything
    but an article alters (articles.pagecache.kept) may be kept: KEPT_PARTS_SECONDS, far longer than a page,
    since each is kept under the versions it was made at; but never past the next document's scheduled
    publication, which an article about it must show on time."""
    rendering = _rendering.get()
    return _seconds_until(settings.KEPT_PARTS_SECONDS, _scheduled(rendering).document)


def _unwrap(result):
    if isinstance(result, CountedView):
        return result.response, result.article_id
    return result, None


def _counted(request, result):
    """The response, with the article's current count written in if the view counts views."""
    if not isinstance(result, CountedView):
        return result
    return _show_count(request, result.response, result.article_id, None, False, result.stored_count)


def _show_count(request, response, article_id, count, flush_due, stored_count=None):
    if response.status_code != 200 or response.streaming:
        return response
    if settings.VIEW_COUNT_SOURCE == "nginx-log":
        # nginx logs the view of a page with this header, also when it serves the page from its own cache.
        response[NGINX_ARTICLE_HEADER] = str(article_id)
    if count is None:
        reader = _app_counts(request)
        count_now = counters.record_view if reader else counters.current_count
        count, flush_due = count_now(article_id, stored_count)
    if flush_due:
        counters.flush_from_request()
    response.content = response.content.replace(CountedView.MARKER.encode(), str(count).encode(), 1)
    return response


def _page_numbers(request, query, filters=()):
    """The page-number parameters the view reads, as integers (page 1, or no number, leaves them out), and
    the filters whose value could name a choice."""
    numbers = QueryDict(mutable=True)
    for name in query:
        value = request.GET.get(name, "")
        if PAGE_NUMBER.fullmatch(value) and int(value) > 1:
            numbers[name] = str(int(value))
    for name in filters:
        value = request.GET.get(name, "")
        if FILTER_VALUE.fullmatch(value):
            numbers[name] = value
    numbers._mutable = False
    return numbers


def _host_and_port(request):
    host = request.get_host()
    if host.endswith("]") or ":" not in host:
        return host, ""
    name, _, port = host.rpartition(":")
    return name, port


def _default_port(request):
    return "443" if request.is_secure() else "80"


def _host_is_served(request):
    """A Host without a port, or with the port the request came in on (or the scheme's own)."""
    port = _host_and_port(request)[1]
    return port in ("", request.META.get("SERVER_PORT"), _default_port(request))


def _page_key(request):
    address = f"{_scheme_and_host(request)}{request.path}?{urlencode(sorted(request.GET.items()))}"
    return "page:" + hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()


def _scheme_and_host(request):
    name, port = _host_and_port(request)
    host = name if port in ("", _default_port(request)) else f"{name}:{port}"
    return f"{request.scheme}://{host}"


def page_address(request):
    """The scheme and host a readers' page is kept for ("https://bantin.vn"), None for a Host it is never
    kept for (a port nobody serves)."""
    return _scheme_and_host(request) if _host_is_served(request) else None


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


# (content version, the next scheduled publications then): the same for every page of a version, until one
# comes. Scheduling an article or a document saves it, which sets a new version.
_next_publications = (None, None)


def _next_publications_at(version):
    global _next_publications
    known_version, scheduled = _next_publications
    if version is None or known_version != version or scheduled.passed():
        scheduled = next_publications()
        _next_publications = (version, scheduled)
    return scheduled


def _scheduled(rendering):
    if rendering.scheduled is None:  # looked up once for the page and all it shares and keeps
        rendering.scheduled = _next_publications_at(rendering.version)
    return rendering.scheduled


def _seconds_to_keep(rendering):
    """PAGE_CACHE_SECONDS, but never past the next scheduled publication of an article or a document, which
    must appear on time."""
    return _seconds_until(settings.PAGE_CACHE_SECONDS, _scheduled(rendering).earliest)


def _seconds_until(seconds, next_at):
    if next_at is not None:
        seconds = min(seconds, int((next_at - timezone.now()).total_seconds()))
    return seconds


def _app_counts(request):
    """Whether this process counts the request as a view (with VIEW_COUNT_SOURCE=nginx-log, nginx does)."""
    return settings.VIEW_COUNT_SOURCE == "app" and counts_as_view(request)


def _nginx_may_keep(response):
    """With nginx in front (VIEW_COUNT_SOURCE=nginx-log): nginx may keep this readers' page until the end of
    the current second (X-Accel-Expires at an absolute time, which nginx compares in whole seconds), so it is
    never a second behind a change; nginx does not pass the header on. See deploy/nginx-bantin.conf."""
    if settings.VIEW_COUNT_SOURCE == "nginx-log" and response.status_code == 200:
        response["X-Accel-Expires"] = f"@{int(time.time())}"
    return response


def _for_readers(response):
    # Browsers and proxies may keep the page but must ask first: an edit shows at once, every view counts.
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, no_cache=True, **({"private": True} if response.cookies else {}))
    return response
