"""Images in templates by the size's name, so the spec is written once
(`firm_site.base.images.IMAGE_SIZES`) for the code that prefetches renditions
and the templates that show them."""

import logging

from django import template
from django.utils.html import format_html, format_html_join
from PIL import Image

from firm_site.base.images import IMAGE_DISPLAY_SIZES, IMAGE_SIZES, image_filter, modern_specs

register = template.Library()
logger = logging.getLogger(__name__)


@register.simple_tag
def sized_image(image, size, **attributes):
    """`<picture>` of `image` at the named `size` ("card", "body", "portrait"):
    AVIF (where Pillow writes it) and WebP, each at two widths for the browser to
    choose from, and an `<img>` in the original format with its width and height
    (no layout shift); `alt`, `loading` and any other attributes as given."""
    if not image:
        return ""
    spec = IMAGE_SIZES[size]
    try:
        fallback = image.get_rendition(image_filter(spec))
        sources = []
        for mime_type, variants in modern_specs(spec).items():
            by_width = {}
            for variant in variants:
                rendition = image.get_rendition(image_filter(variant))
                by_width[rendition.width] = rendition.url
            srcset = ", ".join(f"{url} {width}w" for width, url in sorted(by_width.items()))
            sources.append((mime_type, srcset))
    except Image.DecompressionBombError:
        # Larger than any upload may be (`bound_decoded_pixels`): the page, without it.
        logger.warning("Image %s is too large to resize; not shown.", image.pk)
        return ""
    return format_html(
        "<picture>{}{}</picture>",
        format_html_join(
            "",
            '<source type="{}" srcset="{}" sizes="{}">',
            ((mime_type, srcset, IMAGE_DISPLAY_SIZES[size]) for mime_type, srcset in sources),
        ),
        fallback.img_tag(attributes),
    )
