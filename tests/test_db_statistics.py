"""Commands that write many rows leave PostgreSQL's planner statistics fresh; bench/pages.py says when not."""

import contextlib
import datetime
import io
import json

import psycopg2
import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from articles.db_statistics import refresh_statistics, stale_tables
from articles.models import Article

from .factories import CategoryFactory
from .importing import import_articles, import_wordpress, make_uploads
from .processes import new_postgres_database, postgres_url, run_django

pytestmark = [
    pytest.mark.django_db(transaction=True),  # VACUUM cannot run inside the test's transaction
    pytest.mark.skipif(not postgres_url(), reason="DATABASE_URL is not PostgreSQL: no planner statistics"),
]

STATS = "SELECT last_analyze, last_vacuum, n_mod_since_analyze FROM pg_stat_user_tables WHERE relname = %s"


def table_stats(cursor, table):
    cursor.execute("SELECT pg_stat_clear_snapshot()")
    cursor.execute(STATS, [table])
    return cursor.fetchone()


def write_jsonl(path, count):
    lines = [
        {
            "title": f"Hội nghị số {n}",
            "published_at": "2021-01-14T08:00:00",
            "lead": "Sapo.",
            "body": "<p>Bài.</p>",
        }
        for n in range(count)
    ]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n")
    return path


COMMANDS = {
    "import_articles": lambda tmp_path: import_articles(write_jsonl(tmp_path / "bai.jsonl", 30)),
    "import_wordpress": lambda tmp_path: import_wordpress(uploads=str(make_uploads(tmp_path / "uploads"))),
    "generate_articles": lambda tmp_path: call_command(
        "generate_articles", count=200, photos=2, batch_size=50, stdout=io.StringIO()
    ),
}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_command_that_writes_articles_leaves_them_analysed_and_vacuumed(tmp_path, command):
    started = timezone.now()

    COMMANDS[command](tmp_path)

    with connection.cursor() as cursor:
        last_analyze, last_vacuum, modified = table_stats(cursor, "articles_article")
    assert last_analyze is not None and last_analyze >= started
    assert last_vacuum is not None and last_vacuum >= started
    assert modified == 0


def test_a_dry_run_leaves_the_statistics_alone(tmp_path):
    with connection.cursor() as cursor:
        before = table_stats(cursor, "articles_article")[0]

        import_articles(write_jsonl(tmp_path / "bai.jsonl", 3), dry_run=True)

        assert table_stats(cursor, "articles_article")[0] == before


def test_stale_statistics_are_named_until_the_tables_are_analysed():
    category = CategoryFactory()
    now = timezone.now()
    Article.objects.bulk_create(
        Article(title=f"Bài {n}", slug=f"bai-{n}", category=category, lead="Sapo.", published_at=now)
        for n in range(1500)
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_stat_force_next_flush()"
        )  # this session's counts, visible to the next query

    assert "articles_article" in dict(stale_tables())
    refresh_statistics()
    assert "articles_article" not in dict(stale_tables())


@pytest.mark.slow
def test_a_restored_database_is_analysed_and_vacuumed(tmp_path):
    """pg_restore writes no statistics: the restore command makes them."""
    with new_postgres_database("wt_stats_old") as old, new_postgres_database("wt_stats_new") as new:
        for args in [("migrate", "-v", "0"), ("generate_articles", "--count", "50", "--photos", "1")]:
            assert (
                run_django("manage.py", *args, DATABASE_URL=old, DJANGO_MEDIA_ROOT=str(tmp_path)).returncode
                == 0
            )
        backup = run_django(
            "manage.py",
            "backup",
            "--output-dir",
            str(tmp_path / "b"),
            DATABASE_URL=old,
            DJANGO_MEDIA_ROOT=str(tmp_path),
        )
        assert backup.returncode == 0, backup.stderr
        [archive] = (tmp_path / "b").glob("bantin-*.tar.gz")
        started = datetime.datetime.now(datetime.UTC)

        restored = run_django(
            "manage.py", "restore", str(archive), DATABASE_URL=new, DJANGO_MEDIA_ROOT=str(tmp_path / "new")
        )

        assert restored.returncode == 0, restored.stderr
        with contextlib.closing(psycopg2.connect(new)) as database, database.cursor() as cursor:
            last_analyze, last_vacuum, _ = table_stats(cursor, "articles_article")
        assert last_analyze is not None and last_analyze >= started
        assert last_vacuum is not None and last_vacuum >= started
