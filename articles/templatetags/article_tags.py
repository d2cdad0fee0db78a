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
# A photo placed with the editor: the caption, if any, after the image (CKEditor's own markup).
BODY_FIGURE = re.compile(r'<figure class="image">(.*?)</figure>', re.S)
FIGCAPTION = re.compile(r"<figcaption>(.*?)</figcaption>", re.S)
# A caption written before the credit had its field says it itself ("… Ảnh: Minh Anh"): not twice.
CREDITED = re.compile(r"\bảnh\s*:", re.I)


@register.simple_tag
def photo_credit(photo, caption=""):
    """The line "Ảnh: …" for a photo with a credit, unless its caption already names one."""
    if photo is None or not photo.credit or CREDITED.search(html.unescape(caption or "")):
        return ""
    return photo.credit_line


def _with_credit(match, body_photos):
    """A body figure with its library photo's credit put last in its caption (made if it has none)."""
    inside = match.group(1)
    image = BODY_IMAGE.search(inside)
    if image is None:
        return match.group(0)
    name = html.unescape(dict(ATTRIBUTE.findall(image.group(0))).get("src", ""))
    caption = FIGCAPTION.search(inside)
    credit = photo_credit(body_photos.get(name.removeprefix(settings.MEDIA_URL)), caption and caption[1])
    if not credit:
        return match.group(0)
    span = f'<span class="photo-credit">{html.escape(credit)}</span>'
    if caption is None:
        inside += f"<figcaption>{span}</figcaption>"
    else:
        end = caption.end(1)
        inside = f"{inside[:end]}{' ' if caption[1].strip() else ''}{span}{inside[end:]}"
    return f'<figure class="image">{inside}</figure>'


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

    def credited(match):
        return _with_credit(match, body_photos)

    with_credits = BODY_FIGURE.sub(credited, PHOTO_MARKER.sub(figure, body))
    rendered = render_clips(BODY_IMAGE.sub(picture, with_credits))
    rest = [
        render_to_string("includes/figure.html", {"image": image})
        for index, image in enumerate(photos)
        if index not in placed
    ]
    return mark_safe(rendered + "".join(rest))  # the body is sanitised on save; figures are escaped
