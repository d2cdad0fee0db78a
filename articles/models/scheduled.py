"""When the next article and the next document scheduled for later go out: what the page cache must render
again by, so that each appears on time (articles.pagecache)."""

import datetime
from dataclasses import dataclass

from django.db.models import Min, Value
from django.utils import timezone

from .articles import Article
from .documents import Document


@dataclass(frozen=True)
class NextPublications:
    article: datetime.datetime | None
    document: datetime.datetime | None

    @property
    def earliest(self):
        return min((at for at in (self.article, self.document) if at is not None), default=None)

    def passed(self):
        return self.earliest is not None and self.earliest <= timezone.now()


def next_publications():
    """The next scheduled article's and document's publication times, in one query."""
    now = timezone.now()

    def first_scheduled(model, kind):
        scheduled = model.objects.filter(status=model.Status.PUBLISHED, published_at__gt=now)
        first = scheduled.order_by().values("status").annotate(first=Min("published_at"), kind=Value(kind))
        return first.values_list("kind", "first")

    found = dict(first_scheduled(Article, "article").union(first_scheduled(Document, "document"), all=True))
    return NextPublications(article=found.get("article"), document=found.get("document"))
