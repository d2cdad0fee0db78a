"""`make bench`, last step: the home, a category and an article page scored by Lighthouse at mobile settings.

    python bench/lighthouse.py [--runs N] [--keep FOLDER]

The site runs as in bench/run.py (gunicorn, DJANGO_DEBUG=0, collected static files; PostgreSQL and Redis when
DATABASE_URL and REDIS_URL are set, otherwise a fresh SQLite file) with the demo content. Lighthouse 12
(node_modules/, pinned in package.json; `make checkers` installs it) runs with its default mobile settings:
a 412 px phone at DPR 1.75, simulated slow 4G and a CPU four times slower. Each page is scored --runs times
and the run with the median performance score is shown: the machine is shared and the timings swing. Printed:
the four category scores, Cumulative Layout Shift and the other timings, the worst CLS of all the page's runs,
Lighthouse's CPU benchmark index of the run (lower when the machine is busy: TBT and the performance score
follow it), and each audit that kept a score under 100.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

from run import PROJECT, environment, fetch, manage, start

LIGHTHOUSE = PROJECT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The flags that keep Chromium from stalling on this closed network (tests/browser/conftest.py has them too).
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
    " --disable-component-update --disable-sync"
)
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# (audit, column, format, divisor)
TIMINGS = [
    ("cumulative-layout-shift", "CLS", "{:.3f}", 1),
    ("first-contentful-paint", "FCP s", "{:.1f}", 1000),
    ("largest-contentful-paint", "LCP s", "{:.1f}", 1000),
    ("total-blocking-time", "TBT ms", "{:.0f}", 1),
    ("speed-index", "SI s", "{:.1f}", 1000),
]
COLUMNS = [
    ("page", 10),
    *((name, len(name) + 2) for name in CATEGORIES),
    *((t[1], 8) for t in TIMINGS),
    ("worst CLS", 11),
    ("CPU index", 11),
]
PROBE = """
import json
from django.db.models import Count
from articles.models import Article, Category
biggest = Category.objects.annotate(n=Count("articles")).order_by("-n").first()
article = Article.objects.published().newest_first().exclude(photos=None).first()
print(json.dumps({"category": biggest.get_absolute_url(), "article": article.get_absolute_url()}))
"""


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs of each page (default 3)")
    parser.add_argument("--keep", type=Path, help="a folder to keep each page's shown JSON report in")
    options = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} is missing: `make checkers` installs it (npm ci)")
    if not Path(CHROMIUM).exists():
        sys.exit("Chromium is not installed: `make chromium` installs it")

    with tempfile.TemporaryDirectory(prefix="lighthouse-") as folder:
        folder = Path(folder)
        env = environment(folder)
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput", "--ignore", "django_ckeditor_5", "--ignore", "admin")
        manage(env, "load_demo_content")
        urls = json.loads(manage(env, "shell", "-v", "0", "-c", PROBE).splitlines()[-1])
        pages = [("home", "/"), ("category", urls["category"]), ("article", urls["article"])]
        servers = []
        try:
            # Lighthouse asks for one page at a time: two workers do.
            site = start(
                servers,
                env,
                "bulletin_site.wsgi:application",
                SimpleNamespace(workers=2, worker_class="sync", threads=1),
            )
            status = json.loads(fetch(site.url + "/gio-mo-cua/")[1])["text"]
            print(
                f"\nLighthouse {version()}, mobile settings, median of {options.runs} run(s) by performance;"
            )
            print(f"the live opening line says: {status}", flush=True)
            reports = {name: median_run(site.url + path, folder / name, options.runs) for name, path in pages}
        finally:
            for server in servers:
                server.stop()
        print(table(reports))
        if options.keep:
            options.keep.mkdir(parents=True, exist_ok=True)
            for name, report in reports.items():
                (options.keep / f"{name}.json").write_text(json.dumps(report))


def version():
    result = subprocess.run([LIGHTHOUSE, "--version"], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def median_run(url, stem, runs):
    """The report with the median performance score, carrying the worst layout shift of all the runs: a shift
    that depends on which answer comes first (a script's fetch against the first paint) shows in some only."""
    reports = [lighthouse(url, stem.with_name(f"{stem.name}-{run}.json")) for run in range(runs)]
    reports.sort(key=lambda report: report["categories"]["performance"]["score"])
    median = reports[len(reports) // 2]
    shifts = [report["audits"]["cumulative-layout-shift"]["numericValue"] for report in reports]
    median["worst_layout_shift"] = max(shifts)
    return median


def lighthouse(url, output):
    command = [LIGHTHOUSE, url, f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"]
    command += ["--output=json", f"--output-path={output}", "--quiet"]
    node_env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    result = subprocess.run(
        command, env={**node_env, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True
    )
    if result.returncode:
        sys.exit(f"lighthouse {url} failed:\n{result.stderr[-3000:]}")
    report = json.loads(output.read_text())
    if report.get("runtimeError"):
        sys.exit(f"lighthouse {url}: {report['runtimeError']}")
    return report


def table(reports):
    lines = [line([name for name, _ in COLUMNS]), "-" * sum(width for _, width in COLUMNS)]
    for name, report in reports.items():
        scores = [str(round(report["categories"][c]["score"] * 100)) for c in CATEGORIES]
        timings = [form.format(report["audits"][a]["numericValue"] / by) for a, _, form, by in TIMINGS]
        worst = f"{report.get('worst_layout_shift', 0):.3f}"
        lines.append(line([name, *scores, *timings, worst, f"{report['environment']['benchmarkIndex']:.0f}"]))
    for name, report in reports.items():
        lines += [f"  {name}: {shortfall}" for shortfall in shortfalls(report)]
    # Lighthouse's own warnings, such as a host CPU slower than its 4× slowdown assumes (a busy machine).
    warnings = {" ".join(w.split()) for report in reports.values() for w in report["runWarnings"]}
    lines += [f"Lighthouse warns: {warning}" for warning in sorted(warnings)]
    return "\n".join(lines)


def line(cells):
    return "".join(
        cell.ljust(width) if i == 0 else cell.rjust(width)
        for i, (cell, (_, width)) in enumerate(zip(cells, COLUMNS, strict=True))
    )


def shortfalls(report):
    """The audits that count towards a category's score and did not pass, with Lighthouse's figure."""
    found = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                shown = audit.get("displayValue", "")
                found.append(f"{category}, {ref['id']} ({audit['title']}) {shown}".rstrip())
    return found


if __name__ == "__main__":
    main()
