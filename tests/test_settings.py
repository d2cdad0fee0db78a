import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def run_check(**environment):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=PROJECT, env=env, capture_output=True, text=True
    )


def test_production_refuses_the_development_secret_key():
    result = run_check(DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="bantin.example.vn")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG=0" in result.stderr


def test_production_refuses_to_start_without_its_host_names():
    result = run_check(DJANGO_DEBUG="0", DJANGO_SECRET_KEY="x" * 50)

    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr


def test_production_starts_with_a_key_and_host_names():
    result = run_check(DJANGO_DEBUG="0", DJANGO_SECRET_KEY="k" * 50, DJANGO_ALLOWED_HOSTS="bantin.example.vn")

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_a_mistyped_boolean_is_refused(value):
    result = run_check(DJANGO_DEBUG=value)

    assert result.returncode != 0
    assert f"DJANGO_DEBUG must be 0 or 1, not '{value}'" in result.stderr


S3_SETTINGS = """
import django
django.setup()
from django.conf import settings
from django.core.files.storage import storages
print("ANSWER", type(storages["default"]).__name__, storages["default"].url("photos/2026/03/a.jpg"))
print("ANSWER", " ".join(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]))
"""


def test_uploads_go_to_s3_compatible_storage_when_a_bucket_is_given():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AWS_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="bulletin_site.settings",
        AWS_STORAGE_BUCKET_NAME="bantin-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.vn",
        AWS_ACCESS_KEY_ID="khoa",
        AWS_SECRET_ACCESS_KEY="bi-mat",
        AWS_S3_CUSTOM_DOMAIN="media.bantin.example.vn",
    )
    result = subprocess.run(
        [sys.executable, "-c", S3_SETTINGS], cwd=PROJECT, env=env, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    assert [line for line in result.stdout.splitlines() if line.startswith("ANSWER")] == [
        "ANSWER S3Storage https://media.bantin.example.vn/photos/2026/03/a.jpg",
        "ANSWER 'self' data: https://media.bantin.example.vn/",
    ]


def test_a_bucket_without_its_public_address_is_refused():
    result = run_check(AWS_STORAGE_BUCKET_NAME="bantin-media")

    assert result.returncode != 0
    assert "AWS_S3_CUSTOM_DOMAIN must be set with AWS_STORAGE_BUCKET_NAME" in result.stderr
