"""The article as its form holds it now, not as last saved: for "Xem trước", never stored."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from .dates import DayFirstSplitDateTimeField
from .models import Article, Category, Photo
from .text import sanitize_html, vietnamese_slugify

NO_CATEGORY = Category(name="Chưa chọn chuyên mục", slug="chua-chon-chuyen-muc")


def article_from_form(data, saved=None):
    """An unsaved Article from the form's fields; what cannot be read keeps the saved (or default) value."""
    article = Article.objects.get(pk=saved.pk) if saved is not None else Article()
    for name in ("title", "lead", "byline", "source_name"):
        if name in data:
            setattr(article, name, data[name])
    if not article.slug:  # the page links to itself: the address the first save will give, or near it
        article.slug = vietnamese_slugify(article.title) or "bai-viet-moi"
    if "body" in data:
        # As a save would store it: the same allow-list, whatever the editor sent.
        article.body = sanitize_html(data["body"])
    article.source_url = _url(data.get("source_url", article.source_url))
    article.category = Category.objects.filter(pk=_int(data.get("category"))).first() or (
        article.category if article.category_id else NO_CATEGORY
    )
    cover = _int(data.get("cover"))
    article.cover = Photo.objects.filter(pk=cover).first() if cover else None
    try:
        article.published_at = DayFirstSplitDateTimeField().clean(
            [data.get("published_at_0", ""), data.get("published_at_1", "")]
        )
    except ValidationError:
        pass
    return article


def _url(value):
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        return ""
    return value


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
