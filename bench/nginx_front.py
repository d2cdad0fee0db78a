"""`make bench NGINX=1`: Debian's nginx in front of the site with the deployment guide's site file
(deploy/nginx-bantin.conf: TLS, the one-second page cache, the view log), and as the ceiling the same nginx
serving each page's bytes from a file. The site runs with VIEW_COUNT_SOURCE=nginx-log; at the end N
reader views are sent and `count_logged_views` must add exactly N.
"""

import os
import shutil
import signal
import ssl
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CEILING = "/_tran-tinh/"  # + the page's name: its bytes as a file
CONTEXT = ssl._create_unverified_context()  # the self-signed certificate made here


def nginx_binary():
    return shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)


class Front:
    """nginx on a loopback port in front of the app server `app` (bench.run.Server)."""

    def __init__(self, folder, app, port):
        self.folder, self.app, self.port = folder, app, port
        self.url = f"https://127.0.0.1:{port}"
        self.views_log = folder / "nginx" / "bantin.views.log"
        nginx_folder = folder / "nginx"
        nginx_folder.mkdir()
        subprocess.run(
            [
                *["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
                *["-subj", "/CN=bantin.example.vn", "-keyout", nginx_folder / "privkey.pem"],
                *["-out", nginx_folder / "fullchain.pem"],
            ],
            check=True,
            capture_output=True,
        )
        site = (
            (PROJECT / "deploy" / "nginx-bantin.conf")
            .read_text()
            .replace("/etc/letsencrypt/live/bantin.example.vn/", f"{nginx_folder}/")
            .replace("/var/cache/nginx/bantin", f"{nginx_folder}/cache")
            .replace("/var/log/nginx/", f"{nginx_folder}/")
            .replace("server 127.0.0.1:8001;", f"server 127.0.0.1:{app.port};")
            .replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port} ssl http2;")
            .replace("listen [::]:443 ssl http2;", "")
            .replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
            .replace("listen [::]:80;", "")
            .replace("/srv/bantin/media/", f"{folder}/media/")
        )
        # The ceiling: the same server, each page's bytes as a file.
        ceiling = (
            f"    location {CEILING} {{\n        alias {folder}/ceiling/;\n"
            "        default_type text/html;\n    }\n\n    # Uploaded photos"
        )
        site = site.replace("    # Uploaded photos", ceiling, 1)
        (nginx_folder / "site.conf").write_text(site)
        user = "user root;\n" if os.geteuid() == 0 else ""
        (nginx_folder / "nginx.conf").write_text(
            f"{user}worker_processes auto;\npid {nginx_folder}/nginx.pid;\n"
            f"error_log {nginx_folder}/error.log;\n"
            "events { worker_connections 4096; }\n"
            f"http {{\n include /etc/nginx/mime.types;\n include {nginx_folder}/site.conf;\n}}\n"
        )
        self.process = subprocess.Popen(
            [nginx_binary(), "-c", nginx_folder / "nginx.conf", "-g", "daemon off;"], stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"nginx stopped:\n{self.process.stderr.read().decode()}")
            try:
                urllib.request.urlopen(self.url + "/healthz", timeout=5, context=CONTEXT)
                return
            except OSError:
                time.sleep(0.1)
        sys.exit("nginx did not answer within 20 s")

    def cpu_seconds(self):
        """The app server's: what a request through nginx costs in Python."""
        return self.app.cpu_seconds()

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            self.process.wait(timeout=30)


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def exact_count_check(front, path, views, count):
    """Send `views` readers' GETs of `path` through nginx; True if count() grew by exactly that many."""
    before = count()

    def get(n):
        request = urllib.request.Request(front.url + f"{path}?utm_source=bench&n={n}")
        with urllib.request.urlopen(request, timeout=30, context=CONTEXT) as response:
            response.read()
            return response.status

    with ThreadPoolExecutor(32) as pool:
        statuses = list(pool.map(get, range(views)))
    after = count()
    return statuses.count(200), after - before
