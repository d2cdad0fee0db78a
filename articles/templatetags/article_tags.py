from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from articles.text import PHOTO_MARKER

register = template.Library()


@register.simple_tag
def article_body(body, photos):
    """The sanitised body with each [ảnh N] replaced by its figure; photos not placed follow the body."""
    placed = set()

    def figure(match):
        index = int(match.group(1)) - 1
        if not 0 <= index < len(photos) or index in placed:
            return ""
        placed.add(index)
        return render_to_string("includes/figure.html", {"photo": photos[index]})

    html = PHOTO_MARKER.sub(figure, body)
    rest = [
        render_to_string("includes/figure.html", {"photo": photo})
        for index, photo in enumerate(photos)
        if index not in placed
    ]
    return mark_safe(html + "".join(rest))  # the body is sanitised on save; figures are escaped
