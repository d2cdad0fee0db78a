"""Running the site as production runs it: in a separate process, with settings from the environment."""

import contextlib
import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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


def postgres_url():
    """The PostgreSQL server the suite runs on, or None on SQLite."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


@contextlib.contextmanager
def new_postgres_database(prefix):
    """A database of its own on the suite's server, dropped afterwards; yields its URL."""
    import psycopg2

    base = urlsplit(postgres_url())
    name = f"{prefix}_{secrets.token_hex(4)}"
    admin = psycopg2.connect(urlunsplit(base._replace(path="/postgres")))
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        yield urlunsplit(base._replace(path=f"/{name}"))
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
