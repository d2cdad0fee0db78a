"""`make bench` measures each page against bench/ceiling.py, the article's bytes from a bare view, started as
bench/run.py starts it: with the site's settings from the environment and nothing set up before."""

import pytest

from .processes import PRODUCTION, run_django

SERVE_ONCE = """
import bench.ceiling
from django.test import Client
response = Client(SERVER_NAME="127.0.0.1").get("/", secure=True)
print(response.status_code, response.content.decode())
"""


@pytest.mark.slow
def test_the_ceiling_starts_from_a_bare_environment_and_serves_the_page_it_is_given(tmp_path):
    page = tmp_path / "article.html"
    page.write_bytes("<h1>Bài đo trần</h1>".encode())

    result = run_django("-c", SERVE_ONCE, **PRODUCTION, BENCH_CEILING_PAGE=str(page))

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "200 <h1>Bài đo trần</h1>"
