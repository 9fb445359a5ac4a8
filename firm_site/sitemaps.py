"""
`/sitemap.xml`: a sitemap index naming one file per section and page of it
(`/sitemap-pages.xml`, `/sitemap-pages.xml?p=2`, ...), so that no response
grows with the number of articles beyond `SITEMAP_LIMIT` addresses.
"""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import reverse

from firm_site.base.sitemaps import PageSitemap
from news.sitemaps import ArchiveSitemap, CategorySitemap

SECTIONS = {
    "pages": PageSitemap,
    "categories": CategorySitemap,
    "archives": ArchiveSitemap,
}


def sections(request):
    return {name: sitemap(request) for name, sitemap in SECTIONS.items()}


def sitemap_index(request):
    return sitemap_views.index(request, sections(request), sitemap_url_name="sitemap_section")


def sitemap_section(request, section):
    # An unknown section or page (`?p=0`, `?p=abc`, past the end) is a 404.
    return sitemap_views.sitemap(request, sections(request), section=section)


def sitemap_paths():
    """The paths to purge when what the sitemap lists changes; a purge of a path
    takes every query string of it too (`?p=2`), see `firm_site.base.frontend_cache`."""
    return [reverse("sitemap")] + [
        reverse("sitemap_section", kwargs={"section": name}) for name in SECTIONS
    ]
