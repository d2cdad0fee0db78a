"""The view counter: every reader's view of an article counts once, under any load, also from the cache.

Not counted: HEAD requests, logged-in staff, previews (they do not come through here) and crawlers (a
User-Agent with bot, crawler or spider in it). The article page is cached with a marker where its count goes;
the count is written in on every request, so a cached page shows the current figure.

Without Redis each view is one `UPDATE … SET view_count = view_count + 1 … RETURNING view_count`.

With Redis a view is counted by a Lua script (articles.pagecache.redis_scripts; for a cached page, the same
one that reads it), never by the database. Views wait in the hash `views:pending` and are written in batches
by flush(): after VIEW_COUNT_FLUSH_VIEWS views or VIEW_COUNT_FLUSH_SECONDS seconds (by the request that
notices), or by `manage.py flush_view_counts`. A batch moves atomically to `views:flushing`, is written in
one transaction that also records its id (ViewCountFlush), and leaves Redis only after the commit: a crash at
any point neither loses a batch nor writes it twice. `views:known` mirrors each article's count in the
database, so the figure shown, known + flushing + pending, is exact at every moment.

While Redis is down or silent a view is counted in the database, as without Redis; the script's deadline
keeps it from being counted in Redis too when Redis comes back (articles.pagecache.redis_scripts).
"""

import datetime
import logging
import uuid

from django.conf import settings
from django.db import IntegrityError, connection, models, transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone

from ..models import Article, ViewCountFlush
from . import redis_scripts

UPDATE_CHUNK = 500
TOO_LATE, UNKNOWN = -2, -1  # what RECORD answers instead of a count

logger = logging.getLogger(__name__)


def record_view(article_id, stored=None):
    """One more view of the article; returns (its count with this view, whether a flush is due). `stored`:
    the article's count as this request read its row, if it did (Redis starts from it)."""
    if not settings.REDIS_URL:
        return _database_record(article_id), False
    return redis_scripts.guarded(
        lambda: _redis_count(article_id, "1", stored), lambda: (_database_record(article_id), False)
    )


def current_count(article_id, stored=None):
    if not settings.REDIS_URL:
        return _database_count(article_id), False
    return redis_scripts.guarded(
        lambda: _redis_count(article_id, "0", stored), lambda: (_database_count(article_id), False)
    )


def _database_record(article_id):
    table = connection.ops.quote_name(Article._meta.db_table)
    with connection.cursor() as cursor:
        # One statement counts and reads: concurrent views each get their own number, nothing is lost.
        cursor.execute(
            f"UPDATE {table} SET view_count = view_count + 1 WHERE id = %s RETURNING view_count", [article_id]
        )
        row = cursor.fetchone()
    return row[0] if row else 0


def _database_count(article_id):
    # Written out as _database_record is: an article's first view since Redis started reads it.
    table = connection.ops.quote_name(Article._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT view_count FROM {table} WHERE id = %s", [article_id])
        row = cursor.fetchone()
    return row[0] if row else 0


def _redis_count(article_id, mode, stored=None):
    scripts = redis_scripts.scripts()
    record, keys, limits = scripts.record, scripts.counter_keys, redis_scripts.flush_limits()
    # A count read from the row is only ever learned if Redis has none (HSETNX): a view buffered or a count
    # written since by a flush stays.
    learned = "" if stored is None else stored
    shown, due = record(keys=keys, args=[article_id, mode, *limits, learned, scripts.deadline()])
    if shown == UNKNOWN:
        # The article's first view since Redis started: learn its count from the database, once.
        learned = _database_count(article_id)
        shown, due = record(keys=keys, args=[article_id, mode, *limits, learned, scripts.deadline()])
    if shown == TOO_LATE:
        return _database_record(article_id), False
    return shown, bool(due)


def flush_from_request():
    try:
        flush()
    except Exception:
        # The reader still gets the page; the batch stays in Redis and the next flush writes it.
        logger.exception("Could not write the buffered view counts")


def flush():
    """Write the views waiting in Redis to the database; returns how many views this call wrote."""
    if not settings.REDIS_URL:
        return 0
    scripts = redis_scripts.scripts()
    written = 0
    while True:
        left_behind, *taken = scripts.take(
            keys=[scripts.pending, scripts.flushing, scripts.pending_total],
            args=[uuid.uuid4().hex],
        )
        if not taken:
            _finish(scripts, "", [])
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
    _finish(scripts, batch, pairs)
    return written


def _finish(scripts, batch, pairs):
    keys = [scripts.flushing, scripts.known, scripts.flush_lock]
    scripts.finish(keys=keys, args=[batch, *pairs])


def _add_views(counts):
    items = sorted(counts.items())
    for start in range(0, len(items), UPDATE_CHUNK):
        chunk = items[start : start + UPDATE_CHUNK]
        added = Case(*(When(pk=pk, then=Value(n)) for pk, n in chunk), output_field=models.IntegerField())
        Article.objects.filter(pk__in=[pk for pk, _ in chunk]).update(view_count=F("view_count") + added)


def add_views(counts):
    """{article id: views} added to the articles' counts (in the caller's transaction)."""
    _add_views({pk: n for pk, n in counts.items() if n})


def learned(totals):
    """[(article id, count)] just committed to the database by another way than flush(): the figure shown."""
    if not settings.REDIS_URL or not totals:
        return
    scripts = redis_scripts.scripts()
    scripts.client.hset(scripts.known, mapping=dict(totals))
