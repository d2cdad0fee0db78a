import datetime
import time

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import Client
from django.utils import timezone

from articles.models import Article, Photo, SiteSettings
from articles.pagecache import cached_page

from .factories import ArticleFactory, ArticleImageFactory, CategoryFactory, DocumentFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/quan-tri/articles/article/"


@pytest.fixture
def reader():
    """A reader's browser, apart from the staff member's (the `client` fixture) in the same test."""
    return Client()


@pytest.fixture
def changes_committed(django_capture_on_commit_callbacks):
    """The editor's changes, committed: the content version moves only once the transaction commits."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def pages(article):
    return ["/", article.category.get_absolute_url(), article.get_absolute_url()]


def html(client, url):
    return client.get(url).content.decode()


def article_change_form(article, **changes):
    """What the admin's change form posts for an article without captioned photos."""
    local = timezone.localtime(article.published_at)
    data = {
        "title": article.title,
        "slug": article.slug,
        "category": article.category_id,
        "lead": article.lead,
        "body": article.body,
        "source_name": article.source_name,
        "source_url": article.source_url,
        "status": article.status,
        "published_at_0": local.strftime("%Y-%m-%d"),
        "published_at_1": local.strftime("%H:%M:%S"),
        "review_comment": "",
        "expected_version": article.version,
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_readers_get_the_cached_page_until_something_changes(reader, site_settings):
    article = ArticleFactory(title="Tiêu đề cũ")
    for url in pages(article):
        reader.get(url)
    # Changed behind the site's back (update() promises no new content version): readers still get the
    # pages as cached, which shows that they come from the cache.
    Article.objects.filter(pk=article.pk).update(title="Tiêu đề mới")

    for url in pages(article):
        assert "Tiêu đề cũ" in html(reader, url), url


def test_publishing_an_article_shows_it_at_once_on_every_page(
    reader, editor_client, site_settings, changes_committed
):
    neighbour = ArticleFactory(title="Bài đã có")
    draft = ArticleFactory(
        title="Bài mới được đăng", category=neighbour.category, status=Article.Status.DRAFT
    )
    for url in pages(neighbour):
        assert draft.title not in html(reader, url)

    with changes_committed():
        editor_client.post(CHANGELIST, {"action": "publish", "_selected_action": [draft.pk]})

    for url in [*pages(neighbour), draft.get_absolute_url()]:
        assert draft.title in html(reader, url), url


def test_editing_an_article_in_the_admin_shows_at_once_on_every_page(
    reader, editor_client, site_settings, changes_committed
):
    article = ArticleFactory(title="Tiêu đề cũ", is_featured=True)
    for url in pages(article):
        assert "Tiêu đề cũ" in html(reader, url)

    with changes_committed():
        response = editor_client.post(
            f"/quan-tri/articles/article/{article.pk}/change/",
            article_change_form(article, title="Tiêu đề đã sửa", is_featured="on"),
        )
    assert response.status_code == 302, response.context and response.context["errors"]

    for url in pages(article):
        page = html(reader, url)
        assert "Tiêu đề đã sửa" in page and "Tiêu đề cũ" not in page, url


def test_unpublishing_an_article_hides_it_at_once(reader, editor_client, site_settings, changes_committed):
    article = ArticleFactory(title="Bài sắp bị gỡ")
    for url in pages(article):
        assert article.title in html(reader, url)

    with changes_committed():
        editor_client.post(CHANGELIST, {"action": "unpublish", "_selected_action": [article.pk]})

    assert reader.get(article.get_absolute_url()).status_code == 404
    assert article.title not in html(reader, "/")
    assert article.title not in html(reader, article.category.get_absolute_url())


def test_deleting_articles_with_the_admins_bulk_action_hides_them_at_once(
    reader, editor_client, site_settings, changes_committed
):
    article = ArticleFactory(title="Bài sắp bị xóa")
    for url in pages(article):
        assert article.title in html(reader, url)

    with changes_committed():
        editor_client.post(
            CHANGELIST, {"action": "delete_selected", "_selected_action": [article.pk], "post": "yes"}
        )

    assert not Article.objects.exists()
    assert reader.get(article.get_absolute_url()).status_code == 404
    assert article.title not in html(reader, "/")
    assert article.title not in html(reader, article.category.get_absolute_url())


def test_scheduling_a_published_article_for_later_hides_it_at_once(reader, site_settings, changes_committed):
    article = ArticleFactory(title="Bài được hẹn lại giờ")
    for url in pages(article):
        assert article.title in html(reader, url)

    with changes_committed():
        article.published_at = timezone.now() + datetime.timedelta(hours=2)
        article.save()

    assert reader.get(article.get_absolute_url()).status_code == 404
    assert article.title not in html(reader, "/")
    assert article.title not in html(reader, article.category.get_absolute_url())


def test_a_scheduled_article_appears_on_time_by_itself(reader, site_settings):
    neighbour = ArticleFactory(title="Bài đã đăng")
    scheduled = ArticleFactory(
        title="Bài hẹn giờ đăng", published_at=timezone.now() + datetime.timedelta(seconds=1.5)
    )
    # Cached now, but only until the scheduled time, not for PAGE_CACHE_SECONDS: the pages and the lists
    # they share ("Tin mới" on the neighbour's page).
    assert scheduled.title not in html(reader, "/")
    assert scheduled.title not in html(reader, neighbour.get_absolute_url())

    time.sleep(max((scheduled.published_at - timezone.now()).total_seconds(), 0) + 0.05)

    assert scheduled.title in html(reader, "/")
    assert scheduled.title in html(reader, neighbour.get_absolute_url())
    assert reader.get(scheduled.get_absolute_url()).status_code == 200


def test_editing_a_category_shows_at_once(reader, editor_client, site_settings, changes_committed):
    article = ArticleFactory(category=CategoryFactory(name="Tên cũ của chuyên mục"))
    for url in pages(article):
        assert "Tên cũ của chuyên mục" in html(reader, url)

    with changes_committed():
        response = editor_client.post(
            f"/quan-tri/articles/category/{article.category.pk}/change/",
            {
                "name": "Tên mới của chuyên mục",
                "slug": article.category.slug,
                "position": "1",
                "is_in_menu": "on",
            },
        )
    assert response.status_code == 302

    for url in pages(article):
        page = html(reader, url)
        assert "Tên mới của chuyên mục" in page and "Tên cũ của chuyên mục" not in page, url


def test_editing_the_site_settings_shows_at_once_on_every_page(reader, site_settings, changes_committed):
    article = ArticleFactory()
    for url in pages(article):
        assert "0203.6500.163" in html(reader, url)

    with changes_committed():
        site = SiteSettings.load()
        site.phone = "0203.3999.999"
        site.save()

    for url in pages(article):
        page = html(reader, url)
        assert "0203.3999.999" in page and "0203.6500.163" not in page, url


@pytest.mark.parametrize("what", ["caption", "library photo's description"])
def test_editing_a_photo_shows_at_once(reader, site_settings, changes_committed, what):
    article = ArticleFactory(body="<p>Bài có ảnh.</p>")
    image = ArticleImageFactory(article=article, caption="Chú thích cũ", alt_text="")
    image.photo.alt_text = "Mô tả cũ"
    image.photo.save()
    assert "Chú thích cũ" in html(reader, article.get_absolute_url())

    with changes_committed():
        if what == "caption":
            image.caption = "Chú thích mới"
            image.save()
        else:
            photo = Photo.objects.get(pk=image.photo_id)
            photo.alt_text = "Mô tả mới"
            photo.save()

    page = html(reader, article.get_absolute_url())
    assert ("Chú thích mới" if what == "caption" else 'alt="Mô tả mới"') in page


def test_staff_are_never_served_a_cached_page(reader, editor_client, site_settings):
    article = ArticleFactory(title="Tiêu đề cũ")
    for url in pages(article):
        reader.get(url)
    Article.objects.filter(pk=article.pk).update(title="Tiêu đề mới")  # no new version: readers keep the old

    for url in pages(article):
        assert "Tiêu đề mới" in html(editor_client, url), url
        assert "Tiêu đề cũ" in html(reader, url), url


def test_staff_never_put_a_page_in_the_cache(reader, editor_client, site_settings):
    article = ArticleFactory(title="Tiêu đề cũ")
    for url in pages(article):
        editor_client.get(url)
    Article.objects.filter(pk=article.pk).update(title="Tiêu đề mới")

    for url in pages(article):
        assert "Tiêu đề mới" in html(reader, url), url


def test_readers_pages_must_be_revalidated_and_staff_pages_are_never_stored(
    reader, editor_client, site_settings
):
    article = ArticleFactory()

    for url in pages(article):
        assert reader.get(url)["Cache-Control"] == "no-cache", url
        assert reader.get(url)["Cache-Control"] == "no-cache", url  # from the cache too
        assert editor_client.get(url)["Cache-Control"] == "private, no-store", url


def test_links_shared_with_tracking_parameters_get_the_cached_page(
    reader, site_settings, django_assert_num_queries
):
    article = ArticleFactory()
    reader.get(article.get_absolute_url())

    # The view counter's UPDATE without Redis, nothing with Redis: the page itself is the cached one.
    with django_assert_num_queries(0 if settings.REDIS_URL else 1):
        response = reader.get(article.get_absolute_url(), {"fbclid": "IwAR0x", "utm_source": "zalo"})
    assert response.status_code == 200


def test_the_page_cache_can_be_turned_off(reader, settings, site_settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    ArticleFactory()
    reader.get("/")

    # Rendered again: 1. the featured, latest and newest per category  2. most read  3. current topics
    # 4. site settings  5. menu
    with django_assert_num_queries(5):
        assert reader.get("/").status_code == 200


@pytest.mark.parametrize(("sets_cookie", "renders"), [(False, 1), (True, 2)])
def test_an_answer_that_sets_a_cookie_is_never_cached(rf, sets_cookie, renders):
    rendered = []

    @cached_page()
    def view(request):
        rendered.append(request)
        response = HttpResponse("Xin chào")
        if sets_cookie:
            response.set_cookie("da_chon", "1")
        return response

    first, second = view(rf.get("/thu/")), view(rf.get("/thu/"))

    assert len(rendered) == renders
    assert first.content == second.content == "Xin chào".encode()


def test_feeds_and_the_sitemap_come_from_the_cache_and_show_a_new_article_at_once(
    reader, site_settings, changes_committed, django_assert_num_queries
):
    article = ArticleFactory(title="Bài đã đăng")
    urls = ["/rss/", f"{article.category.get_absolute_url()}rss/", "/sitemap.xml"]
    first = {url: reader.get(url) for url in urls}

    for url in urls:
        with django_assert_num_queries(0):
            again = reader.get(url)
        assert again.content == first[url].content, url
        assert again["Content-Type"] == first[url]["Content-Type"], url
    assert reader.get("/sitemap.xml")["X-Robots-Tag"] == first["/sitemap.xml"]["X-Robots-Tag"]

    with changes_committed():
        new = ArticleFactory(category=article.category, title="Bài mới được đăng")
    for url in urls:
        assert new.get_absolute_url() in reader.get(url).content.decode(), url


def test_a_scheduled_document_appears_on_time_by_itself(reader, site_settings):
    article = ArticleFactory(title="Bài về nghị quyết sắp ban hành")
    scheduled = DocumentFactory(
        number="27-NQ/TU", published_at=timezone.now() + datetime.timedelta(seconds=1.5)
    )
    scheduled.articles.add(article)
    # The document list and the article's page (its kept part lists the documents it is about) are cached
    # now, but only until the document's time.
    assert "27-NQ/TU" not in html(reader, "/van-ban/")
    assert "27-NQ/TU" not in html(reader, article.get_absolute_url())

    time.sleep(max((scheduled.published_at - timezone.now()).total_seconds(), 0) + 0.05)

    assert "27-NQ/TU" in html(reader, "/van-ban/")
    assert "27-NQ/TU" in html(reader, article.get_absolute_url())


def test_an_articles_part_of_its_page_outlives_the_page(reader, site_settings, settings):
    """Kept for KEPT_PARTS_SECONDS: a page expired, the article is not rendered again for it."""
    settings.PAGE_CACHE_SECONDS = 1
    long_kept, short_kept = ArticleFactory(), ArticleFactory()
    for article in (long_kept, short_kept):
        ArticleImageFactory(article=article, caption=f"Ảnh của {article.title}")
    settings.KEPT_PARTS_SECONDS = 300
    reader.get(long_kept.get_absolute_url())
    settings.KEPT_PARTS_SECONDS = 1
    reader.get(short_kept.get_absolute_url())

    time.sleep(1.1)

    def rendered_again(article):
        response = reader.get(article.get_absolute_url())
        assert f"Ảnh của {article.title}" in response.content.decode()
        return "includes/article_main.html" in [t.name for t in response.templates]

    assert not rendered_again(long_kept)
    assert rendered_again(short_kept)
