"""sitemap.xml: the home page, the categories, the published articles, the static pages, documents, topics."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Article, Category, Document, Page, Topic


class HomeSitemap(Sitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return ["articles:home"]

    def location(self, item):
        return reverse(item)


class CategorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.7

    def items(self):
        return Category.objects.all()


class ArticleSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return Article.objects.published().newest_first().only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class PageSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.3

    def items(self):
        return Page.objects.published().only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class DocumentSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Document.objects.published().order_by("-published_at", "-pk").only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class TopicSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Topic.objects.only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class DocumentLibrarySitemap(HomeSitemap):
    changefreq = "daily"
    priority = 0.7

    def items(self):
        return ["articles:documents", "articles:topics"]


SITEMAPS = {
    "home": HomeSitemap,
    "categories": CategorySitemap,
    "articles": ArticleSitemap,
    "pages": PageSitemap,
    "library": DocumentLibrarySitemap,
    "documents": DocumentSitemap,
    "topics": TopicSitemap,
}
