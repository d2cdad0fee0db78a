import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from articles import structured_data
from articles.pagecache import shared

register = template.Library()

# As django.utils.html.json_script does: nothing in the data can close the script element or open a comment.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.tag("shared")
def do_shared(parser, token):
    """{% shared "name" value… [showing name] %}…{% endshared %}: the block as rendered for the first readers'
    page with the same values since the last change (articles.pagecache.shared). Every value the block shows
    but the site's settings and menu must be among the values. `showing` names what readers type (the search
    words), which the block shows as text only: it is kept with a stand-in there, and each page writes its own
    words in, so that odd words cannot fill the cache."""
    bits = token.split_contents()[1:]
    showing = None
    if len(bits) > 2 and bits[-2] == "showing":
        if not bits[-1].isidentifier():
            raise template.TemplateSyntaxError("{% shared … showing %} names a variable")
        showing, bits = bits[-1], bits[:-2]
    values = [parser.compile_filter(bit) for bit in bits]
    if not values:
        raise template.TemplateSyntaxError("{% shared %} needs a name")
    nodelist = parser.parse(("endshared",))
    parser.delete_first_token()
    return SharedNode(nodelist, values, showing)


class SharedNode(template.Node):
    # Stands where the typed words go: noncharacters, which escaping leaves alone and no page holds.
    STAND_IN = "\ufdd0tu-khoa\ufdd1"

    def __init__(self, nodelist, values, showing=None):
        self.nodelist, self.values, self.showing = nodelist, values, showing

    def render(self, context):
        key = "fragment:" + ":".join(str(value.resolve(context)) for value in self.values)
        if self.showing is None:
            return shared(context.get("request"), **{key: lambda: self.nodelist.render(context)})[key]
        key += f":showing:{self.showing}"
        typed = context.get(self.showing) or ""
        with context.push(**{self.showing: self.STAND_IN}):
            html = shared(context.get("request"), **{key: lambda: self.nodelist.render(context)})[key]
        return mark_safe(html.replace(self.STAND_IN, conditional_escape(typed)))


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    return context["request"].build_absolute_uri(path)


@register.simple_tag
def json_ld(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    """The site's GovernmentOrganization, on every page: built once per change (of the settings, say) and
    address the site is reached at (articles.pagecache.shared)."""
    request = context["request"]
    home_url = request.build_absolute_uri(reverse("articles:home"))
    key = f"organization:{home_url}"
    build = {key: lambda: json_ld(structured_data.organization(context["site"], home_url))}
    return shared(request, **build)[key]


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


@register.simple_tag(takes_context=True)
def document_json_ld(context, document, files):
    request = context["request"]
    return json_ld(
        structured_data.legislation(
            document,
            url=request.build_absolute_uri(document.get_absolute_url()),
            home_url=request.build_absolute_uri(reverse("articles:home")),
            file_urls=[
                (request.build_absolute_uri(f.get_absolute_url()), f.content_type, f.name) for f in files
            ],
        )
    )
