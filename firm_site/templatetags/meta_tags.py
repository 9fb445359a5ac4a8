"""The `<head>` metadata of a page: title, canonical address, OpenGraph, Twitter card, JSON-LD."""

from django import template
from django.conf import settings
from django.utils.html import format_html_join

from firm_site.base.furniture import site_furniture
from firm_site.base.metadata import view_meta
from firm_site.base.structured_data import collection_page, json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def get_page_meta(context):
    """The metadata of what is shown (`PageMeta`), built once per response by base.html.

    What the context may say, explicitly:
    - `meta_title` (and `meta_description`): a route's or a view's own title,
      e.g. a category's page, the thank-you page, search results;
    - `page_number`: which page of a listing this is, for the canonical address.
    Otherwise the page describes itself (`BasePage.get_page_meta`).
    """
    request = context.get("request")
    if request is None:
        return None
    page = context.get("page")
    title = context.get("meta_title")
    page_number = context.get("page_number", 1)
    if hasattr(page, "get_page_meta"):
        if title:
            return page.get_route_meta(
                request,
                title=title,
                description=context.get("meta_description") or "",
                page_number=page_number,
            )
        return page.get_page_meta(request, page_number=page_number)
    firm = site_furniture(request).firm
    site_name = getattr(firm, "firm_name", "") or settings.WAGTAIL_SITE_NAME
    return view_meta(request, title or site_name, site_name)


@register.simple_tag(takes_context=True)
def structured_data(context):
    """A JSON-LD script for each item the page in the context describes itself with."""
    page = context.get("page")
    request = context.get("request")
    if request is None or not hasattr(page, "get_structured_data"):
        return ""
    items = list(page.get_structured_data(request))
    listing = context.get("listing_items")
    meta = context.get("meta")
    if listing is not None and meta is not None and meta.canonical_url:
        items.append(collection_page(request, meta, listing))
    return format_html_join("\n", "{}", ((json_ld_script(item),) for item in items))
