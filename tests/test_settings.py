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
