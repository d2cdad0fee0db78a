"""Views counted from the log nginx writes (VIEW_COUNT_SOURCE=nginx-log), each line exactly once.

nginx writes one line per reader's view of an article (deploy/nginx-bantin.conf, `log_format bantin_views`):
`$msec $request_id $sent_http_x_article`, also for a page it serves from its own cache, so no Python runs on
a view. count_logged_views() reads the lines written since its last run and adds them to the articles; the
position reached in each file is saved in the same transaction as the counts, so a run that dies counts
nothing and the next one takes the same lines again.

A file is known by its first line (a request id is unique), not by its name or inode: after logrotate renames
the log to `.1` (or copies and truncates it) the rest of the old file is read from `.1`, where nginx may still
be writing until it reopens its logs, and the new file from its start. A file shorter than its saved position
is a new one. Only whole lines are read: a line nginx is writing is taken on the next run. Positions are kept
per machine and log (`host:path`), so each nginx's log is counted by a loop on its own machine.
"""

import collections
import os
import socket
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction

from ..models import Article, ViewLogPosition
from . import counters, redis_scripts

CHUNK_BYTES = 4 * 1024 * 1024
FIRST_LINE_CHARS = 100
LOCK_ID = 7_465_410  # PostgreSQL advisory lock: one run at a time, even started by hand beside the loop


def count_logged_views(path=None):
    """Count the views logged since the last run; returns how many this run counted."""
    path = Path(path or settings.VIEW_LOG_PATH)
    log = f"{socket.gethostname()}:{path}"
    counts = collections.Counter()
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_ID])
        saved = {p.first_line: p for p in ViewLogPosition.objects.filter(log=log)}
        seen = set()
        # The rotated file first: its last lines came before the new file's first.
        for file in [path.with_name(path.name + ".1"), path]:
            first_line = _read_new_lines(file, log, saved, counts)
            if first_line is not None:
                seen.add(first_line)
        ViewLogPosition.objects.filter(log=log).exclude(first_line__in=seen).delete()
        counters.add_views(counts)
        totals = list(Article.objects.filter(pk__in=counts).values_list("pk", "view_count"))
    # After the commit: the figure the pages show (Redis mirrors the database's counts).
    redis_scripts.guarded(lambda: counters.learned(totals), lambda: None)
    return sum(counts.values())


def _read_new_lines(file, log, saved, counts):
    """Count file's lines past its saved position into counts and save the new one; returns its first line."""
    try:
        handle = open(file, "rb")
    except FileNotFoundError:
        return None
    with handle:
        first = handle.readline()
        if not first.endswith(b"\n"):
            return None  # empty, or its first line is being written: next time
        first_line = first[:FIRST_LINE_CHARS].decode("ascii", "replace").rstrip("\n")
        position = saved.get(first_line)
        size = os.fstat(handle.fileno()).st_size
        if position is None or position.offset > size:
            position = ViewLogPosition(log=log, first_line=first_line, offset=0)
        handle.seek(position.offset)
        rest = b""
        while chunk := handle.read(CHUNK_BYTES):
            data = rest + chunk
            whole, _, rest = data.rpartition(b"\n")
            if whole:
                _count_lines(whole, counts)
                position.offset += len(whole) + 1
        position.inode = os.fstat(handle.fileno()).st_ino
        position.save()
    return first_line


def _count_lines(data, counts):
    for line in data.split(b"\n"):
        article = line.rpartition(b" ")[2]
        if article.isdigit() and len(article) < 19:
            counts[int(article)] += 1
