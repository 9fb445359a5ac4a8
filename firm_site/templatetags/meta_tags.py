"""The `<head>` metadata of a page: canonical address, OpenGraph, Twitter card, JSON-LD."""

from django import template
from django.core.paginator import Page as PaginatorPage
from django.utils.html import format_html_join

from firm_site.base.structured_data import json_ld_script

register = template.Library()


@register.inclusion_tag("components/page_meta.html", takes_context=True)
def page_meta(context):
    """The metadata of the page in the context, if it is one of ours.

    A route puts `meta_title` (and `meta_description`) in the context for
    what it shows (a category); listings put their paginated `articles` there,
    whose page number goes into the canonical address.
    """
    page = context.get("page")
    request = context.get("request")
    if request is None or not hasattr(page, "get_page_meta"):
        return {"meta": None}
    articles = context.get("articles")
    page_number = articles.number if isinstance(articles, PaginatorPage) else 1
    if context.get("meta_title"):
        meta = page.get_route_meta(
            request,
            title=context["meta_title"],
            description=context.get("meta_description") or "",
            page_number=page_number,
        )
    else:
        meta = page.get_page_meta(request, page_number=page_number)
    return {"meta": meta}


@register.simple_tag(takes_context=True)
def structured_data(context):
    """A JSON-LD script for each item the page in the context describes itself with."""
    page = context.get("page")
    request = context.get("request")
    if request is None or not hasattr(page, "get_structured_data"):
        return ""
    return format_html_join(
        "\n", "{}", ((json_ld_script(item),) for item in page.get_structured_data(request))
    )
