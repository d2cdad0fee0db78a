"""What search engines, feed readers and link previews read: feeds, sitemap, robots.txt, canonical, meta."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils.timezone import localtime

from articles.models import Article

from .factories import ArticleFactory, CategoryFactory, PhotoFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def json_ld(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]


def test_site_feed_lists_the_newest_published_articles(client, site_settings):
    article = ArticleFactory(title="Kết nạp đảng viên", lead="Sapo của bài.")
    ArticleFactory(title="Bản nháp", status=Article.Status.DRAFT)

    response = client.get("/rss/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "Bản tin Xây dựng Đảng"
    assert channel.findtext("language") == "vi"
    [item] = channel.findall("item")
    assert item.findtext("title") == "Kết nạp đảng viên"
    assert item.findtext("description") == "Sapo của bài."
    assert item.findtext("link") == f"http://testserver{article.get_absolute_url()}"


def test_category_feed_lists_only_that_category(client, site_settings):
    category = CategoryFactory(name="Tin xây dựng Đảng")
    mine = ArticleFactory(category=category)
    ArticleFactory()

    response = client.get("/chuyen-muc/tin-xay-dung-dang/rss/")

    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "Tin xây dựng Đảng – Bản tin Xây dựng Đảng"
    assert [item.findtext("title") for item in channel.findall("item")] == [mine.title]
    assert client.get("/chuyen-muc/khong-co/rss/").status_code == 404


def test_pages_link_their_feeds(client, site_settings):
    category = CategoryFactory(name="Tin xây dựng Đảng")
    article = ArticleFactory(category=category)

    home = client.get("/").content.decode()
    category_page = client.get(category.get_absolute_url()).content.decode()
    article_page = client.get(article.get_absolute_url()).content.decode()

    site_feed = 'type="application/rss+xml" title="Bản tin Xây dựng Đảng – Tin mới" href="/rss/"'
    category_feed = (
        'type="application/rss+xml" title="Tin xây dựng Đảng – Bản tin Xây dựng Đảng" '
        'href="/chuyen-muc/tin-xay-dung-dang/rss/"'
    )
    assert site_feed in home and site_feed in category_page
    assert category_feed in category_page and category_feed in article_page


def test_sitemap_lists_home_categories_articles_and_pages_with_dates(client, site_settings):
    category = CategoryFactory()
    article = ArticleFactory(category=category)
    draft = ArticleFactory(status=Article.Status.DRAFT)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    urls = {
        url.findtext("s:loc", namespaces=SITEMAP_NS): url.findtext("s:lastmod", namespaces=SITEMAP_NS)
        for url in ET.fromstring(response.content).findall("s:url", SITEMAP_NS)
    }
    assert "http://testserver/" in urls
    assert f"http://testserver{category.get_absolute_url()}" in urls
    assert (
        urls[f"http://testserver{article.get_absolute_url()}"]
        == localtime(article.updated_at).date().isoformat()
    )
    assert f"http://testserver{draft.get_absolute_url()}" not in urls
    assert "http://testserver/trang/lien-he/" in urls


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_admin_and_search(client, settings):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert f"Disallow: /{settings.ADMIN_URL}" in lines
    assert "Disallow: /tim-kiem/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_every_page_has_an_absolute_canonical_url(client, site_settings):
    category = CategoryFactory()
    article = ArticleFactory(category=category)
    ArticleFactory.create_batch(12, category=category)

    def canonical(url):
        return re.search(r'<link rel="canonical" href="([^"]+)">', client.get(url).content.decode()).group(1)

    assert canonical("/?utm_source=zalo") == "http://testserver/"
    assert (
        canonical(article.get_absolute_url() + "?fbclid=1")
        == f"http://testserver{article.get_absolute_url()}"
    )
    assert canonical(category.get_absolute_url()) == f"http://testserver{category.get_absolute_url()}"
    assert (
        canonical(f"{category.get_absolute_url()}?trang=1")
        == f"http://testserver{category.get_absolute_url()}"
    )
    assert canonical(f"{category.get_absolute_url()}?trang=2") == (
        f"http://testserver{category.get_absolute_url()}?trang=2"
    )
    assert canonical("/trang/gioi-thieu/") == "http://testserver/trang/gioi-thieu/"
    assert 'rel="canonical"' not in client.get("/khong-co/").content.decode()


def test_article_page_has_open_graph_and_twitter_card_tags(client, site_settings):
    article = ArticleFactory(title="Kết nạp đảng viên", lead="Sapo của bài & chi bộ.")
    article.cover = PhotoFactory(alt_text="Lễ kết nạp")
    article.save()

    html = client.get(article.get_absolute_url()).content.decode()

    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Kết nạp đảng viên">' in html
    assert '<meta property="og:description" content="Sapo của bài &amp; chi bộ.">' in html
    assert f'<meta property="og:url" content="http://testserver{article.get_absolute_url()}">' in html
    assert f'<meta property="og:image" content="http://testserver{article.cover.url}">' in html
    assert '<meta property="og:image:width" content="64">' in html
    assert '<meta property="og:image:alt" content="Lễ kết nạp">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_page_without_a_picture_has_a_summary_card(client, site_settings):
    html = client.get("/").content.decode()

    assert '<meta property="og:type" content="website">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert "og:image" not in html


def test_article_page_describes_the_news_article_in_json_ld(client, site_settings):
    article = ArticleFactory(title="Kết nạp đảng viên", lead="Sapo.")
    article.cover = PhotoFactory()
    article.save()

    html = client.get(article.get_absolute_url()).content.decode()

    [organization, news] = json_ld(html)
    url = f"http://testserver{article.get_absolute_url()}"
    assert news["@type"] == "NewsArticle"
    assert news["headline"] == "Kết nạp đảng viên"
    assert news["description"] == "Sapo."
    assert news["datePublished"] == localtime(article.published_at).replace(microsecond=0).isoformat()
    assert news["dateModified"] == localtime(article.updated_at).replace(microsecond=0).isoformat()
    assert news["datePublished"].endswith("+07:00")
    assert news["image"] == [f"http://testserver{article.cover.url}"]
    assert news["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert news["publisher"] == {"@id": organization["@id"]}


def test_every_page_describes_the_institution_with_its_hours(client, site_settings):
    [organization] = json_ld(client.get("/").content.decode())

    assert organization["@type"] == "GovernmentOrganization"
    assert organization["name"] == "Bản tin Xây dựng Đảng"
    assert organization["address"]["streetAddress"] == "Số 1 đường Trung Tâm"
    assert organization["telephone"] == "0203.6500.163"
    assert organization["email"] == "bantin@example.vn"
    assert organization["sameAs"] == ["https://www.facebook.com/bantin", "https://www.youtube.com/@bantin"]
    tuesday_to_sunday = [
        f"https://schema.org/{day}"
        for day in ["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    ]
    assert organization["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": tuesday_to_sunday,
            "opens": "07:30",
            "closes": "12:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": tuesday_to_sunday,
            "opens": "13:30",
            "closes": "16:30",
        },
    ]


def test_json_ld_cannot_break_out_of_its_script_element(client, site_settings):
    site_settings.site_name = "Bản tin </script><script>alert(1)</script> & <!--"
    site_settings.save()

    html = client.get("/").content.decode()

    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["name"] == "Bản tin </script><script>alert(1)</script> & <!--"


def test_the_institution_follows_a_change_and_the_address_the_site_is_reached_at(
    client, site_settings, settings, django_capture_on_commit_callbacks
):
    """Built once per change and address (shared by the pages rendered meanwhile), never another's."""
    settings.ALLOWED_HOSTS = ["testserver", "bantin.example.vn"]
    category = ArticleFactory().category
    client.get("/")  # what the pages share is kept

    with django_capture_on_commit_callbacks(execute=True):  # the change makes every page stale
        site_settings.phone = "0203.3000.111"
        site_settings.save()
    [here] = json_ld(client.get(category.get_absolute_url()).content.decode())
    [there] = json_ld(client.get(category.get_absolute_url(), HTTP_HOST="bantin.example.vn").content.decode())

    assert here["telephone"] == there["telephone"] == "0203.3000.111"
    assert (here["@id"], here["url"]) == ("http://testserver/#to-chuc", "http://testserver/")
    assert (there["@id"], there["url"]) == ("http://bantin.example.vn/#to-chuc", "http://bantin.example.vn/")
