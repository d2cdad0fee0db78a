"""The planner's statistics: fresh after a command writes many rows, and a warning when they are stale.

PostgreSQL's autovacuum gets to new rows in its own time, minutes later on a busy server; until then the
planner guesses (a restored database has no statistics at all) and index-only scans still read the table,
whose pages only VACUUM marks all-visible.
"""

from django.db import connection

# More changed rows than this share of a table since its last ANALYZE: the planner's picture is out of date
# (autovacuum's own threshold is 10 %).
STALE_SHARE = 0.1
# Fewer of a table's pages marked all-visible than this: index-only scans read the table too.
VISIBLE_SHARE = 0.9


def _our_tables():
    return sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))


def refresh_statistics():
    """ANALYZE every table of the site; on PostgreSQL VACUUM (ANALYZE) when not inside a transaction, which
    VACUUM cannot run in. SQLite's planner needs no VACUUM, which would rewrite the whole file."""
    postgresql = connection.vendor == "postgresql"
    command = "VACUUM (ANALYZE)" if postgresql and not connection.in_atomic_block else "ANALYZE"
    with connection.cursor() as cursor:
        if postgresql and connection.pg_version >= 150000:
            # This session's last row counts reach the statistics before ANALYZE, not after it, where they
            # would count as changes since.
            cursor.execute("SELECT pg_stat_force_next_flush()")
        for table in _our_tables():
            cursor.execute(f"{command} {connection.ops.quote_name(table)}")


def stale_tables():
    """[(table, why)] for the site's tables whose PostgreSQL statistics or visibility map are out of date."""
    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT s.relname, s.n_live_tup, s.n_mod_since_analyze,
                   s.last_analyze IS NULL AND s.last_autoanalyze IS NULL, c.relpages, c.relallvisible
            FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
            WHERE s.relname = ANY(%s)
            ORDER BY s.relname
            """,
            [_our_tables()],
        )
        rows = cursor.fetchall()
    stale = []
    for table, live, modified, never_analyzed, pages, visible in rows:
        if never_analyzed and (live or modified):
            stale.append((table, "never analysed"))
        elif modified > max(STALE_SHARE * live, 1000):
            stale.append((table, f"{modified} rows changed since the last ANALYZE, of {live}"))
        elif pages > 100 and visible < VISIBLE_SHARE * pages:
            stale.append((table, f"{visible} of {pages} pages all-visible: VACUUM"))
    return stale
