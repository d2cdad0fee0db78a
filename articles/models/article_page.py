"""What an article's page reads (articles.views.article_detail): its article, and beside its row its photo
rows, the documents it is about and the topics it belongs to. Each is one query whose SQL is written once per
process (articles.models.compiled): an article nobody opened lately costs its queries, not their compiling.
The article's own query also says which of the others it has, so that a page without documents or topics
(most of them) does not ask for them."""

from django.db.models import Exists, OuterRef
from django.utils import timezone

from .articles import EARLIEST, Article, ArticleImage
from .compiled import CompiledQuery
from .documents import Document
from .topics import Topic


def article(slug):
    """The published article with this slug as its page shows it (Article.objects.for_reading()), or None."""
    found = _ARTICLE(slug=slug, now=timezone.now())
    return found[0] if found else None


def photo_rows(article):
    """The article's photo rows in their order, each with its library photo."""
    return _PHOTO_ROWS(article=article.pk) if _may_have(article, "photo_rows") else []


def documents_about(article):
    """The published documents the article is about, as lists show them."""
    return _DOCUMENTS(article=article.pk, now=timezone.now()) if _may_have(article, "documents") else []


def topics_of(article):
    """The topics the article belongs to, their names and slugs."""
    return _TOPICS(article=article.pk) if _may_have(article, "topics") else []


def _may_have(article, part):
    """Whether the article may have any of `part`: not when it was never saved (a preview of a new one), nor
    when article() read that it has none. An article read otherwise (a preview's) may."""
    return article.pk is not None and getattr(article, f"has_{part}", True)


def _published_with_parts_known(slug, now):
    published_documents = Document.objects.published(now).filter(articles=OuterRef("pk"))
    return (
        Article.objects.published(now)
        .for_reading()
        .filter(slug=slug)
        .annotate(
            has_photo_rows=Exists(ArticleImage.objects.filter(article=OuterRef("pk"))),
            has_documents=Exists(published_documents),
            has_topics=Exists(Topic.objects.filter(articles=OuterRef("pk"))),
        )[:1]
    )


_ARTICLE = CompiledQuery(_published_with_parts_known, slug="a-sample-slug", now=EARLIEST)
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
