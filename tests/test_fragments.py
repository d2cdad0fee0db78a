"""Parts of readers' pages rendered once for what they show (articles.fragments), and the parts of an
article's page kept across other articles' edits (articles.pagecache.kept): never a stale word, fewer
renders."""

import datetime

import pytest
from django.conf import settings
from django.db.models import F
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import timezone

from articles.models import Article, ArticleImage, Category, Photo, SiteSettings
from articles.pagecache import content_changed

from .factories import ArticleFactory, ArticleImageFactory, DocumentFactory, PhotoFactory, TopicFactory

pytestmark = pytest.mark.django_db

CARD = "{% load fragment_tags %}{% article_card article large=large show_category=True show_lead=True %}"


def as_included(article, large):
    """The card as the template renders it for this article, without the tag (what `{% include %}` gave)."""
    context = {"article": article, "large": large, "show_category": True, "show_lead": True}
    return render_to_string("includes/article_card.html", context)


def as_tagged(article, large):
    return Template(CARD).render(Context({"article": article, "large": large}))


def fresh(article):
    return Article.objects.for_listing().get(pk=article.pk)


CHANGES_WITHOUT_SAVE = {
    "title": lambda a: Article.objects.filter(pk=a.pk).update(title="Tiêu đề sửa bằng lệnh cập nhật"),
    "slug": lambda a: Article.objects.filter(pk=a.pk).update(slug="duong-dan-moi"),
    "lead": lambda a: Article.objects.filter(pk=a.pk).update(lead="Sapo mới của bài."),
    "date": lambda a: Article.objects.filter(pk=a.pk).update(
        published_at=F("published_at") - datetime.timedelta(days=400)
    ),
    "views": lambda a: Article.objects.filter(pk=a.pk).update(view_count=F("view_count") + 1234),
    "category name": lambda a: Category.objects.filter(pk=a.category_id).update(name="Chuyên mục đổi tên"),
    "cover renditions": lambda a: Photo.objects.filter(pk=a.cover_id).update(
        renditions=[{**r, "webp": r["webp"].replace(".webp", "-2.webp")} for r in a.cover.renditions]
    ),
    "cover size": lambda a: Photo.objects.filter(pk=a.cover_id).update(width=1, height=1),
}


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("change", CHANGES_WITHOUT_SAVE)
def test_a_card_always_shows_what_its_article_holds_now(change, large):
    """Even changed behind the models' back (no save(), no updated_at), a card never comes out stale: every
    value it shows is in its key."""
    article = fresh(ArticleFactory(cover=PhotoFactory(), view_count=7))
    assert as_tagged(article, large) == as_included(article, large)

    CHANGES_WITHOUT_SAVE[change](article)
    changed = fresh(article)

    assert as_tagged(changed, large) == as_included(changed, large)
    assert as_tagged(changed, large) != as_included(article, large)


def test_an_edit_renders_again_only_the_cards_of_the_article_it_changed(
    client, site_settings, django_capture_on_commit_callbacks
):
    for n in range(10):
        ArticleFactory(cover=PhotoFactory(), published_at=timezone.now() - datetime.timedelta(hours=n + 1))
    edited = Article.objects.published().newest_first().first()  # in "Tin mới" and in its category's row
    first = client.get("/")
    assert [t.name for t in first.templates].count("includes/article_card.html") > 10

    with django_capture_on_commit_callbacks(execute=True):
        edited.title = "Tiêu đề vừa được biên tập viên sửa"
        edited.save()
    again = client.get("/")

    rendered = [t.name for t in again.templates]
    assert rendered.count("includes/article_card.html") == 2  # its two cards: with and without the category
    assert rendered.count("includes/picture.html") == 0  # every photo as before
    # Its two cards and "Đọc nhiều", a list of links rendered again because one of them changed.
    assert again.content.decode().count("Tiêu đề vừa được biên tập viên sửa") == 3


def test_cards_show_the_current_view_count_from_a_kept_card(
    client, site_settings, django_capture_on_commit_callbacks
):
    article = ArticleFactory(view_count=41)
    assert "Lượt xem: 41" in client.get("/").content.decode()

    Article.objects.filter(pk=article.pk).update(view_count=99)
    with django_capture_on_commit_callbacks(execute=True):
        content_changed()  # any change: the home page is rendered again, its cards taken from memory
    again = client.get("/")

    assert "includes/article_card.html" not in [t.name for t in again.templates]
    assert "Lượt xem: 99" in again.content.decode()


def article_page(client, article):
    return client.get(article.get_absolute_url()).content.decode()


def test_another_articles_edit_leaves_an_article_pages_own_parts_kept(
    client, reader_site, django_capture_on_commit_callbacks, django_assert_num_queries
):
    article = reader_site.article
    page = article_page(client, article)
    assert "Hai đảng viên mới tuyên thệ" in page and "15-NQ/TU" in page and "Đại hội Đảng bộ" in page

    other = Article.objects.exclude(pk=article.pk).first()
    with django_capture_on_commit_callbacks(execute=True):
        other.title = "Bài khác vừa được sửa tiêu đề"
        other.save()
    # Every page is stale. 1. the article with its category and cover  2. related articles  3. most read
    # 4. newest  5. site settings  6. menu  7. the next scheduled publication  8. without Redis, the view
    # counter's UPDATE (Redis knows the count since the first view). Its photo rows, documents and topics
    # are the ones kept: the article's own row did not change, nor anything beside it.
    with django_assert_num_queries(7 if settings.REDIS_URL else 8):
        page = article_page(client, article)
    assert "Hai đảng viên mới tuyên thệ" in page and "15-NQ/TU" in page and "Đại hội Đảng bộ" in page


def test_a_new_photo_in_the_library_leaves_the_articles_own_parts_kept(
    client, reader_site, django_capture_on_commit_callbacks
):
    """A new photo is in no article yet: every page is rendered again, but no article for its page."""
    article = reader_site.article
    article_page(client, article)

    with django_capture_on_commit_callbacks(execute=True):
        PhotoFactory(alt_text="Ảnh vừa tải lên thư viện")

    rendered = [t.name for t in client.get(article.get_absolute_url()).templates]
    assert "articles/article_detail.html" in rendered
    assert "includes/article_main.html" not in rendered


def test_another_articles_photo_rows_leave_an_article_pages_own_parts_kept(
    client, reader_site, django_capture_on_commit_callbacks
):
    """A photo row is on its own article's page only: a new article's photos change that article alone."""
    article = reader_site.article
    other = Article.objects.exclude(pk=article.pk).first()
    article_page(client, article)
    article_page(client, other)

    with django_capture_on_commit_callbacks(execute=True):
        ArticleImageFactory(article=other, caption="Ảnh mới của bài khác")

    rendered = [t.name for t in client.get(article.get_absolute_url()).templates]
    assert "articles/article_detail.html" in rendered and "includes/article_main.html" not in rendered
    assert "Ảnh mới của bài khác" in article_page(client, other)


def test_an_articles_own_edit_shows_at_once(client, reader_site, django_capture_on_commit_callbacks):
    article = reader_site.article
    article_page(client, article)
    photo = PhotoFactory(alt_text="Ảnh mới trong thân bài")

    with django_capture_on_commit_callbacks(execute=True):
        article.body += f'<p><img src="{photo.url}" alt="Ảnh mới trong thân bài"></p>'
        article.save()

    assert photo.srcset_webp in article_page(client, article)


@pytest.mark.parametrize(
    "change",
    ["a photo row's caption", "a body photo's description", "a document about it", "a topic it belongs to"],
)
def test_what_beside_the_article_changed_shows_at_once(
    client, reader_site, change, django_capture_on_commit_callbacks
):
    article = reader_site.article
    photo = PhotoFactory(alt_text="Ảnh trong thân bài")
    Article.objects.filter(pk=article.pk).update(body=article.body + f'<p><img src="{photo.url}" alt=""></p>')
    article.refresh_from_db()
    article_page(client, article)
    article_page(client, article)

    with django_capture_on_commit_callbacks(execute=True):
        content_changed()  # the body changed behind save(): the kept parts are keyed by the body too
    assert photo.srcset_webp in article_page(client, article)

    with django_capture_on_commit_callbacks(execute=True):
        if change == "a photo row's caption":
            row = ArticleImage.objects.get(article=article)
            row.caption = "Chú thích vừa sửa trong thư viện"
            row.save()
            expected = "Chú thích vừa sửa trong thư viện"
        elif change == "a body photo's description":
            photo.alt_text = "Mô tả ảnh vừa sửa trong thư viện"  # the body's <img> has no alt of its own
            photo.save()
            expected = 'alt="Mô tả ảnh vừa sửa trong thư viện"'
        elif change == "a document about it":
            document = DocumentFactory(number="27-CT/TU", abstract="Về học tập nghị quyết")
            document.articles.add(article)
            document.save()
            expected = "Về học tập nghị quyết"
        else:
            topic = TopicFactory(name="Học tập và làm theo tư tưởng Hồ Chí Minh")
            topic.articles.add(article)
            topic.save()
            expected = "Học tập và làm theo tư tưởng Hồ Chí Minh"

    assert expected in article_page(client, article)


@pytest.mark.parametrize("change", ["its category's name", "the site's name", "its cover's description"])
def test_the_article_pages_head_follows_what_beside_the_article_changed(
    client, reader_site, change, django_capture_on_commit_callbacks
):
    """What the page says of the article in <head> is kept with it (includes/article_rendered.html)."""
    article = reader_site.article
    before = article_page(client, article)
    assert '<meta property="article:section" content="Tin xây dựng Đảng">' in before
    assert 'og:image:alt" content="Lễ kết nạp đảng viên"' in before

    with django_capture_on_commit_callbacks(execute=True):
        if change == "its category's name":
            category = Category.objects.get(pk=article.category_id)
            category.name = "Công tác xây dựng Đảng"
            category.save()
            expected = [
                '<meta property="article:section" content="Công tác xây dựng Đảng">',
                'title="Công tác xây dựng Đảng – Bản tin Xây dựng Đảng" href="/chuyen-muc/',
            ]
        elif change == "the site's name":
            site = SiteSettings.load()
            site.site_name = "Bản tin Đảng bộ tỉnh"
            site.save()
            expected = [
                '<meta property="og:site_name" content="Bản tin Đảng bộ tỉnh">',
                '"Bản tin Đảng bộ tỉnh"',
            ]
        else:
            cover = Photo.objects.get(pk=article.cover_id)
            cover.alt_text = "Đảng viên mới nhận hoa chúc mừng"
            cover.save()
            expected = ['<meta property="og:image:alt" content="Đảng viên mới nhận hoa chúc mừng">']

    after = article_page(client, article)
    for text in expected:
        assert text in after


def test_a_photo_row_added_to_an_article_shows_on_its_page(
    client, reader_site, django_capture_on_commit_callbacks
):
    article = reader_site.article
    article_page(client, article)

    with django_capture_on_commit_callbacks(execute=True):
        ArticleImageFactory(article=article, caption="Ảnh thứ hai của buổi lễ")

    assert "Ảnh thứ hai của buổi lễ" in article_page(client, article)


def test_the_kept_article_holds_the_address_of_the_host_it_was_asked_on(client, reader_site):
    article = reader_site.article
    path = article.get_absolute_url()

    on_testserver = client.get(path).content.decode()
    on_localhost = client.get(path, HTTP_HOST="localhost").content.decode()

    assert f"Địa chỉ bài viết: http://testserver{path}" in on_testserver
    assert f"Địa chỉ bài viết: http://localhost{path}" in on_localhost
    assert "testserver" not in on_localhost
