"""The parts readers' pages repeat, each rendered once per process for what it shows (articles.fragments).

Each tag's key lists every value its template reads: a value added to a template must be added here too
(tests/test_fragments.py renders every part both ways and compares).
"""

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from articles import fragments

register = template.Library()

CARD_SIZES = "(min-width: 64rem) 18rem, (min-width: 40rem) 50vw, 7.5rem"
LARGE_CARD_SIZES = "(min-width: 64rem) 36rem, 100vw"


def photo_key(photo):
    renditions = tuple(tuple(sorted(rendition.items())) for rendition in photo.renditions)
    return (photo.pk, photo.width, photo.height, renditions, settings.MEDIA_URL)


@register.simple_tag
def picture(photo, alt, sizes, lazy=True):
    """<picture> with the photo's WebP and JPEG renditions (includes/picture.html)."""
    context = {"photo": photo, "alt": alt, "sizes": sizes, "lazy": bool(lazy)}
    return fragments.rendered("includes/picture.html", (*photo_key(photo), alt, sizes, bool(lazy)), context)


@register.simple_tag
def article_card(article, large=False, show_category=False, show_lead=False, heading_level=3):
    """An article in a list (includes/article_card.html), with its current view count."""
    category = article.category if show_category else None
    key = (
        article.pk,
        article.slug,
        article.title,
        article.published_at,
        article.lead if show_lead else None,
        (category.slug, category.name) if category else None,
        photo_key(article.cover) if article.cover_id else None,
        bool(large),
        heading_level,
    )
    context = {
        "article": article,
        "large": large,
        "show_category": show_category,
        "show_lead": show_lead,
        "heading_level": heading_level,
        "views": mark_safe(fragments.VIEWS_MARKER),
    }
    card = fragments.rendered("includes/article_card.html", key, context)
    return mark_safe(card.replace(fragments.VIEWS_MARKER, str(article.view_count), 1))


@register.simple_tag
def article_list(articles, heading, list_id, numbered=False):
    """A titled list of links to articles with their dates (includes/article_list_compact.html)."""
    key = (tuple((a.pk, a.slug, a.title, a.published_at) for a in articles), heading, list_id, bool(numbered))
    context = {"articles": articles, "heading": heading, "list_id": list_id, "numbered": numbered}
    return fragments.rendered("includes/article_list_compact.html", key, context)
