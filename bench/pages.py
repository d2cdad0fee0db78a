"""Server time, CPU time and queries of each reader's page rendered without the page cache, in-process.

Two figures per page: "cold", everything rendered and queried (the page cache off), and with REDIS_URL "miss":
the page itself not in the cache (as after any edit, or for a page nobody asked for lately) while what it
shares with other pages (menu, settings, sidebars, footer), what only its own article's edits change (photo
rows, documents, topics) and this process's rendered cards and pictures are there, as on a running site.
The miss's least is also given over a floor measured in the same run (/robots.txt through the same
middleware), which compares between machines; the last lines are an article's first view (neither its page
nor the article kept rendered there: an article nobody opened lately), of articles with photo rows and of
the newest.

Run with the site's environment (DATABASE_URL, REDIS_URL…) after collectstatic:
    python bench/pages.py [--repeat 20] [--explain]
--explain prints PostgreSQL's EXPLAIN ANALYZE of every query each page runs. A WARNING line first names the
tables whose planner statistics are stale (never analysed, much changed since, or not vacuumed): figures
measured then are not what a settled production database gives.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bulletin_site.settings")
os.environ["PAGE_CACHE_SECONDS"] = "0"
# Every page is requested many times from one address: the readers' render limit would answer 429.
os.environ["READER_RENDERS_PER_MINUTE"] = "0"

import django

django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from articles import fragments  # noqa: E402
from articles.db_statistics import stale_tables  # noqa: E402
from articles.models import Article, Category, Document  # noqa: E402
from articles.pagecache import redis_scripts  # noqa: E402
from articles.views import CATEGORY_PAGE_SIZE  # noqa: E402

DEEP_PAGE = 2000
# Two words in most articles, a place name in one title in twenty, two such names seldom together, four common
# words together in almost none, a word in none: the cases a search plan can get wrong.
SEARCHES = ["chi bộ", "Quang Trung", "Quang Trung Tân Lập", "không có từ này", "xyzxyz"]
# A number in two spellings, a word in most documents' files, one in a few abstracts, one in none.
DOCUMENT_SEARCHES = ["15-NQ/TU", "nq 15", "noi dung", "Quang Trung", "xyzxyz"]


def reader_pages():
    """(name, path) of the pages measured: home, the biggest category's first and deep page, a recent
    article, the SEARCHES, and the document library's list, a document and the DOCUMENT_SEARCHES."""
    biggest = Category.objects.annotate(n=Count("articles")).order_by("-n").first()
    article = Article.objects.published().newest_first().exclude(photos=None).first()
    document = Document.objects.published().newest_first().first()
    # Within the list: past its end a page is a 404.
    last = -(-Article.objects.published().in_category(biggest).count() // CATEGORY_PAGE_SIZE)
    deep = max(1, min(DEEP_PAGE, last))
    return [
        ("home", "/"),
        ("category, page 1", biggest.get_absolute_url()),
        (f"category, page {deep}", f"{biggest.get_absolute_url()}?trang={deep}"),
        ("article", article.get_absolute_url()),
        *[(f"search: {words}", f"/tim-kiem/?{urlencode({'q': words})}") for words in SEARCHES],
        ("documents, page 1", "/van-ban/"),
        ("documents, page 200", "/van-ban/?trang=200"),
        ("documents of one type", "/van-ban/?loai=nghi-quyet"),
        *([("document", document.get_absolute_url())] if document else []),
        *[
            (f"document search: {words}", f"/van-ban/?{urlencode({'q': words})}")
            for words in DOCUMENT_SEARCHES
        ],
    ]


def measure(client, path, repeat):
    status = client.get(path).status_code  # warms the connection and the template cache
    walls, cpus = [], []
    for _ in range(repeat):
        forget_rendered_parts()
        wall, cpu = time.perf_counter(), time.process_time()
        client.get(path)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return status, statistics.median(walls) * 1000, statistics.median(cpus) * 1000, queries.captured_queries


def forget_rendered_parts():
    """Cold means cold: no card or picture this process rendered before (articles.fragments)."""
    fragments.forget_all()


def measure_misses(client, path, repeat):
    """CPU time (median, least) and queries of the page rendered with the page cache on but not holding it."""
    with override_settings(PAGE_CACHE_SECONDS=300):
        client.get(path)  # what it shares and keeps
        cpus = []
        for _ in range(repeat):
            forget_pages()
            cpu = time.process_time()
            client.get(path)
            cpus.append(time.process_time() - cpu)
        forget_pages()
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
    return statistics.median(cpus) * 1000, min(cpus) * 1000, len(queries.captured_queries)


def forget_pages(kind="page"):
    """Forget every page the cache holds, or with kind="kept", every article kept rendered."""
    scripts = redis_scripts.scripts()
    names = list(scripts.client.scan_iter(f"{scripts.prefix}{kind}:*", count=1000))
    if names:
        scripts.client.delete(*names)


def measure_floor(client, repeat):
    """The least CPU time of the smallest page through the same stack: a page's figures over this one are
    what its own work costs, comparable between machines."""
    client.get("/robots.txt")
    cpus = []
    for _ in range(repeat):
        cpu = time.process_time()
        client.get("/robots.txt")
        cpus.append(time.process_time() - cpu)
    return min(cpus) * 1000


def measure_first_views(client, paths):
    """Each article's first view with the page cache on: what an article nobody opened lately costs (or any
    article after a change to something other than an article), when neither its page nor the article kept
    rendered is there but the menu, settings and sidebars are (articles.pagecache.shared)."""
    with override_settings(PAGE_CACHE_SECONDS=300):
        if os.environ.get("REDIS_URL"):  # the articles measured before, or by a run just before this one
            forget_pages()
            forget_pages("kept")
        client.get(paths[0])  # the shared parts
        walls, cpus = [], []
        for path in paths[1:-1]:
            wall, cpu = time.perf_counter(), time.process_time()
            client.get(path)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        with CaptureQueriesContext(connection) as queries:
            client.get(paths[-1])
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000, queries.captured_queries


def explain(sql):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument(
        "--no-admin", action="store_true", help="skip the admin's list (its files not collected)"
    )
    options = parser.parse_args()
    host = os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1").split(",")[0]
    reader = Client(SERVER_NAME=host)
    admin = Client(SERVER_NAME=host)
    superuser = User.objects.filter(is_superuser=True).first() or User.objects.create_superuser("bench")
    admin.force_login(superuser)
    pages = [(name, path, reader) for name, path in reader_pages()]
    if not options.no_admin:
        admin_url = f"/{os.environ.get('DJANGO_ADMIN_URL', 'quan-tri/')}articles/article/"
        pages.append(("admin article list", admin_url, admin))
    print(
        f"{Article.objects.count()} articles, {Document.objects.count()} documents, {connection.vendor};"
        f" median of {options.repeat} requests"
    )
    for table, why in stale_tables():
        print(f"WARNING: stale planner statistics on {table} ({why}); run VACUUM (ANALYZE) before measuring")
    misses = bool(os.environ.get("REDIS_URL"))
    floor = measure_floor(reader, options.repeat)
    print(f"floor: {floor:.2f} CPU ms (least) for /robots.txt, the same middleware and a tiny template")
    print(f"{'':<34} {'':>6} {'cold':-^26}{'  miss (median, least, queries, least/floor)' if misses else ''}")
    print(f"{'page':<34} {'status':>6} {'ms':>8} {'cpu ms':>8} {'queries':>8}")
    plans = []
    for name, path, client in pages:
        status, wall, cpu, queries = measure(client, path, options.repeat)
        if status == 404:
            print(f"{name:<34} {'n/a':>6}  (404: {path})")
            continue
        line = f"{name:<34} {status:>6} {wall:>8.1f} {cpu:>8.1f} {len(queries):>8}"
        if misses and client is reader:
            median, least, count = measure_misses(client, path, options.repeat)
            line += f" {median:>8.1f} {least:>6.1f} {count:>6} {least / floor:>7.1f}×"
        print(line)
        plans.append((name, queries))
    # Articles with photo rows, as most are on a working site (and as the article measured above), and the
    # newest, whatever they hold: a page without photo rows, documents or topics asks for none of them.
    newest = Article.objects.published().newest_first()
    for name, articles in (("with photos", newest.exclude(photos=None)), ("newest", newest)):
        paths = [article.get_absolute_url() for article in articles[: options.repeat + 2]]
        wall, cpu, queries = measure_first_views(reader, paths)
        print(f"{f'article, first view ({name})':<34} {200:>6} {wall:>8.1f} {cpu:>8.1f} {len(queries):>8}")
    if options.explain and connection.vendor == "postgresql":
        for name, queries in plans:
            for number, query in enumerate(queries, start=1):
                if query["sql"].lstrip().upper().startswith("SELECT"):
                    print(f"\n== {name}, query {number} ({query['time']} s)\n{query['sql']}")
                    print(explain(query["sql"]))


if __name__ == "__main__":
    main()
