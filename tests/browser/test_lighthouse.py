"""Lighthouse's accessibility, best-practices and SEO scores of the readers' main pages, at mobile settings.

Those three are checks of the page, not timings; the performance score and layout shift are measured by
`make bench` (bench/lighthouse.py) against gunicorn with production settings.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.checkers import LIGHTHOUSE, node, npm_file, unavailable
from tests.conftest import public_urls

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CATEGORIES = ["accessibility", "best-practices", "seo"]
LEAST_SCORE = 0.95
# One Chromium and one Lighthouse process for all the pages: half the time of a `lighthouse` command per page.
REPORTER = Path(__file__).with_name("lighthouse_pages.mjs")


def lighthouse(urls):
    if not os.path.exists(CHROMIUM):
        unavailable(f"Chromium is not installed ({CHROMIUM}): Lighthouse cannot run (make test installs it)")
    npm_file(LIGHTHOUSE)
    result = subprocess.run(
        [node(), str(REPORTER), ",".join(CATEGORIES), *urls],
        env={**os.environ, "CHROME_PATH": CHROMIUM, "CHROME_FLAGS": " ".join(CHROMIUM_ARGS)},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_home_category_and_article_score_at_least_95_for_accessibility_practices_and_seo(
    live_server, reader_site
):
    names = ["home", "category", "article"]
    reports = lighthouse([f"{live_server.url}{public_urls(reader_site)[name]}" for name in names])

    problems = []
    for name, report in zip(names, reports, strict=True):
        assert report["runtimeError"] is None, (name, report["runtimeError"])
        for category, scored in report["categories"].items():
            if scored["score"] < LEAST_SCORE:
                problems.append(f"{name}, {category}: {scored['score']:.2f} {scored['failed']}")
    assert not problems, "\n".join(problems)
