"""`make backup` and `make restore`: the whole site in one archive, back again on an empty instance."""

import contextlib
import json
import tarfile
from pathlib import Path

import pytest

from .processes import new_postgres_database, postgres_url, run_django

pytestmark = pytest.mark.slow

# What a reader or an editor would miss: articles, photos, categories, settings, accounts and their rights.
COMPARED_MODELS = ["articles", "auth.user", "auth.group"]


@contextlib.contextmanager
def instance(tmp_path, name, database):
    """An instance of the site: its own database and its own media folder."""
    media = tmp_path / f"media-{name}"
    if database == "sqlite":
        yield {"DATABASE_URL": f"sqlite:///{tmp_path / f'{name}.sqlite3'}", "DJANGO_MEDIA_ROOT": str(media)}
    else:
        with new_postgres_database(f"wt_backup_{name}") as url:
            yield {"DATABASE_URL": url, "DJANGO_MEDIA_ROOT": str(media)}


def manage(env, *args):
    result = run_django("manage.py", *args, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def everything_in(env):
    # Left out: the activity log, which records the backup and the restore themselves (test_activity_log.py).
    dump = manage(
        env,
        "dumpdata",
        *COMPARED_MODELS,
        "--exclude",
        "articles.activityentry",
        "--natural-foreign",
        "-v",
        "0",
    )
    data = json.loads(dump)
    files = {
        str(path.relative_to(env["DJANGO_MEDIA_ROOT"])): path.read_bytes()
        for path in sorted(Path(env["DJANGO_MEDIA_ROOT"]).rglob("*"))
        if path.is_file()
    }
    return data, files


def make_demo_site(env, backups):
    """A site with the demo content and one changed setting, and its backup; returns what it holds."""
    manage(env, "migrate", "-v", "0")
    manage(env, "load_demo_content")
    manage(
        env,
        "shell",
        "-v",
        "0",
        "-c",
        "from articles.models import SiteSettings as S; s = S.load(); s.phone = '0203.3999.999'; s.save()",
    )
    output = manage(env, "backup", "--output-dir", str(backups))
    [archive] = backups.glob("bantin-*.tar.gz")
    return everything_in(env), archive, output


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("demo-site")
    with instance(tmp_path, "demo", "sqlite") as env:
        before, archive, output = make_demo_site(env, tmp_path / "backups")
        yield env, before, archive, output


def assert_restored(before, after):
    data, files = after
    assert data == before[0]
    assert files == before[1]
    # 59 library photos, each stored once with WebP and JPEG renditions at three widths: 59 × 7.
    assert len(files) == 413
    assert any(
        o["model"] == "articles.sitesettings" and o["fields"]["phone"] == "0203.3999.999" for o in data
    )


def test_a_backup_restored_on_an_empty_instance_gives_back_everything(tmp_path, demo_site):
    _, before, archive, output = demo_site

    with instance(tmp_path, "new", "sqlite") as new:
        restored = manage(new, "restore", str(archive))
        after = everything_in(new)

    assert "30 bài viết, 59 ảnh có chú thích, 413 tệp ảnh" in output
    assert "Đã khôi phục" in restored
    assert_restored(before, after)


@pytest.mark.skipif(not postgres_url(), reason="DATABASE_URL is not PostgreSQL: pg_dump/pg_restore not tried")
def test_a_postgresql_backup_restored_with_pg_restore_gives_back_everything(tmp_path):
    with instance(tmp_path, "old", "postgresql") as old, instance(tmp_path, "new", "postgresql") as new:
        before, archive, _ = make_demo_site(old, tmp_path / "backups")
        manage(new, "restore", str(archive))
        after = everything_in(new)

    with tarfile.open(archive) as tar:
        assert "database.dump" in tar.getnames()
    assert_restored(before, after)


def test_the_archive_holds_a_manifest_the_database_and_the_photos_and_only_its_owner_reads_it(demo_site):
    _, _, archive, _ = demo_site

    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert archive.stat().st_mode & 0o777 == 0o600
    assert names[:2] == ["manifest.json", "database.sqlite3"]
    assert sum(name.startswith("media/") for name in names) == 413
    assert manifest["database"] == "sqlite"
    assert manifest["django"].startswith("5.2")
    assert "articles.0001_initial" in manifest["migrations"]
    assert manifest["counts"] == {
        "articles": 30,
        "photos": 59,
        "categories": 5,
        "users": 0,
        "media_files": 413,
    }


def test_restore_refuses_a_site_that_has_articles_unless_forced(demo_site):
    site, _, archive, _ = demo_site

    refused = run_django("manage.py", "restore", str(archive), **site)
    forced = run_django("manage.py", "restore", str(archive), "--force", **site)

    assert refused.returncode != 0
    assert "Cơ sở dữ liệu đích đã có 30 bài viết" in refused.stderr
    assert forced.returncode == 0, forced.stderr
