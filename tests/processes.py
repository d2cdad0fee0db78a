"""Running the site as production runs it: in a separate process, with settings from the environment."""

import concurrent.futures
import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
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


class Site:
    """The site under gunicorn with two workers, with the given environment."""

    def __init__(self, env):
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = None
        self.log = tempfile.TemporaryFile()

    def errors(self):
        """What the server wrote to its standard error."""
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def manage(self, *args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=PROJECT, env=self.env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    def python(self, code):
        return self.manage("shell", "-v", "0", "-c", code)

    def start(self):
        self.server = subprocess.Popen(
            [
                *[sys.executable, "-m", "gunicorn", "bulletin_site.wsgi", "--workers", "2"],
                *["--bind", f"127.0.0.1:{self.port}", "--no-control-socket", "--graceful-timeout", "5"],
            ],
            cwd=PROJECT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=self.log,  # a file, not a pipe: a pipe nobody reads would block the server once full
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/healthz", timeout=5)
                return
            except OSError:
                assert self.server.poll() is None, self.errors()
                time.sleep(0.1)
        raise AssertionError("gunicorn did not answer within 30 s")

    def stop(self):
        self.server.send_signal(signal.SIGTERM)
        self.server.wait(timeout=30)

    def get_all(self, path, count, readers=16):
        def get(_):
            with urllib.request.urlopen(f"{self.url}{path}", timeout=30) as response:
                return response.status, response.read().decode()

        with concurrent.futures.ThreadPoolExecutor(readers) as pool:
            return list(pool.map(get, range(count)))
