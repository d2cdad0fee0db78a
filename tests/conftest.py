import pytest

from articles.models import SiteSettings

from .factories import UserFactory
from .processes import PRODUCTION, run_django


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads go to a folder of the test's own, so a test can see exactly what was stored."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Production's PBKDF2 takes a quarter of a second per login by design; tests log in often."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def site_settings(db):
    site = SiteSettings.load()
    site.phone = "0203.6500.163"
    site.address = "Số 1 đường Trung Tâm"
    site.email = "bantin@example.vn"
    site.facebook_url = "https://www.facebook.com/bantin"
    site.youtube_url = "https://www.youtube.com/@bantin"
    site.zalo = "0912345678"
    site.save()
    return site


@pytest.fixture
def editor(db):
    return UserFactory(group="Biên tập viên")


@pytest.fixture
def site_admin(db):
    return UserFactory(group="Quản trị trang")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def site_admin_client(client, site_admin):
    client.force_login(site_admin)
    return client


@pytest.fixture(scope="session")
def production_env(tmp_path_factory):
    """Production settings for a subprocess, with the static files collected once by `collectstatic`."""
    static_root = tmp_path_factory.mktemp("staticfiles")
    env = {**PRODUCTION, "DJANGO_STATIC_ROOT": str(static_root), "DJANGO_STATIC_COMPRESS": "0"}
    result = run_django("manage.py", "collectstatic", "--noinput", **env)
    assert result.returncode == 0, result.stderr
    return env
