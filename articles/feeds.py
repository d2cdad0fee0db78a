"""RSS feeds of the newest articles: the whole site's and each category's."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed

from .models import Article, Category, Document, SiteSettings, Topic
from .text import strip_control_characters

FEED_SIZE = 20


def _without_control_characters(value):
    if isinstance(value, str):
        return strip_control_characters(value, multiline=True)
    if isinstance(value, list | tuple):
        return [_without_control_characters(v) for v in value]
    return value


class XmlSafeRss(Rss201rev2Feed):
    """RSS whose text never holds a character XML 1.0 forbids: one stored before the text was cleaned on
    save (or written by QuerySet.update) would make Django refuse to write the whole feed."""

    def __init__(self, *args, **kwargs):
        super().__init__(
            *map(_without_control_characters, args),
            **{name: _without_control_characters(value) for name, value in kwargs.items()},
        )

    def add_item(self, *args, **kwargs):
        super().add_item(
            *map(_without_control_characters, args),
            **{name: _without_control_characters(value) for name, value in kwargs.items()},
        )


class LatestArticlesFeed(Feed):
    feed_type = XmlSafeRss

    def get_object(self, request, *args, **kwargs):
        return None

    def title(self, obj):
        return SiteSettings.load().site_name

    def link(self, obj):
        return reverse("articles:home")

    def description(self, obj):
        return "Tin bài mới nhất"

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj):
        return self.articles(obj).newest_first().for_listing()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.category.name]


class CategoryFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def title(self, obj):
        return f"{obj.name} – {SiteSettings.load().site_name}"

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        return obj.description or f"Tin bài mới nhất của chuyên mục {obj.name}"

    def articles(self, obj):
        return Article.objects.published().in_category(obj)


class DocumentFeed(Feed):
    """The newest documents of the library."""

    def title(self):
        return f"Văn bản mới – {SiteSettings.load().site_name}"

    def link(self):
        return reverse("articles:documents")

    def description(self):
        return "Văn bản mới đăng trong thư viện văn bản"

    def items(self):
        return Document.objects.published().for_listing().order_by("-published_at", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.abstract

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.document_type.name, item.issuer.name]


class TopicFeed(Feed):
    """The newest articles and documents of a topic."""

    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug)

    def title(self, obj):
        return f"{obj.name} – {SiteSettings.load().site_name}"

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        return obj.intro or f"Tin bài và văn bản của chuyên đề {obj.name}"

    def items(self, obj):
        articles = Article.objects.published().filter(topics=obj).for_listing().newest_first()[:FEED_SIZE]
        documents = Document.objects.published().filter(topics=obj).for_listing()
        documents = documents.order_by("-published_at", "-pk")[:FEED_SIZE]
        items = sorted([*articles, *documents], key=lambda item: (item.published_at, item.pk), reverse=True)
        return items[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.abstract if isinstance(item, Document) else item.lead

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at
