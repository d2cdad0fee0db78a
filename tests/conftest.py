from types import SimpleNamespace

import pytest
from django.core.cache import cache

from articles import throttle
from articles.models import Article, SiteSettings, TopicFeature

from .factories import (
    ArticleFactory,
    ArticleImageFactory,
    CategoryFactory,
    DocumentFactory,
    DocumentFileFactory,
    PhotoFactory,
    TopicFactory,
    UserFactory,
)
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


@pytest.fixture(autouse=True)
def page_cache(settings):
    """Every test runs with the page cache on, starting empty. With REDIS_URL set this empties that Redis
    database (pages and pending view counts): give the tests a database number of their own."""
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


@pytest.fixture(autouse=True)
def fresh_render_limits():
    """The per-client limit counts in this process's memory: each test starts with a full allowance."""
    throttle.reset()


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


@pytest.fixture
def writer(db):
    return UserFactory(group="Phóng viên")


@pytest.fixture
def writer_client(client, writer):
    client.force_login(writer)
    return client


@pytest.fixture
def reader_site(site_settings):
    """A small site as readers see it: categories, a full article with photos, enough for a second page."""
    category = CategoryFactory(name="Tin xây dựng Đảng", description="Tin về công tác xây dựng Đảng.")
    other = CategoryFactory(name="Văn hóa – Xã hội")
    article = ArticleFactory(
        category=category,
        title="Chi bộ thôn Đông kết nạp đảng viên trẻ",
        lead="Sáng nay, Chi bộ thôn Đông tổ chức lễ kết nạp hai đảng viên mới là đoàn viên thanh niên.",
        body=(
            "<p>Buổi lễ diễn ra <strong>trang trọng</strong> tại nhà văn hóa thôn.</p><p>[ảnh 1]</p>"
            "<h2>Rèn luyện, phấn đấu</h2><p>Đảng viên mới hứa <a href='https://example.vn/tin'>rèn luyện</a>."
            "</p><blockquote><p>Tôi nguyện phấn đấu suốt đời.</p></blockquote>"
            "<figure class='table'><table><tbody><tr><th>Năm</th><td>2024</td></tr></tbody></table></figure>"
        ),
        source_url="https://example.vn/bai-goc",
        view_count=500,
        is_featured=True,
    )
    article.cover = PhotoFactory(alt_text="Lễ kết nạp đảng viên")
    article.save()
    ArticleImageFactory(article=article, caption="Hai đảng viên mới tuyên thệ", alt_text="Hai người trước cờ")
    ArticleFactory.create_batch(13, category=category)
    ArticleFactory.create_batch(3, category=other)
    document = DocumentFactory(number="15-NQ/TU", abstract="Về phát triển đảng viên trong thanh niên")
    DocumentFileFactory(document=document)
    document.articles.add(article)
    topic = TopicFactory(name="Đại hội Đảng bộ các cấp nhiệm kỳ 2025–2030", cover=PhotoFactory(alt_text=""))
    topic.articles.add(article, *Article.objects.exclude(pk=article.pk)[:3])
    topic.documents.add(document)
    TopicFeature.objects.create(topic=topic, document=document, position=1)
    return SimpleNamespace(category=category, article=article, document=document, topic=topic)


def public_urls(site):
    """Every kind of page a reader can reach, by name."""
    return {
        "home": "/",
        "category": site.category.get_absolute_url(),
        "category page 2": f"{site.category.get_absolute_url()}?trang=2",
        "article": site.article.get_absolute_url(),
        "search results": "/tim-kiem/?q=ket+nap+dang",
        "search without results": "/tim-kiem/?q=khongcobaivietnay",
        "empty search": "/tim-kiem/",
        "about page": "/trang/gioi-thieu/",
        "contact page": "/trang/lien-he/",
        "documents": "/van-ban/",
        "document search": "/van-ban/?q=15-NQ%2FTU&loai=nghi-quyet",
        "document": site.document.get_absolute_url(),
        "topics": "/chuyen-de/",
        "topic": site.topic.get_absolute_url(),
        "404": "/khong-co-trang-nay/",
    }


@pytest.fixture(scope="session")
def production_env(tmp_path_factory):
    """Production settings for a subprocess, with the static files collected once by `collectstatic`."""
    static_root = tmp_path_factory.mktemp("staticfiles")
    env = {**PRODUCTION, "DJANGO_STATIC_ROOT": str(static_root), "DJANGO_STATIC_COMPRESS": "0"}
    result = run_django("manage.py", "collectstatic", "--noinput", **env)
    assert result.returncode == 0, result.stderr
    return env
