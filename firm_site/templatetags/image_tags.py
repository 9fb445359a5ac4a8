"""Images in templates by the size's name, so the spec is written once
(`firm_site.base.images.IMAGE_SIZES`) for the code that prefetches renditions
and the templates that show them."""

from django import template

from firm_site.base.images import IMAGE_SIZES

register = template.Library()


@register.simple_tag
def sized_image(image, size, **attributes):
    """`<img>` of `image` at the named `size` ("card", "body", "portrait"), with
    its width and height; `alt` and any other attributes as given."""
    if not image:
        return ""
    return image.get_rendition(IMAGE_SIZES[size]).img_tag(attributes)
