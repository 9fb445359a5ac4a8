"""
The sitemap's building blocks that know no app: pages, split into sitemap
files of at most `SITEMAP_LIMIT` addresses each (the wiring assembles the
sections in `firm_site.sitemaps`).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.db.models.functions import Coalesce
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import get_page_models

# Addresses per sitemap file. Search engines take up to 50,000, but a file of
# a few thousand is built in a fraction of a second and cached whole.
SITEMAP_LIMIT = 2000


class PageSitemap(Sitemap):
    """Every live, public page of the request's site, `SITEMAP_LIMIT` a file,
    except those of page types that opt out (`show_in_sitemap = False`).

    Wagtail's own loads each page as its specific type and asks it for its URL
    (`get_sitemap_urls`): about half a millisecond a page, a second for a file
    of 2,000. Here the pages stay plain rows and the address is the page's
    `url_path` below the site's root, as Wagtail builds it for a page on the
    site the request is for.
    """

    limit = SITEMAP_LIMIT

    def items(self):
        site = self.get_wagtail_site()
        self.root_path_length = len(site.root_page.url_path)
        hidden = [
            model for model in get_page_models() if not getattr(model, "show_in_sitemap", True)
        ]
        return (
            site.root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .exclude(content_type__in=ContentType.objects.get_for_models(*hidden).values())
            .order_by("path")
            .values("url_path", "last_published_at", "latest_revision_created_at")
        )

    def location(self, page):
        # A path: Django puts the request's scheme and host in front, so the
        # address is https:// behind the TLS proxy, as canonical links are.
        return "/" + page["url_path"][self.root_path_length :]

    def lastmod(self, page):
        return page["last_published_at"] or page["latest_revision_created_at"]

    def _urls(self, page, protocol, domain):
        # Django's, not Wagtail's (which asks each page for its URLs).
        return super(Sitemap, self)._urls(page, protocol, domain)

    def get_latest_lastmod(self):
        # Django's default loads every page to find the newest date for the
        # index: one aggregate does it.
        return (
            self.items()
            .order_by()
            .aggregate(latest=Max(Coalesce("last_published_at", "latest_revision_created_at")))[
                "latest"
            ]
        )
