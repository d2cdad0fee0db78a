import html
import re

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from articles.templatetags import fragment_tags
from articles.text import PHOTO_MARKER
from articles.videos import render_clips

register = template.Library()

BODY_IMAGE = re.compile(r"<img [^>]*>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
BODY_SIZES = "(min-width: 48rem) 46rem, 100vw"


@register.simple_tag
def article_body(body, photos, body_photos):
    """The sanitised body: [ảnh N] becomes its figure, library photos get renditions, the rest follow."""
    placed = set()

    def figure(match):
        index = int(match.group(1)) - 1
        if not 0 <= index < len(photos) or index in placed:
            return ""
        placed.add(index)
        return render_to_string("includes/figure.html", {"image": photos[index]})

    def picture(match):
        attributes = dict(ATTRIBUTE.findall(match.group(0)))
        name = html.unescape(attributes.get("src", "")).removeprefix(settings.MEDIA_URL)
        photo = body_photos.get(name)
        if photo is None:
            return match.group(0)
        alt = html.unescape(attributes.get("alt", "")) or photo.alt_text
        return fragment_tags.picture(photo, alt, BODY_SIZES, lazy=True)

    rendered = render_clips(BODY_IMAGE.sub(picture, PHOTO_MARKER.sub(figure, body)))
    rest = [
        render_to_string("includes/figure.html", {"image": image})
        for index, image in enumerate(photos)
        if index not in placed
    ]
    return mark_safe(rendered + "".join(rest))  # the body is sanitised on save; figures are escaped
