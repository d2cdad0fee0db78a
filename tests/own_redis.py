"""A redis-server of the test's own on a port in 6391–6399, to kill, freeze and fill (not the shared one)."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time

import pytest

PORTS = range(6391, 6400)


def _port_is_free(port):
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


class OwnRedis:
    def __init__(self, folder, *options):
        self.folder, self.options = folder, options
        self.port = next((port for port in PORTS if _port_is_free(port)), None)
        if self.port is None:
            pytest.skip("no free port in 6391–6399 for a Redis of the test's own")
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        """Start (again, on the same files: what it had written to its append-only file comes back)."""
        self.process = subprocess.Popen(
            [
                *["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""],
                *["--appendonly", "yes", "--appendfsync", "always", "--dir", str(self.folder)],
                *self.options,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            address = ("127.0.0.1", self.port)
            with contextlib.suppress(OSError), socket.create_connection(address, 0.1) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(64).startswith(b"+PONG"):
                    return
            time.sleep(0.05)
        raise AssertionError("redis-server did not start")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    @contextlib.contextmanager
    def frozen(self):
        """SIGSTOP: it keeps its port open and answers nothing, as a Redis that hangs does."""
        self.process.send_signal(signal.SIGSTOP)
        try:
            yield
        finally:
            self.process.send_signal(signal.SIGCONT)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.kill()
            self.process.wait(timeout=10)


@contextlib.contextmanager
def own_redis(folder, *options):
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")
    os.makedirs(folder, exist_ok=True)
    server = OwnRedis(folder, *options)
    server.start()
    try:
        yield server
    finally:
        server.stop()
