"""The files docs/deploy.md installs parse with the tools that will read them: Debian's nginx and systemd."""

import contextlib
import http.server
import os
import shutil
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from .processes import PROJECT, free_port

DEPLOY = PROJECT / "deploy"
CERTIFICATES = "/etc/letsencrypt/live/bantin.example.vn/"


def require(tool):
    path = shutil.which(tool) or next(
        (p for p in [f"/usr/sbin/{tool}", f"/usr/bin/{tool}"] if os.path.exists(p)), None
    )
    if path:
        return path
    if os.environ.get("REQUIRE_TOOLS") == "1":
        pytest.fail(f"{tool} is required (REQUIRE_TOOLS=1) but is not installed")
    pytest.skip(f"{tool} is not installed: not checked here (make test installs it where it can)")


@pytest.fixture
def nginx_site(tmp_path):
    """The site file with a self-signed certificate in place of certbot's, and a wrapper config around it."""
    nginx = require("nginx")
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=bantin.example.vn",
            "-keyout",
            tmp_path / "privkey.pem",
            "-out",
            tmp_path / "fullchain.pem",
        ],
        check=True,
        capture_output=True,
    )
    site = (
        (DEPLOY / "nginx-bantin.conf")
        .read_text()
        .replace(CERTIFICATES, f"{tmp_path}/")
        .replace("/var/cache/nginx/bantin", f"{tmp_path}/cache")
    )

    def write(site_text, extra=""):
        (tmp_path / "site.conf").write_text(site_text)
        wrapper = tmp_path / "nginx.conf"
        wrapper.write_text(
            f"user root;\npid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\n{extra}"
            f"events {{}}\nhttp {{\n include /etc/nginx/mime.types;\n include {tmp_path}/site.conf;\n}}\n"
        )
        return wrapper

    return nginx, site, write


def test_the_nginx_site_passes_nginx_t(nginx_site):
    nginx, site, write = nginx_site

    result = subprocess.run([nginx, "-t", "-c", write(site)], capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr and "test is successful" in result.stderr


@contextlib.contextmanager
def running_nginx(nginx, config):
    process = subprocess.Popen([nginx, "-c", config, "-g", "daemon off;"], stderr=subprocess.PIPE)
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_nginx_serves_photos_with_nosniff_and_refuses_other_files(nginx_site, tmp_path):
    nginx, site, write = nginx_site
    media = tmp_path / "media"
    (media / "photos").mkdir(parents=True)
    (media / "photos" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (media / "photos" / "trang.html").write_text("<script>alert(1)</script>")
    port = free_port()
    site = (
        site.replace("/srv/bantin/media/", f"{media}/")
        .replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port} ssl http2;")
        .replace("listen [::]:443 ssl http2;", "")
        .replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
        .replace("listen [::]:80;", "")
        .replace("/var/log/nginx/", f"{tmp_path}/")
    )
    context = ssl._create_unverified_context()

    def get(path):
        request = urllib.request.Request(
            f"https://127.0.0.1:{port}{path}", headers={"Host": "bantin.example.vn"}
        )
        try:
            return urllib.request.urlopen(request, context=context, timeout=5)
        except urllib.error.HTTPError as error:
            return error

    with running_nginx(nginx, write(site)):
        for _ in range(50):
            with contextlib.suppress(OSError):
                photo = get("/media/photos/a.png")
                break
            time.sleep(0.1)
        page = get("/media/photos/trang.html")

    assert photo.status == 200
    assert photo.headers["Content-Type"] == "image/png"
    assert photo.headers["X-Content-Type-Options"] == "nosniff"
    assert "max-age=31536000" in photo.headers["Cache-Control"]
    assert "sandbox" in photo.headers["Content-Security-Policy"]
    assert page.status == 404


def test_the_systemd_units_pass_systemd_analyze_verify(tmp_path):
    systemd_analyze = require("systemd-analyze")
    gunicorn = shutil.which("gunicorn", path=os.path.dirname(sys.executable)) or "/bin/true"
    for name in ["bantin.service", "bantin-backup.service", "bantin-backup.timer", "bantin-views.service"]:
        text = (DEPLOY / name).read_text()
        # verify checks that the commands exist: point them at this machine's.
        text = text.replace("/srv/bantin/venv/bin/gunicorn", gunicorn)
        text = text.replace("/srv/bantin/venv/bin/python", sys.executable)
        (tmp_path / name).write_text(text)

    result = subprocess.run(
        [
            systemd_analyze,
            "verify",
            *(
                str(tmp_path / n)
                for n in [
                    "bantin.service",
                    "bantin-backup.service",
                    "bantin-backup.timer",
                    "bantin-views.service",
                ]
            ),
        ],
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # unknown keys are only warned about, on standard error


def test_the_environment_template_names_only_variables_the_settings_read():
    settings_text = (PROJECT / "bulletin_site" / "settings.py").read_text()
    names = [
        line.lstrip("# ").split("=")[0]
        for line in (DEPLOY / "bantin.env.example").read_text().splitlines()
        if "=" in line and line.lstrip("# ").split("=")[0].isupper()
    ]

    assert len(names) > 15
    assert [name for name in names if f'"{name}"' not in settings_text] == []


class AcceleratedDownload(http.server.BaseHTTPRequestHandler):
    """What the app answers for a document's file behind nginx: headers only (articles/views_documents.py)."""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.send_header(
            "Content-Disposition", "attachment; filename*=utf-8''Ngh%E1%BB%8B%20quy%E1%BA%BFt.pdf"
        )
        self.send_header("Cache-Control", "private, no-cache")
        self.send_header("X-Accel-Redirect", "/_tep-van-ban/documents/2026/12/abc.pdf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_nginx_sends_a_documents_file_the_app_counted_and_never_serves_it_directly(nginx_site, tmp_path):
    nginx, site, write = nginx_site
    media = tmp_path / "media"
    (media / "documents" / "2026" / "12").mkdir(parents=True)
    (media / "documents" / "2026" / "12" / "abc.pdf").write_bytes(b"%PDF-1.4 noi dung")
    app = http.server.ThreadingHTTPServer(("127.0.0.1", 0), AcceleratedDownload)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    port = free_port()
    site = (
        site.replace("/srv/bantin/media/", f"{media}/")
        .replace("server 127.0.0.1:8001;", f"server 127.0.0.1:{app.server_address[1]};")
        .replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port} ssl http2;")
        .replace("listen [::]:443 ssl http2;", "")
        .replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
        .replace("listen [::]:80;", "")
        .replace("/var/log/nginx/", f"{tmp_path}/")
    )
    context = ssl._create_unverified_context()

    def get(path):
        request = urllib.request.Request(
            f"https://127.0.0.1:{port}{path}", headers={"Host": "bantin.example.vn"}
        )
        try:
            return urllib.request.urlopen(request, context=context, timeout=5)
        except urllib.error.HTTPError as error:
            return error

    try:
        with running_nginx(nginx, write(site)):
            for _ in range(50):
                with contextlib.suppress(OSError):
                    download = get("/van-ban/tep/1/tai-ve/")
                    break
                time.sleep(0.1)
            body = download.read()
            direct = get("/media/documents/2026/12/abc.pdf")
            internal = get("/_tep-van-ban/documents/2026/12/abc.pdf")
    finally:
        app.shutdown()

    assert download.status == 200
    assert body == b"%PDF-1.4 noi dung"
    assert download.headers["Content-Type"] == "application/pdf"
    assert download.headers["Content-Disposition"].startswith("attachment; filename*=utf-8''Ngh")
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    assert "X-Accel-Redirect" not in download.headers
    assert direct.status == 404 and internal.status == 404
