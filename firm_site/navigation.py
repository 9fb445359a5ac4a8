"""
Site furniture: the main menu and the firm's details (with its logo), shown on
every page, and the years of the news archive.

All change rarely, so they are kept in the cache per site and cleared by the
signal handlers in `firm_site.signals` whenever a page or the firm's details
change. Production should use a shared cache (REDIS_URL) so that clearing it
reaches every worker; the timeout bounds staleness where it can't.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page, Site

from firm_site.images import LOGO_SPEC
from firm_site.query import SitePageQuerySet

FURNITURE_CACHE_TIMEOUT = 300


@dataclass(frozen=True)
class SiteLogo:
    """The firm logo's rendition, kept with the furniture so pages need no query for it."""

    url: str
    width: int
    height: int


@dataclass
class SiteFurniture:
    firm: object = None
    logo: SiteLogo | None = None
    menu_pages: list = field(default_factory=list)
    # Category links on every page are built from the News & Blog page's URL.
    news_index: object = None
    # Years with published articles, newest first, for the archive links.
    archive_years: list = field(default_factory=list)


def furniture_cache_key(site_id):
    return f"site-furniture:{site_id}"


def site_furniture(request):
    """The request's site's firm details and menu: from the request, the cache or the database."""
    if hasattr(request, "_site_furniture"):
        return request._site_furniture
    from firm_site.models import FirmSettings
    from news.models import ArticlePage, NewsIndexPage

    site = Site.find_for_request(request)
    if site is None:
        furniture = SiteFurniture()
    else:
        key = furniture_cache_key(site.pk)
        furniture = cache.get(key)
        if furniture is None:
            firm = FirmSettings.for_site(site)
            furniture = SiteFurniture(
                firm=firm,
                logo=logo_rendition(firm.logo),
                # Plain `Page` objects are enough: their URLs need no specific fields.
                menu_pages=list(
                    SitePageQuerySet(Page)
                    .child_of(site.root_page)
                    .live()
                    .public()
                    .in_menu()
                    .order_by("path")
                ),
                news_index=NewsIndexPage.objects.descendant_of(site.root_page).live().first(),
                archive_years=[
                    moment.year
                    for moment in ArticlePage.objects.descendant_of(site.root_page)
                    .live()
                    .public()
                    .datetimes("first_published_at", "year", order="DESC")
                ],
            )
            cache.set(key, furniture, FURNITURE_CACHE_TIMEOUT)
    request._site_furniture = furniture
    return furniture


def logo_rendition(image):
    if image is None:
        return None
    try:
        rendition = image.get_rendition(LOGO_SPEC)
    except SourceImageIOError:
        # The file is missing (a copied database without its media): no logo, not an error.
        return None
    return SiteLogo(url=rendition.url, width=rendition.width, height=rendition.height)


def menu_pages(request):
    """The home page's live children marked "Show in menus", in tree order."""
    return site_furniture(request).menu_pages


def clear_site_furniture():
    cache.delete_many([furniture_cache_key(pk) for pk in Site.objects.values_list("pk", flat=True)])
