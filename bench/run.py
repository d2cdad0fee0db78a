"""`make bench`: the site under gunicorn with production settings, measured with wrk on loopback.

    python bench/run.py [--quick] [--articles N] [--worker-class sync|gthread] [--duration S] [--rounds N]
                        [--nginx]

Production settings (DJANGO_DEBUG=0), PostgreSQL when DATABASE_URL is set (its articles are kept and topped up
to --articles; otherwise a fresh SQLite file), Redis when REDIS_URL is set, static files collected into a
temporary folder. Three gunicorn servers with the same configuration: the site, the site with the page cache
off (PAGE_CACHE_SECONDS=0), and the ceiling (bench/ceiling.py: the article page's bytes from a bare view).
Each page is measured right after a run of the ceiling, and its ratio is to that run, in several rounds of
which the median is shown: the machine is shared, so compare ratios, not absolute figures. CPU ms per request
are the workers' user + system time from /proc over the run, divided by the requests wrk counted.

With --nginx (make bench NGINX=1): nginx in front with the deployment guide's site file and
VIEW_COUNT_SOURCE=nginx-log, against the same nginx serving each page's own bytes from a file
(bench/nginx_front.py); CPU ms are then the app's (Python's) per request.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import nginx_front

PROJECT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")
PROBE = """
import json
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.paginator import Paginator
from django.db.models import Count
from articles.models import Article, Category, Document
from articles.views import CATEGORY_PAGE_SIZE
biggest = Category.objects.annotate(n=Count("articles")).order_by("-n").first()
pages = Paginator(Article.objects.published().in_category(biggest), CATEGORY_PAGE_SIZE).num_pages
article = Article.objects.published().newest_first().exclude(photos=None).first()
print(json.dumps({
    "articles": Article.objects.count(),
    "category": biggest.get_absolute_url(),
    "deep": min(2000, pages),
    "article": article.get_absolute_url(),
    "css": staticfiles_storage.url("css/site.css"),
    "document": Document.objects.published().order_by("-published_at").first().get_absolute_url(),
}))
"""


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="about half a minute: small data, 1 s per run")
    parser.add_argument("--articles", type=int, help="articles in the database (default 20,000; quick: 300)")
    parser.add_argument("--duration", type=int, help="seconds per wrk run (default 5; quick: 1)")
    parser.add_argument(
        "--rounds", type=int, help="runs of each page, each after its own ceiling run (default 3; quick: 1)"
    )
    # As deploy/bantin.service runs the site: two workers per core on the 2-core server.
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="sync")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker, for gthread")
    parser.add_argument("--nginx", action="store_true", help="nginx in front, as docs/deploy.md sets it up")
    options = parser.parse_args()
    articles = options.articles or (300 if options.quick else 20_000)
    duration = options.duration or (1 if options.quick else 5)
    rounds = options.rounds or (1 if options.quick else 3)
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: `apt-get install wrk` (make bench does it when it can)")

    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        folder = Path(folder)
        env = environment(folder)
        print(describe(env, options), flush=True)
        prepare(env, articles, quick=options.quick)
        urls = json.loads(manage(env, "shell", "-v", "0", "-c", PROBE).splitlines()[-1])
        if options.nginx:
            return bench_nginx(folder, env, urls, options, duration, rounds)
        servers = []
        try:
            site = start(servers, env, "bulletin_site.wsgi:application", options)
            uncached = start(
                servers, {**env, "PAGE_CACHE_SECONDS": "0"}, "bulletin_site.wsgi:application", options
            )
            article_html = fetch(site.url + urls["article"])[1]
            (folder / "article.html").write_bytes(article_html)
            ceiling = start(
                servers,
                {**env, "BENCH_CEILING_PAGE": str(folder / "article.html")},
                "bench.ceiling:application",
                options,
            )
            measure(site, uncached, ceiling, urls, duration, rounds, redis=bool(env.get("REDIS_URL")))
        finally:
            for server in servers:
                server.stop()
        print("\nWithout the page cache, in one process (median of requests through Django's test client):")
        pages_args = ["--repeat", "5" if options.quick else "20"] + (["--no-admin"] if options.quick else [])
        print(run([sys.executable, "bench/pages.py", *pages_args], {**env, "PAGE_CACHE_SECONDS": "0"}))


def environment(folder):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PAGE_CACHE", "BENCH_"))}
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="bench-only-" + "k" * 50,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SSL_REDIRECT="0",  # plain HTTP on loopback; the name settings.py reads
        DJANGO_SECURE_COOKIES="0",
        DJANGO_STATIC_ROOT=str(folder / "static"),
        DJANGO_MEDIA_ROOT=str(folder / "media"),
        DJANGO_SERVE_MEDIA="1",
        # wrk is one client sending thousands of searches and deep pages: measure their cost, not the limit.
        READER_RENDERS_PER_MINUTE="0",
    )
    env.setdefault("DATABASE_URL", f"sqlite:///{folder / 'bench.sqlite3'}")
    return env


def describe(env, options):
    database = re.sub(r"//[^@/]*@", "//", env["DATABASE_URL"])
    redis = env.get("REDIS_URL") or "none (page cache off by default, views written directly)"
    workers = f"{options.workers} {options.worker_class} workers"
    if options.worker_class == "gthread":
        workers += f" × {options.threads} threads"
    return (
        f"database: {database}\nredis: {redis}\ngunicorn: {workers}, wrk on loopback, {os.cpu_count()} cores"
    )


def prepare(env, articles, *, quick):
    started = time.monotonic()
    manage(env, "migrate", "--noinput")
    # The readers' pages and the admin's list need these; the editor's scripts take a minute to compress.
    ignore = ["--ignore", "django_ckeditor_5"] + (["--ignore", "admin"] if quick else [])
    manage(env, "collectstatic", "--noinput", *ignore)
    if not quick:
        manage(env, "load_demo_content")
    count = int(
        manage(
            env,
            "shell",
            "-v",
            "0",
            "-c",
            "from articles.models import Article; print(Article.objects.count())",
        )
    )
    # One document for five articles (20,000 with 100,000): the library of a provincial party committee.
    documents = int(manage(env, "shell", "-v", "0", "-c", DOCUMENT_COUNT))
    wanted_documents = max(1, articles // 5)
    if count < articles or documents < wanted_documents:
        photos = "3" if quick else "50"
        manage(
            env,
            "generate_articles",
            *["--count", str(max(0, articles - count)), "--photos", photos],
            *["--documents", str(max(0, wanted_documents - documents))],
        )
    print(f"data ready in {time.monotonic() - started:.0f} s", flush=True)


DOCUMENT_COUNT = "from articles.models import Document; print(Document.objects.count())"


def manage(env, *args):
    return run([sys.executable, "manage.py", *args], env)


def run(command, env):
    result = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
    return result.stdout.strip()


class Server:
    def __init__(self, env, app, options):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{self.port}"]
        command += ["--workers", str(options.workers), "--worker-class", options.worker_class]
        command += ["--threads", str(options.threads), "--no-control-socket", "--backlog", "2048"]
        self.process = subprocess.Popen(command, cwd=PROJECT, env=env, stderr=subprocess.PIPE)

    def wait(self):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn stopped:\n{self.process.stderr.read().decode()}")
            if len(self.workers()) and ready(self.url + "/healthz"):
                return
            time.sleep(0.1)
        sys.exit("gunicorn did not answer within 30 s")

    def workers(self):
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                found.append(int(stat.parent.name))
        return found

    def cpu_seconds(self):
        total = 0
        for pid in self.workers():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / TICKS

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)


def start(servers, env, app, options):
    server = Server(env, app, options)
    servers.append(server)
    server.wait()
    return server


def ready(url):
    try:
        urllib.request.urlopen(url, timeout=5)
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False
    return True


def fetch(url):
    try:
        context = nginx_front.CONTEXT if url.startswith("https:") else None
        with urllib.request.urlopen(url, timeout=30, context=context) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def wrk(server, path, connections, duration):
    """{rps, p50, p99 (ms), requests, errors, cpu (ms per request)} of one wrk run."""
    fetch(server.url + path)  # answered once the previous run's queued requests are: a run starts on its own
    cpu = server.cpu_seconds()
    command = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "10s"]
    output = subprocess.run([*command, server.url + path], capture_output=True, text=True, check=True).stdout
    cpu = server.cpu_seconds() - cpu
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": milliseconds(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99": milliseconds(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        "requests": requests,
        "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0),
        "cpu": cpu * 1000 / requests if requests else 0,
    }


def milliseconds(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


ROW = "{:<24}{:>9}{:>9}{:>9}{:>9}{:>7}{:>8}{:>8}"


def row(name, result, top=None):
    ratio = f"{result['rps'] / top['rps']:.2f}" if top else ""
    return ROW.format(
        name,
        f"{result['rps']:.0f}",
        f"{result['p50']:.1f}",
        f"{result['p99']:.1f}",
        f"{top['rps']:.0f}" if top else "",
        ratio,
        f"{result['cpu']:.2f}" if result["requests"] else "n/a",
        result["errors"],
    )


def compared(server, path, ceiling, ceiling_path, duration, rounds):
    """(page, ceiling) figures of the round with the median ratio.

    The ceiling itself swings by a factor of two from one run to the next here: one pair of runs can mislead.
    """
    pairs = []
    for _ in range(rounds):
        top = wrk(ceiling, ceiling_path, 32, duration)
        pairs.append((wrk(server, path, 32, duration), top))
    pairs.sort(key=lambda pair: pair[0]["rps"] / pair[1]["rps"])
    return pairs[len(pairs) // 2]


def measure(site, uncached, ceiling, urls, duration, rounds, *, redis):
    pages = [
        ("home", site, "/"),
        ("category, page 1", site, urls["category"]),
        (f"category, page {urls['deep']}", site, f"{urls['category']}?trang={urls['deep']}"),
        ("article", site, urls["article"]),
        ("search", site, "/tim-kiem/?q=chi+b%E1%BB%99"),
        ("documents", site, "/van-ban/"),
        ("document", site, urls["document"]),
        ("document search", site, "/van-ban/?q=nq+15"),
        ("static CSS", site, urls["css"]),
        ("article, no page cache", uncached, urls["article"]),
    ]
    print(
        f"{urls['articles']} articles; each page right after a run of the ceiling, {duration} s each;"
        f" the round with the median ratio of {rounds}"
    )
    print("\n32 connections:")
    header = ROW.format("page", "req/s", "p50 ms", "p99 ms", "ceiling", "ratio", "CPU ms", "errors")
    print(header + "\n" + "-" * len(header), flush=True)
    for name, server, path in pages:
        status, _ = fetch(server.url + path)
        fetch(server.url + path)  # the second one is from the cache
        if status == 404:
            print(f"{name:<24}n/a (404: {path})")
            continue
        if status != 200:
            sys.exit(f"{path} answered {status}")
        print(row(name, *compared(server, path, ceiling, "/", duration, rounds)), flush=True)
    print(row("ceiling (bare view)", wrk(ceiling, "/", 32, duration)))
    if redis:
        # What any page that is never stale pays at least: one round trip to the shared content version.
        print(
            row("ceiling + 1 Redis GET", *compared(ceiling, "/redis/", ceiling, "/", duration, rounds)),
            flush=True,
        )
    print("\n256 connections:")
    for name, server, path in [("article", site, urls["article"]), ("home", site, "/")]:
        print(row(name, wrk(server, path, 256, duration)), flush=True)


COUNT_CHECK = """
from django.core.management import call_command
from articles.models import Article
call_command("count_logged_views")
print(Article.objects.get(slug=%r).view_count)
"""


def bench_nginx(folder, env, urls, options, duration, rounds):
    if not nginx_front.nginx_binary():
        sys.exit("nginx is not installed: `apt-get install nginx` (make test installs it when it can)")
    views_log = folder / "nginx" / "bantin.views.log"
    env = {**env, "VIEW_COUNT_SOURCE": "nginx-log", "VIEW_LOG_PATH": str(views_log)}
    servers = []
    try:
        site = start(servers, env, "bulletin_site.wsgi:application", options)
        pages = [("article", urls["article"]), ("home", "/"), ("category, page 1", urls["category"])]
        (folder / "ceiling").mkdir()
        for n, (_, path) in enumerate(pages):
            (folder / "ceiling" / f"{n}.html").write_bytes(fetch(site.url + path)[1])
        front = nginx_front.Front(folder, site, nginx_front.free_port())
        servers.append(front)
        print(f"{urls['articles']} articles; nginx (deploy/nginx-bantin.conf, TLS) in front; the ceiling is")
        print(f"nginx sending the page's own bytes from a file; {duration} s each; median ratio of {rounds}")
        print("\n32 connections (CPU ms: the app's, Python's, per request):")
        header = ROW.format("page", "req/s", "p50 ms", "p99 ms", "ceiling", "ratio", "CPU ms", "errors")
        print(header + "\n" + "-" * len(header), flush=True)
        for n, (name, path) in enumerate(pages):
            status, _ = fetch(front.url + path)
            if status != 200:
                sys.exit(f"{path} answered {status} through nginx")
            ceiling = f"{nginx_front.CEILING}{n}.html"
            print(row(name, *compared(front, path, front, ceiling, duration, rounds)), flush=True)
        print("\n256 connections (each page right after its ceiling, one round):")
        for n, (name, path) in enumerate(pages):
            top = wrk(front, f"{nginx_front.CEILING}{n}.html", 256, duration)
            print(row(name, wrk(front, path, 256, duration), top), flush=True)
        slug = urls["article"].rstrip("/").rsplit("/", 1)[-1]
        count = lambda: int(manage(env, "shell", "-v", "0", "-c", COUNT_CHECK % slug).split()[-1])  # noqa: E731
        views = 500 if options.quick else 5000
        answered, counted = nginx_front.exact_count_check(front, urls["article"], views, count)
        verdict = "exact" if answered == counted == views else "NOT EXACT"
        print(f"\ncounter: {views} readers' views sent through nginx, {answered} answered 200,")
        print(f"count_logged_views added {counted}: {verdict}")
    finally:
        for server in reversed(servers):
            server.stop()


if __name__ == "__main__":
    main()
