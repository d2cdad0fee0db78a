"""The view counter: every reader's view of an article counts once, under any load, also from the cache.

Not counted: HEAD requests, logged-in staff, previews (they do not come through here) and crawlers (a
User-Agent with bot, crawler or spider in it). The article page is cached with a marker where its count goes;
the count is written in on every request, so a cached page shows the current figure.

Without Redis each view is one `UPDATE … SET view_count = view_count + 1 … RETURNING view_count`.

With Redis a view is one Lua script and no database query. Views wait in the hash `views:pending` and are
written in batches by flush(): after VIEW_COUNT_FLUSH_VIEWS views or VIEW_COUNT_FLUSH_SECONDS seconds (by the
request that notices) or by `manage.py flush_view_counts`. A batch moves atomically to `views:flushing`, is
written in one transaction that also records its id (ViewCountFlush), and leaves Redis only after the commit:
a crash at any point neither loses a batch nor writes it twice. `views:known` mirrors each article's count in
the database, so the figure shown, known + flushing + pending, is exact at every moment.
"""

import datetime
import functools
import logging
import re
import uuid

import redis
from django.conf import settings
from django.db import IntegrityError, connection, models, transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone
from django.utils.safestring import mark_safe

from .cache import is_logged_in
from .models import Article, ViewCountFlush

CRAWLER = re.compile(r"bot|crawler|spider", re.IGNORECASE)
MARKER = "<!--luot-xem:{}-->"
MARKER_START = b"<!--luot-xem:"
MARKER_END = b"-->"
FLUSH_LOCK_SECONDS = 60  # one flush at a time from the request path; a flush that died frees it
UPDATE_CHUNK = 500

PENDING, FLUSHING, KNOWN = "views:pending", "views:flushing", "views:known"
PENDING_TOTAL, BATCH_TIMER, FLUSH_LOCK = "views:pending-total", "views:batch-timer", "views:flush-lock"

logger = logging.getLogger(__name__)


def counts_as_view(request):
    return (
        request.method == "GET"
        and not CRAWLER.search(request.headers.get("User-Agent", ""))
        and not is_logged_in(request)
    )


def view_count_marker(article):
    """What the article page holds in place of its count until show_view_count() writes the figure in."""
    return mark_safe(MARKER.format(article.pk))


def show_view_count(request, response):
    """Count this request if it is a reader's view, and write the article's current count into the page."""
    if response.status_code != 200 or response.streaming:
        return response
    content = response.content
    start = content.find(MARKER_START)
    if start < 0:
        return response
    end = content.index(MARKER_END, start)
    article_id = int(content[start + len(MARKER_START) : end])
    count = record_view(article_id) if counts_as_view(request) else current_count(article_id)
    response.content = content[:start] + str(count).encode() + content[end + len(MARKER_END) :]
    return response


def record_view(article_id):
    """One more view of the article; returns its count with this view."""
    if settings.REDIS_URL:
        return _redis_count(article_id, count=True)
    table = connection.ops.quote_name(Article._meta.db_table)
    with connection.cursor() as cursor:
        # One statement counts and reads: concurrent views each get their own number, nothing is lost.
        cursor.execute(
            f"UPDATE {table} SET view_count = view_count + 1 WHERE id = %s RETURNING view_count", [article_id]
        )
        row = cursor.fetchone()
    return row[0] if row else 0


def current_count(article_id):
    if settings.REDIS_URL:
        return _redis_count(article_id, count=False)
    return _database_count(article_id)


def _database_count(article_id):
    return Article.objects.filter(pk=article_id).values_list("view_count", flat=True).first() or 0


def _redis_count(article_id, *, count):
    scripts = _scripts()
    limits = [settings.VIEW_COUNT_FLUSH_VIEWS, max(settings.VIEW_COUNT_FLUSH_SECONDS, 1), FLUSH_LOCK_SECONDS]
    keys = [PENDING, FLUSHING, KNOWN, PENDING_TOTAL, BATCH_TIMER, FLUSH_LOCK]
    shown, due = scripts.record(keys=keys, args=[article_id, int(count), *limits, ""])
    if shown < 0:
        # The article's first view since Redis started: learn its count from the database, once.
        shown, due = scripts.record(
            keys=keys, args=[article_id, int(count), *limits, _database_count(article_id)]
        )
    if due:
        try:
            flush()
        except Exception:
            # The reader still gets the page; the batch stays in Redis and the next flush writes it.
            logger.exception("Could not write the buffered view counts")
    return shown


def flush():
    """Write the views waiting in Redis to the database; returns how many views this call wrote."""
    if not settings.REDIS_URL:
        return 0
    scripts = _scripts()
    written = 0
    while True:
        left_behind, *taken = scripts.take(keys=[PENDING, FLUSHING, PENDING_TOTAL], args=[uuid.uuid4().hex])
        if not taken:
            scripts.finish(keys=[FLUSHING, KNOWN, FLUSH_LOCK], args=[""])
            return written
        written += _write_batch(scripts, dict(zip(taken[::2], taken[1::2], strict=True)))
        if not left_behind:
            return written


def _write_batch(scripts, fields):
    batch = fields.pop(b"batch").decode()
    counts = {int(article_id): int(views) for article_id, views in fields.items()}
    with transaction.atomic():
        try:
            with transaction.atomic():
                ViewCountFlush.objects.create(batch=batch)
        except IntegrityError:
            written = 0  # by a flush that died before telling Redis, or by one running now
        else:
            _add_views(counts)
            # Kept a day: a flush that stalled after taking a batch still finds it written.
            ViewCountFlush.objects.filter(flushed_at__lt=timezone.now() - datetime.timedelta(days=1)).delete()
            written = sum(counts.values())
        totals = Article.objects.filter(pk__in=counts).values_list("pk", "view_count")
        pairs = [value for pair in totals for value in pair]
    scripts.finish(keys=[FLUSHING, KNOWN, FLUSH_LOCK], args=[batch, *pairs])
    return written


def _add_views(counts):
    items = sorted(counts.items())
    for start in range(0, len(items), UPDATE_CHUNK):
        chunk = items[start : start + UPDATE_CHUNK]
        added = Case(*(When(pk=pk, then=Value(n)) for pk, n in chunk), output_field=models.IntegerField())
        Article.objects.filter(pk__in=[pk for pk, _ in chunk]).update(view_count=F("view_count") + added)


class _Scripts:
    """The Lua scripts: each runs atomically in Redis, so no view slips between two of its steps."""

    # KEYS: pending, flushing, known, pending total, batch timer, flush lock.
    # ARGV: article id; 1 to count a view, 0 to read; views before a flush; seconds before a flush (counted
    # from a batch's first view); flush lock seconds; the database's count, or '' if not read.
    # Returns {the count shown (-1: read the database's count and call again), 1 if the caller is to flush}.
    RECORD = """
        local id = ARGV[1]
        if ARGV[6] ~= '' then
            redis.call('HSETNX', KEYS[3], id, ARGV[6])
        end
        local known = redis.call('HGET', KEYS[3], id)
        if not known then
            return {-1, 0}
        end
        local pending = 0
        local due = 0
        if ARGV[2] == '1' then
            pending = redis.call('HINCRBY', KEYS[1], id, 1)
            local total = redis.call('INCR', KEYS[4])
            if total == 1 then
                redis.call('SET', KEYS[5], '1', 'EX', ARGV[4])
            end
            if (total >= tonumber(ARGV[3]) or redis.call('EXISTS', KEYS[5]) == 0)
                and redis.call('SET', KEYS[6], '1', 'NX', 'EX', ARGV[5]) then
                due = 1
            end
        else
            pending = tonumber(redis.call('HGET', KEYS[1], id) or '0')
        end
        local flushing = tonumber(redis.call('HGET', KEYS[2], id) or '0')
        return {tonumber(known) + flushing + pending, due}
    """
    # KEYS: pending, flushing, pending total. ARGV: an id for a new batch.
    # Returns {1 if the batch was left behind by a flush that died (taken again, under its own id) else 0,
    # then the batch's fields}.
    TAKE = """
        local left_behind = redis.call('EXISTS', KEYS[2])
        if left_behind == 0 then
            if redis.call('EXISTS', KEYS[1]) == 0 then
                return {0}
            end
            redis.call('RENAME', KEYS[1], KEYS[2])
            redis.call('HSET', KEYS[2], 'batch', ARGV[1])
            redis.call('DEL', KEYS[3])
        end
        local taken = redis.call('HGETALL', KEYS[2])
        table.insert(taken, 1, left_behind)
        return taken
    """
    # KEYS: flushing, known, flush lock. ARGV: the batch written ('' if none), then article id, count pairs.
    # The new counts and the batch's end are one step: the figure shown never counts a view twice.
    FINISH = """
        if ARGV[1] ~= '' and redis.call('HGET', KEYS[1], 'batch') == ARGV[1] then
            for i = 2, #ARGV, 2 do
                redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
            end
            redis.call('DEL', KEYS[1])
        end
        redis.call('DEL', KEYS[3])
        return 1
    """

    def __init__(self, url):
        client = redis.Redis.from_url(url)
        self.record = client.register_script(self.RECORD)
        self.take = client.register_script(self.TAKE)
        self.finish = client.register_script(self.FINISH)


@functools.cache
def _scripts_for(url):
    return _Scripts(url)


def _scripts():
    return _scripts_for(settings.REDIS_URL)
