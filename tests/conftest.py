import pytest
from django.core.cache import cache

from articles.models import SiteSettings

from .factories import UserFactory


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads go to a folder of the test's own, so a test can see exactly what was stored."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def page_cache(settings):
    """Every test runs with the page cache on, starting empty. With REDIS_URL set this empties that Redis
    database (pages and pending view counts): give the tests a database number of their own."""
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


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
