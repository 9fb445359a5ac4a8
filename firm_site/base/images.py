"""
Rendition specs, named once so that the code that prefetches renditions and the
templates that render them agree. A template asking for a spec that was not
prefetched costs one query per image, which the query-count tests catch.
"""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model

# Teaser images on cards: 16:9.
CARD_IMAGE_SPEC = "fill-640x360"
# Images in an article body: never wider than the reading column at 2x.
BODY_IMAGE_SPEC = "max-1200x900"
# Portraits on author cards and profiles.
PORTRAIT_SPEC = "fill-400x400"
# The image social networks show for a shared page (og:image): 1.91:1.
SOCIAL_IMAGE_SPEC = "fill-1200x630"
# The firm's logo in structured data: search engines want at least 112px square.
LOGO_SPEC = "max-512x512"

# The sizes templates ask for by name: `{% sized_image article.listing_image "card" %}`.
IMAGE_SIZES = {
    "card": CARD_IMAGE_SPEC,
    "body": BODY_IMAGE_SPEC,
    "portrait": PORTRAIT_SPEC,
}


def _renditions(*specs):
    return get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)


def rendition_prefetch(image_lookup, *specs):
    """A `Prefetch` for the renditions of an image reached through `image_lookup`.

    Use beside `select_related(image_lookup)`:
    `.select_related("photo").prefetch_related(rendition_prefetch("photo", PORTRAIT_SPEC))`.
    Wagtail's `get_rendition()` reads `prefetched_renditions` before querying.
    """
    return Prefetch(
        f"{image_lookup}__renditions", queryset=_renditions(*specs), to_attr="prefetched_renditions"
    )


def prefetch_renditions(images, *specs):
    """Attach the given renditions to already-loaded images, in one query.

    Wagtail's own `prefetch_renditions()` only works on an image queryset;
    this does the same for images reached through other relations.
    """
    images = [image for image in images if image is not None]
    if not images:
        return
    prefetch_related_objects(
        images,
        Prefetch("renditions", queryset=_renditions(*specs), to_attr="prefetched_renditions"),
    )
