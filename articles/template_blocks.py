"""The {% block %}s of a template, each rendered on its own: parts a page puts in its base's blocks of the
same names, made once and kept (an article and its part of <head>, articles.views.article_rendered)."""

from django.template.context import make_context
from django.template.loader import get_template
from django.template.loader_tags import BlockNode
from django.utils.safestring import mark_safe


def rendered_blocks(template_name, context, request):
    """{block name: its HTML} for each top-level block of the template (a Django template), in the context
    given with the context processors' values, as render_to_string would give them."""
    template = get_template(template_name).template
    context = make_context(context, request)
    with context.bind_template(template):
        return {
            node.name: mark_safe(node.render(context))
            for node in template.nodelist
            if isinstance(node, BlockNode)
        }
