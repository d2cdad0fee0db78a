"""Running the site as production runs it: in a separate process, with settings from the environment."""

import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
    "DJANGO_ALLOWED_HOSTS": "bantin.example.vn,127.0.0.1",
}


def environment(**overrides):
    """This process's environment without the site's own variables, plus the given ones."""
    prefixes = ("DJANGO_", "AWS_", "REDIS_URL", "DATABASE_URL")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    env.update(overrides)
    return env


def run_django(*args, timeout=120, **overrides):
    """`python ARGS` in the project folder, e.g. run_django("manage.py", "check", DJANGO_DEBUG="0")."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT,
        env=environment(**overrides),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
