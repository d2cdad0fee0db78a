import json
import subprocess

import pytest

from .checkers import VNU_JAR, java, npm_file
from .conftest import public_urls

pytestmark = pytest.mark.django_db

SITE_CSS = "static/css/site.css"


def nu_checker(*arguments):
    """The Nu HTML Checker's messages about the files given, as dicts."""
    result = subprocess.run(
        [
            java(),
            "-Xss8m",
            "-jar",
            str(npm_file(VNU_JAR)),
            "--format",
            "json",
            "--exit-zero-always",
            *arguments,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(result.stderr)["messages"]


def describe(messages):
    return "\n".join(
        f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['type']}: {m['message']}"
        for m in messages
    )


def test_every_public_page_and_the_stylesheet_are_valid(client, reader_site, tmp_path):
    files = []
    for name, url in public_urls(reader_site).items():
        response = client.get(url)
        assert response.status_code == (404 if name == "404" else 200), name
        path = tmp_path / f"{name.replace(' ', '-')}.html"
        path.write_bytes(response.content)
        files.append(str(path))

    # One run for all (the checker's Java takes seconds to start); it checks .css files as CSS.
    messages = nu_checker("--also-check-css", *files, SITE_CSS)

    errors = [m for m in messages if m["type"] in {"error", "non-document-error"}]
    assert not errors, describe(errors)
