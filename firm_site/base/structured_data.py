"""
Structured data (schema.org as JSON-LD) for search engines: the helpers every
page uses, the firm as a `LegalService` and breadcrumbs. Apps build their own
items from these (`people.structured_data.person`,
`news.structured_data.news_article`).

Builders return plain dicts; `json_ld_script` serializes one for a
`<script type="application/ld+json">`, escaped so no value can close the
script. Pages list theirs in `get_structured_data(request)`, rendered by the
`{% structured_data %}` tag. Another page that stands for the firm (the contact
page) returns `[legal_service(request)]`.
See https://developers.google.com/search/docs/appearance/structured-data/article
"""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from firm_site.base.furniture import site_furniture

SCHEMA_CONTEXT = "https://schema.org"
UK_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.IGNORECASE)

# As Django's json_script: "<", ">" and "&" as JSON escapes, so "</script>" or
# "<!--" inside a value stays text; U+2028/9 for older JavaScript parsers.
JSON_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def json_ld_script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(JSON_SCRIPT_ESCAPES)),  # noqa: S308 (escaped above)
    )


def absolute(request, url):
    return request.build_absolute_uri(url)


def firm_id(request):
    """One identifier for the firm wherever it appears (publisher, employer)."""
    return absolute(request, "/") + "#firm"


def image_object(request, rendition):
    return {
        "@type": "ImageObject",
        "url": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


def postal_address(address_lines):
    """A UK address written one line per line: the last line is the postcode
    when it looks like one, the line before it the town."""
    lines = list(address_lines)
    address = {"@type": "PostalAddress", "addressCountry": "GB"}
    if lines and UK_POSTCODE.match(lines[-1]):
        address["postalCode"] = lines.pop()
        if len(lines) > 1:
            address["addressLocality"] = lines.pop()
    if lines:
        address["streetAddress"] = ", ".join(lines)
    return address


def firm_reference(request):
    """The firm, briefly, where another item points at it (an article's publisher)."""
    furniture = site_furniture(request)
    reference = {
        "@type": "LegalService",
        "@id": firm_id(request),
        "name": getattr(furniture.firm, "firm_name", ""),
        "url": absolute(request, "/"),
    }
    if furniture.logo:
        reference["logo"] = image_object(request, furniture.logo)
    return reference


def legal_service(request):
    """The firm in full, from its details in Settings › Firm details (for the
    home and contact pages). Reads only the cached site furniture: no query."""
    firm = site_furniture(request).firm
    data = {"@context": SCHEMA_CONTEXT, **firm_reference(request)}
    if firm is None:
        return data
    if "logo" in data:
        data["image"] = data["logo"]["url"]
    if firm.strapline:
        data["description"] = firm.strapline
    if firm.address_lines:
        data["address"] = postal_address(firm.address_lines)
    if firm.phone:
        data["telephone"] = firm.phone
    if firm.email:
        data["email"] = firm.email
    if firm.legal_name:
        data["legalName"] = firm.legal_name
    if firm.vat_number:
        data["vatID"] = firm.vat_number
    if firm.sra_number:
        data["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "SRA number",
            "value": firm.sra_number,
        }
    return data


def collection_page(request, meta, pages):
    """A listing (News & Blog, a category, an archive, the people): a
    `CollectionPage` whose main entity is the `ItemList` of the pages it shows."""
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "CollectionPage",
        "name": meta.title,
        "url": meta.canonical_url,
        "mainEntity": {
            "@type": "ItemList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "url": absolute(request, page.get_url(request)),
                }
                for position, page in enumerate(pages, start=1)
            ],
        },
    }


def breadcrumb_list(request, crumbs, current_url):
    """The trail to a page, from the home page down: the same `Crumb`s the
    page shows (`BasePage.get_breadcrumbs`), the last one at `current_url`."""
    trail = [("Home", absolute(request, "/"))]
    trail += [(crumb.name, absolute(request, crumb.url)) for crumb in crumbs[:-1]]
    trail += [(crumb.name, current_url) for crumb in crumbs[-1:]]
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }
