"""What an article's page shows beside its own row (articles.views.article_parts): its photo rows, the
documents it is about and the topics it belongs to. Each is one query whose SQL is written once per process
(articles.models.compiled): an article nobody opened lately costs its queries, not their compiling."""

from django.utils import timezone

from .articles import EARLIEST, ArticleImage
from .compiled import CompiledQuery
from .documents import Document
from .topics import Topic


def photo_rows(article_id):
    """The article's photo rows in their order, each with its library photo."""
    return _PHOTO_ROWS(article=article_id)


def documents_about(article_id):
    """The published documents the article is about, as lists show them."""
    return _DOCUMENTS(article=article_id, now=timezone.now())


def topics_of(article_id):
    """The topics the article belongs to, their names and slugs."""
    return _TOPICS(article=article_id)


_PHOTO_ROWS = CompiledQuery(
    lambda article: ArticleImage.objects.filter(article_id=article).select_related("photo"), article=-1000
)
_DOCUMENTS = CompiledQuery(
    lambda article, now: Document.objects.published(now).for_listing().filter(articles=article),
    article=-1000,
    now=EARLIEST,
)
_TOPICS = CompiledQuery(
    lambda article: Topic.objects.filter(articles=article).only("name", "slug"), article=-1000
)
