"""One archive holds the whole site: the database (pg_dump, or SQLite's online backup) and the uploads."""

import io
import json
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

DUMP_NAMES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
COUNTED = {
    "articles": "articles.Article",
    "photos": "articles.ArticleImage",
    "categories": "articles.Category",
    "users": "auth.User",
}


class BackupError(Exception):
    pass


def _postgres_environment():
    """libpq's variables, so that the password never shows in the process list."""
    db = connection.settings_dict
    env = {**os.environ, "PGDATABASE": db["NAME"], "PGUSER": db.get("USER") or ""}
    for variable, key in [("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGPASSWORD", "PASSWORD")]:
        if db.get(key):
            env[variable] = str(db[key])
    return env


def _run(command):
    try:
        subprocess.run(command, env=_postgres_environment(), check=True, capture_output=True, text=True)
    except FileNotFoundError:
        raise BackupError(f"Không tìm thấy {command[0]}: cài gói postgresql-client.") from None
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} lỗi: {error.stderr.strip()}") from None


def _dump_database(path):
    if connection.vendor == "postgresql":
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={path}"])
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        target.close()
    else:
        raise BackupError(f"Không sao lưu được cơ sở dữ liệu loại {connection.vendor}.")


def _counts():
    counts = {}
    for name, label in COUNTED.items():
        counts[name] = apps.get_model(label).objects.count()
    return counts


def _media_files():
    if not isinstance(default_storage, FileSystemStorage):
        return None  # object storage keeps its own copies (versioning); see docs/deploy.md
    root = Path(settings.MEDIA_ROOT)
    if not root.exists():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and not path.name.startswith("."))


def create_backup(directory):
    """Write bantin-YYYYmmdd-HHMMSS.tar.gz into directory and return its path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    archive = directory / f"bantin-{stamp}.tar.gz"
    media = _media_files()
    manifest = {
        "created_at": timezone.localtime().isoformat(),
        "django": django.get_version(),
        "database": connection.vendor,
        "migrations": sorted(f"{a}.{n}" for a, n in MigrationRecorder(connection).applied_migrations()),
        "counts": {**_counts(), "media_files": len(media) if media is not None else None},
    }
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / DUMP_NAMES.get(connection.vendor, "database")
        _dump_database(dump)
        partial = archive.with_suffix(".partial")
        # The archive holds password hashes: readable by its owner only.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file, tarfile.open(fileobj=file, mode="w:gz") as tar:
            data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mtime = len(data), int(timezone.now().timestamp())
            tar.addfile(info, io.BytesIO(data))
            tar.add(dump, arcname=dump.name)
            for path in media or []:
                tar.add(path, arcname=f"media/{path.relative_to(settings.MEDIA_ROOT)}")
        partial.rename(archive)
    return archive, manifest


def _articles_in_target():
    if "articles_article" not in connection.introspection.table_names():
        return 0
    return apps.get_model("articles.Article").objects.count()


def restore_backup(archive, force=False):
    """Put an archive's database and files in place of this instance's; refuse over existing articles."""
    with tarfile.open(archive, "r:gz") as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        if manifest["database"] != connection.vendor:
            raise BackupError(
                f"Bản sao lưu là của {manifest['database']}, cơ sở dữ liệu đích là {connection.vendor}."
            )
        existing = _articles_in_target()
        if existing and not force:
            raise BackupError(
                f"Cơ sở dữ liệu đích đã có {existing} bài viết. Chỉ khôi phục vào trang trống, "
                "hoặc thêm --force để ghi đè."
            )
        with tempfile.TemporaryDirectory() as work:
            dump_name = DUMP_NAMES[connection.vendor]
            tar.extract(dump_name, work, filter="data")
            _restore_database(Path(work) / dump_name)
        media_root = Path(settings.MEDIA_ROOT)
        for member in tar.getmembers():
            if member.name.startswith("media/") and member.isfile():
                member.name = member.name.removeprefix("media/")
                tar.extract(member, media_root, filter="data")
    return manifest


def _restore_database(dump):
    if connection.vendor == "postgresql":
        connection.close()
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={connection.settings_dict['NAME']}",
                str(dump),
            ]
        )
    else:
        connection.ensure_connection()
        with sqlite3.connect(dump) as source:
            source.backup(connection.connection)
        source.close()
