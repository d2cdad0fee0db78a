import os
import re
import shutil

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import RunPython

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in this thread; the tests' database calls stay synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"Chromium is required (REQUIRE_BROWSER=1) but {CHROMIUM} does not exist")
        pytest.skip("Chromium is not installed: browser tests skipped (make test installs it where it can)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    yield from page_in_a_new_context(browser)


def page_in_a_new_context(browser, **options):
    """A page in a context of its own (Vietnamese, 1280×900 unless told), closed safely after the test."""
    options = {"locale": "vi-VN", "viewport": {"width": 1280, "height": 900}, **options}
    context = browser.new_context(**options)
    writes = WritesOnTheirWay(context)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    # An article form still open autosaves a few seconds after a change and when it is closed (a beacon): no
    # such request may reach the live server while the test's database is being emptied (on PostgreSQL the
    # two deadlocked; on SQLite the flush failed on the half-saved draft's foreign key). New ones are refused,
    # and any write already sent is waited for.
    context.route(AUTOSAVE, lambda route: route.abort())
    writes.wait(page)
    context.close()


AUTOSAVE = re.compile(r"/tu-luu/")


class WritesOnTheirWay:
    """The requests other than GET a browser context has sent and not yet seen answered or failed."""

    def __init__(self, context):
        self.requests = set()
        context.on("request", self._sent)
        context.on("requestfinished", self._ended)
        context.on("requestfailed", self._ended)

    def _sent(self, request):
        if request.method != "GET":
            self.requests.add(request)

    def _ended(self, request):
        self.requests.discard(request)

    def wait(self, page, seconds=15):
        if self.requests and page.is_closed():
            page = page.context.new_page()
        for _ in range(seconds * 20):
            if not self.requests:
                return
            page.wait_for_timeout(50)  # lets Playwright deliver the events that empty the set
        raise AssertionError(f"requests still unanswered after {seconds} s: {self.requests}")


@pytest.fixture(autouse=True)
def data_from_migrations(transactional_db):
    """The data migrations' rows (groups, pages) made again: a browser test's database is emptied after it.

    serialized_rollback did not bring them back here (its saved copy was gone from the connection when a plain
    test had run first), so the articles migrations' own RunPython steps run again; each is safe to repeat.
    """
    loader = MigrationLoader(connection)
    with connection.schema_editor() as schema_editor:
        for key in loader.graph.forwards_plan(("articles", loader.graph.leaf_nodes("articles")[0][1])):
            steps = [op for op in loader.graph.nodes[key].operations if isinstance(op, RunPython)]
            if key[0] == "articles" and steps:
                state_apps = loader.project_state(key, at_end=True).apps
                for step in steps:
                    step.code(state_apps, schema_editor)
