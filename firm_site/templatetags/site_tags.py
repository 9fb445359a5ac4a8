"""Site furniture: the header and footer on every page."""

from django import template

from firm_site.base.furniture import site_furniture
from firm_site.base.sra_badge import SRA_BADGE_URL, mark_sra_badge_shown

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
        "logo": furniture.logo,
        "logo_is_wordmark": bool(
            furniture.logo and furniture.logo.width >= 2 * furniture.logo.height
        ),
        "menu_items": items,
    }


FOOTER_LINKS = [
    ("complaints_page", "Complaints procedure"),
    ("privacy_page", "Privacy notice"),
    ("cookies_page", "Cookies"),
    ("accessibility_page", "Accessibility statement"),
]


@register.inclusion_tag("navigation/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    firm = site_furniture(request).firm
    links = []
    show_badge = False
    if firm is not None:
        for field_name, label in FOOTER_LINKS:
            page = getattr(firm, field_name)
            if page is not None and page.live:
                links.append({"page": page, "label": label})
        show_badge = bool(firm.show_sra_badge and firm.sra_number)
        if show_badge:
            mark_sra_badge_shown(request)
    return {
        "request": request,
        "firm": firm,
        "footer_links": links,
        "show_sra_badge": show_badge,
        "sra_badge_url": SRA_BADGE_URL,
    }
