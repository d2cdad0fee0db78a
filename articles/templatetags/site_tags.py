import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from articles import structured_data

register = template.Library()

# As django.utils.html.json_script does: nothing in the data can close the script element or open a comment.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    return context["request"].build_absolute_uri(path)


@register.simple_tag
def json_ld(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    home_url = context["request"].build_absolute_uri(reverse("articles:home"))
    return json_ld(structured_data.organization(context["site"], home_url))


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, article):
    request = context["request"]
    image_url = request.build_absolute_uri(article.cover.url) if article.cover else ""
    return json_ld(
        structured_data.news_article(
            article,
            url=request.build_absolute_uri(article.get_absolute_url()),
            home_url=request.build_absolute_uri(reverse("articles:home")),
            image_url=image_url,
        )
    )


@register.filter
def iso_datetime(value):
    """ISO 8601 in Vietnam time, to the second: HTML's <time> refuses the microseconds that date:'c' keeps."""
    return timezone.localtime(value).replace(microsecond=0).isoformat()
