from django import template

from articles.dashboard import desk_for

register = template.Library()


@register.inclusion_tag("admin/desk.html", takes_context=True)
def desk(context):
    """The admin home's blocks for the person logged in; their queries are planned in articles.dashboard."""
    return {"desk": desk_for(context["request"].user)}
