"""A per-client limit on the work the page cache cannot take: searches, deep pages, unusual addresses.

Each process keeps its own buckets in memory, so the limit holds while Redis is down (and costs no round
trip); with several workers and servers a client may get that many times the limit, which still bounds it.
A bucket holds READER_RENDERS_PER_MINUTE renders and refills at that rate.
"""

import math
import threading
import time
from functools import wraps

from django.conf import settings
from django.shortcuts import render

from bulletin_site.security import client_ip

MAX_CLIENTS = 10_000  # buckets kept at most; beyond, the full ones are forgotten (they would allow anyway)

_buckets = {}  # address: (tokens, when they were counted)
_lock = threading.Lock()


def allow(request):
    """Take one render from the client's bucket; returns the seconds to wait instead, or 0."""
    per_minute = settings.READER_RENDERS_PER_MINUTE
    if per_minute <= 0:
        return 0
    rate, address, now = per_minute / 60, client_ip(request) or "", time.monotonic()
    with _lock:
        tokens, counted_at = _buckets.get(address, (per_minute, now))
        tokens = min(per_minute, tokens + (now - counted_at) * rate)
        if tokens < 1:
            _buckets[address] = (tokens, now)
            return math.ceil((1 - tokens) / rate)
        if len(_buckets) >= MAX_CLIENTS and address not in _buckets:
            _forget_full_buckets(now, per_minute, rate)
        _buckets[address] = (tokens - 1, now)
        return 0


def too_many(request, seconds):
    """The answer past the limit: 429 in Vietnamese, saying when to come back."""
    response = render(request, "429.html", {"retry_after": seconds}, status=429)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response


def limited(view):
    """Count each call of `view` (a search) against the client's limit."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if seconds := allow(request):
            return too_many(request, seconds)
        return view(request, *args, **kwargs)

    return wrapper


def reset():
    """Forget every client (tests)."""
    with _lock:
        _buckets.clear()


def _forget_full_buckets(now, per_minute, rate):
    for address, (tokens, counted_at) in list(_buckets.items()):
        if tokens + (now - counted_at) * rate >= per_minute:
            del _buckets[address]
    if len(_buckets) >= MAX_CLIENTS:
        _buckets.clear()  # a flood from very many addresses: start again rather than grow without bound
