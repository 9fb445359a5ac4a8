"""Site furniture: the header and footer on every page."""

from django import template

from firm_site.base.furniture import site_furniture

register = template.Library()


@register.inclusion_tag("navigation/header.html", takes_context=True)
def site_header(context):
    request = context["request"]
    current = context.get("page")
    furniture = site_furniture(request)
    items = []
    for menu_page in furniture.menu_pages:
        is_current = bool(
            current is not None and getattr(current, "path", "").startswith(menu_page.path)
        )
        items.append({"page": menu_page, "is_current": is_current})
    return {
        "request": request,
        "firm": furniture.firm,
        "menu_items": items,
    }


@register.inclusion_tag("navigation/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    return {"request": request, "firm": site_furniture(request).firm}
