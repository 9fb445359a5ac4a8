"""
Site furniture: what every page shows around its content (the firm's details,
its logo and the main menu), kept in the cache per site.

`cached_for_site` is the one way to keep such things: apps use it for their
own furniture (News keeps its index page and archive years with it). All of a
site's furniture is one cache entry, cleared by the receivers in
`firm_site.base.signals` whenever a page, the site, an image or the firm's
details change. Production uses a shared cache (REDIS_URL) so that clearing
it reaches every worker; the timeout bounds staleness where it can't.
"""

import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page, Site

from firm_site.base.images import LOGO_SPEC, SOCIAL_IMAGE_SPEC
from firm_site.base.models import FirmSettings, SupportService
from firm_site.base.query import SitePageQuerySet
from firm_site.base.wagtail_internals import SITES_BY_HOST_CACHE_KEY

FURNITURE_CACHE_TIMEOUT = 300


@dataclass(frozen=True)
class SiteLogo:
    """The firm logo's rendition, kept with the furniture so pages need no query for it."""

    url: str
    width: int
    height: int


@dataclass(frozen=True)
class ShareImage:
    """The firm's default share image (its social image, else its logo), at 1200×630."""

    url: str
    width: int
    height: int
    alt: str


@dataclass
class SiteFurniture:
    firm: object = None
    logo: SiteLogo | None = None
    share_image: ShareImage | None = None
    menu_pages: list = field(default_factory=list)


def furniture_cache_key(site_id):
    return f"site-furniture:{site_id}"


def cached_for_site(request, name, build):
    """`build(site)` for the request's site, kept under `name` with the rest of
    its furniture: from the request, the cache, or built now and cached.
    `build` is called with None when no site matches the request."""
    site = Site.find_for_request(request)
    if site is None:
        return build(None)
    entry = getattr(request, "_site_furniture", None)
    if entry is None:
        entry = cache.get(furniture_cache_key(site.pk)) or {}
        request._site_furniture = entry
    if name not in entry:
        entry[name] = build(site)
        cache.set(furniture_cache_key(site.pk), entry, FURNITURE_CACHE_TIMEOUT)
    return entry[name]


def site_furniture(request):
    """The request's site's firm details, logo and menu."""
    return cached_for_site(request, "site", build_site_furniture)


def build_site_furniture(site):
    if site is None:
        return SiteFurniture()
    firm = FirmSettings.for_site(site)
    return SiteFurniture(
        firm=firm,
        logo=logo_rendition(firm.logo),
        share_image=share_image(firm),
        # Plain `Page` objects are enough: their URLs need no specific fields.
        menu_pages=list(
            SitePageQuerySet(Page)
            .child_of(site.root_page)
            .live()
            .public()
            .in_menu()
            .order_by("path")
        ),
    )


def logo_rendition(image):
    if image is None:
        return None
    try:
        rendition = image.get_rendition(LOGO_SPEC)
    except SourceImageIOError:
        # The file is missing (a copied database without its media): no logo, not an error.
        return None
    return SiteLogo(url=rendition.url, width=rendition.width, height=rendition.height)


def share_image(firm):
    image = firm.social_image or firm.logo
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SOCIAL_IMAGE_SPEC)
    except SourceImageIOError:
        return None
    alt = image.description if firm.social_image_id else f"{firm.firm_name} logo"
    return ShareImage(url=rendition.url, width=rendition.width, height=rendition.height, alt=alt)


def menu_pages(request):
    """The home page's live children marked "Show in menus", in tree order."""
    return site_furniture(request).menu_pages


def clear_site_furniture():
    cache.delete_many(
        [furniture_cache_key(pk) for pk in Site.objects.values_list("pk", flat=True)]
        # Which site answers which host, with its root page (`CachedSiteMiddleware`).
        + [SITES_BY_HOST_CACHE_KEY]
    )


def content_generation(request):
    """A token for the state of the request's site's content, new each time the
    furniture is cleared (any page, image or setting changing) or times out.
    Cached parts of pages are keyed on it (`cached_page_part`), so whatever
    changes shows on every page's next view."""
    return cached_for_site(request, "generation", lambda site: secrets.token_hex(8))


# Besides the site's own address, how many others (another port, plain HTTP) a
# generation keeps cached parts for.
OTHER_ORIGINS_KEPT = 3


def cacheable_origin(request):
    """The scheme and host the request came to (cached parts with absolute
    addresses in them are kept per origin), or None when parts for it must not
    be kept: anyone can put any port in `Host`, and each would fill the cache
    with copies of every page, pushing out what else it holds (rate limits).
    The site's own address always; the first others a generation sees, up to
    OTHER_ORIGINS_KEPT."""
    origin = request.build_absolute_uri("/")
    site = Site.find_for_request(request)
    if site is None:
        return None
    if origin == f"{site.root_url}/":
        return origin
    others = cached_for_site(request, "origins", lambda site: [])
    if origin in others:
        return origin
    if len(others) >= OTHER_ORIGINS_KEPT:
        return None
    others.append(origin)
    cache.set(furniture_cache_key(site.pk), request._site_furniture, FURNITURE_CACHE_TIMEOUT)
    return origin


def cached_for_content(request, name, build):
    """`build()`, kept in the cache under `name` and the origin asked for until
    the site's content changes (`content_generation`) or PAGE_PART_CACHE_SECONDS
    pass. For what every reader of an address gets alike; `name` says everything
    else the result depends on."""
    origin = cacheable_origin(request) if settings.PAGE_PART_CACHE_SECONDS else None
    if origin is None:
        return build()
    key = f"content:{content_generation(request)}:{origin}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.PAGE_PART_CACHE_SECONDS)
    return value


def support_services(request):
    """The named support services, in order: kept with the furniture (no query per page)."""
    return cached_for_site(
        request,
        "support_services",
        lambda site: list(SupportService.objects.all()),
    )
