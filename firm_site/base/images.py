"""
Rendition specs, named once so that the code that prefetches renditions and the
templates that render them agree. A template asking for a spec that was not
prefetched costs one query per image, which the query-count tests catch.
"""

import functools
import warnings

from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects
from PIL import Image, features
from wagtail.images import get_image_model
from wagtail.images.models import Filter, SourceImageIOError

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
# How wide each is shown, for the browser to choose from `srcset` (styles.css).
IMAGE_DISPLAY_SIZES = {
    "card": "(min-width: 48em) 24rem, 100vw",
    "body": "(min-width: 48em) 42rem, 100vw",
    "portrait": "14rem",
}
# Browsers get the first of these formats they read, at the size's width and
# half of it, and the others the original format: AVIF where this Pillow can
# write it (most photographs come out smaller), then WebP (every current browser).
MODERN_FORMATS = [
    *([("format-avif", "image/avif")] if features.check("avif") else []),
    ("format-webp", "image/webp"),
]
# Renditions are made on a page's first view (an article's, when it is published:
# news/tasks.py). libavif's default speed (6) took
# 3 to 7 times as long as WebP here; 7 takes half of that for files within 2 %
# of its size. (8 is as quick as WebP, but its files were larger than WebP's.)
AVIF_ENCODER_SPEED = 7


def bound_decoded_pixels():
    """No image is decoded beyond `WAGTAILIMAGES_MAX_IMAGE_PIXELS`: uploads are
    checked against it, and this bounds the rest (renditions of images stored
    before the limit, imported, or put in place by hand). Pillow refuses to open
    (`DecompressionBombError`, before decoding) an image of more than twice its
    `MAX_IMAGE_PIXELS`, so 40 million pixels cost at most ~160 MB (RGBA) a decode."""
    Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2
    # Pillow warns from `MAX_IMAGE_PIXELS` up; under the bound that is only noise.
    warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)


def encode_avif_sooner():
    """Make AVIF renditions at `AVIF_ENCODER_SPEED`: Wagtail (through Willow)
    asks Pillow for AVIF without a speed, so Pillow's default applies. Pillow's
    own AVIF writer is wrapped, through its registry of writers."""
    Image.init()  # Pillow registers its AVIF writer here, if it has one
    write_avif = Image.SAVE.get("AVIF")
    if write_avif is None:
        return

    def write_avif_sooner(image, file, filename):
        image.encoderinfo.setdefault("speed", AVIF_ENCODER_SPEED)
        write_avif(image, file, filename)

    Image.register_save("AVIF", write_avif_sooner)


@functools.cache
def image_filter(spec):
    """Wagtail's `Filter` for `spec`, made once per process: `get_rendition(spec)`
    makes a new one each call, and each parses its spec through `inspect` (a
    listing's 60 renditions spent about 15 % of its time there)."""
    return Filter(spec=spec)


def half_spec(spec):
    """`fill-640x360` -> `fill-320x180`: the same crop at half the width."""
    operation, _, size = spec.partition("-")
    width, _, height = size.partition("x")
    return f"{operation}-{int(width) // 2}x{int(height) // 2}"


def modern_specs(spec):
    """{MIME type: [the spec at half width, the spec]} in each of MODERN_FORMATS."""
    return {
        mime_type: [f"{half_spec(spec)}|{operation}", f"{spec}|{operation}"]
        for operation, mime_type in MODERN_FORMATS
    }


def every_variant(*specs):
    """Each spec and its variants in MODERN_FORMATS: every rendition of it a page shows."""
    return [
        variant
        for spec in specs
        for variant in [spec, *(v for pair in modern_specs(spec).values() for v in pair)]
    ]


def make_renditions(image, specs):
    """Make whichever of `image`'s renditions at `specs` are missing, so that a
    page's first view need not wait for them. How many it made; none for an
    image whose file is missing or too large to decode."""
    if image is None:
        return 0
    existing = image.renditions.filter(filter_spec__in=specs).count()
    try:
        image.get_renditions(*specs)
    except (SourceImageIOError, Image.DecompressionBombError):
        return 0
    return len(set(specs)) - existing


def _renditions(*specs):
    return (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=every_variant(*specs))
    )


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


# HEIF and AVIF files are ISOBMFF: a list of boxes (4-byte size, 4-byte type).
# Their dimensions are in `ispe` properties (meta › iprp › ipco › ispe), which
# HEIF requires for every image item, so they can be read without decoding.
ISOBMFF_IMAGE_BRANDS = {
    b"avif",
    b"avis",
    b"heic",
    b"heix",
    b"heim",
    b"heis",
    b"hevc",
    b"hevx",
    b"mif1",
    b"msf1",
}
# Boxes whose content is more boxes (`meta` after a 4-byte version and flags).
ISOBMFF_CONTAINERS = {b"meta": 4, b"iprp": 0, b"ipco": 0}
# Enough for any real file's header; a crafted one cannot make us read more.
ISOBMFF_MAX_BOXES = 4096


class NotISOBMFFImage(ValueError):
    """Not a HEIF or AVIF file (or not one whose header can be read)."""


def isobmff_image_sizes(file):
    """The (width, height) of every image item in a HEIF or AVIF file, read from
    its `ispe` boxes without decoding anything. Raises `NotISOBMFFImage` for a
    file that is not one (JPEG, PNG, ...), and `ValueError` for one whose header
    is broken or declares no size."""
    file.seek(0, 2)
    end = file.tell()
    file.seek(0)
    head = file.read(12)
    if len(head) < 12 or head[4:8] != b"ftyp":
        raise NotISOBMFFImage
    brand_box_size = int.from_bytes(head[:4], "big")
    file.seek(8)
    brands = file.read(max(0, min(brand_box_size, 1024) - 8))
    compatible = {brands[0:4]} | {brands[i : i + 4] for i in range(8, len(brands) - 3, 4)}
    if not compatible & ISOBMFF_IMAGE_BRANDS:
        raise NotISOBMFFImage
    sizes = []
    boxes_read = 0

    def walk(start, stop):
        nonlocal boxes_read
        position = start
        while position + 8 <= stop:
            boxes_read += 1
            if boxes_read > ISOBMFF_MAX_BOXES:
                raise ValueError("Too many boxes in the file's header.")
            file.seek(position)
            header = file.read(8)
            size, kind = int.from_bytes(header[:4], "big"), header[4:8]
            header_length = 8
            if size == 1:
                size, header_length = int.from_bytes(file.read(8), "big"), 16
            elif size == 0:
                size = stop - position
            if size < header_length or position + size > stop:
                raise ValueError("A box in the file's header has an impossible size.")
            if kind == b"ispe":
                file.seek(position + header_length + 4)  # after version and flags
                data = file.read(8)
                if len(data) < 8:
                    raise ValueError("An image size box is cut short.")
                sizes.append((int.from_bytes(data[:4], "big"), int.from_bytes(data[4:], "big")))
            elif kind in ISOBMFF_CONTAINERS:
                walk(position + header_length + ISOBMFF_CONTAINERS[kind], position + size)
            position += size

    walk(0, end)
    if not sizes:
        raise ValueError("The file declares no image size.")
    return sizes
