"""
The sitemap's building blocks that know no app: pages, split into sitemap
files of at most `SITEMAP_LIMIT` addresses each (the wiring assembles the
sections in `firm_site.sitemaps`).
"""

from django.db.models import Max
from django.db.models.functions import Coalesce
from wagtail.contrib.sitemaps import Sitemap

# Addresses per sitemap file. Search engines take up to 50,000, but a file of
# a few thousand is built in a fraction of a second and cached whole.
SITEMAP_LIMIT = 2000


class PageSitemap(Sitemap):
    """Every live, public page of the request's site, `SITEMAP_LIMIT` a file."""

    limit = SITEMAP_LIMIT

    def get_latest_lastmod(self):
        # Django's default loads every page (specific, one by one) to find the
        # newest date for the index: one aggregate does it.
        return (
            super()
            .items()
            .order_by()
            .aggregate(latest=Max(Coalesce("last_published_at", "latest_revision_created_at")))[
                "latest"
            ]
        )
