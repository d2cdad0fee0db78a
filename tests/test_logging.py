import json
import re

from .processes import run_django

# A site whose database was never migrated: every page that reads it fails with a 500.
SERVER_ERROR = """
import django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
print("ANSWER", client.get("/chuyen-muc/tin-xay-dung-dang/", {"trang": "2"}).status_code)
"""


def run_failing_request(tmp_path, **environment):
    result = run_django(
        "-c",
        SERVER_ERROR,
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        DJANGO_SETTINGS_MODULE="bulletin_site.settings",
        **environment,
    )
    assert result.returncode == 0, result.stderr
    assert "ANSWER 500" in result.stdout
    return [line for line in result.stdout.splitlines() if not line.startswith("ANSWER")]


def test_a_server_error_is_one_line_on_standard_output_with_the_path(tmp_path):
    lines = run_failing_request(tmp_path)

    [error] = [line for line in lines if " ERROR " in line]
    assert re.match(
        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ERROR django.request "
        r"Internal Server Error: /chuyen-muc/tin-xay-dung-dang/\\nTraceback",
        error,
    )
    assert "no such table: articles_category" in error


def test_json_logs_are_one_object_per_line_with_the_path(tmp_path):
    lines = run_failing_request(tmp_path, DJANGO_LOG_FORMAT="json")

    records = [json.loads(line) for line in lines]
    [error] = [record for record in records if record["level"] == "ERROR"]
    assert error["logger"] == "django.request"
    assert error["path"] == "/chuyen-muc/tin-xay-dung-dang/"
    assert error["method"] == "GET"
    assert error["status"] == 500
    assert "no such table: articles_category" in error["exception"]
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}$", error["time"])


def test_an_unknown_log_format_is_refused():
    result = run_django("manage.py", "check", DJANGO_LOG_FORMAT="xml")

    assert result.returncode != 0
    assert "DJANGO_LOG_FORMAT must be text or json, not 'xml'" in result.stderr
