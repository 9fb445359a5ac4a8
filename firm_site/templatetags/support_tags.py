"""`{% support_services %}`: the named support services editors keep under Snippets."""

from django import template

from firm_site.base.furniture import support_services as cached_support_services

register = template.Library()


@register.inclusion_tag("components/support_services.html", takes_context=True)
def support_services(context, heading_level=2):
    return {
        "services": cached_support_services(context["request"]),
        "heading_level": heading_level,
    }
