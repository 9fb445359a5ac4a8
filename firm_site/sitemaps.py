"""
`/sitemap.xml`: a sitemap index naming one file per section and page of it
(`/sitemap-pages.xml`, `/sitemap-pages.xml?p=2`, ...), so that no response
grows with the number of articles beyond `SITEMAP_LIMIT` addresses.

The index and each file are written once and kept until the content changes
(`cached_for_content`): at 10,000 articles a file of 2,000 addresses takes
about 40 ms to write, and crawlers that miss the shared HTTP cache (or come
to a second front cache) would otherwise ask for it again and again.
"""

import re
from datetime import datetime

from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sites.shortcuts import get_current_site
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.http import http_date

from firm_site.base.furniture import cached_for_content
from firm_site.base.sitemaps import PageSitemap
from news.sitemaps import ArchiveSitemap, CategorySitemap

SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
# `?p=` as the index writes it: anything else (`p=01`, `p=1.0`) is not a page of
# the sitemap, and must not fill the cache with copies of one.
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,5}")

SECTIONS = {
    "pages": PageSitemap,
    "categories": CategorySitemap,
    "archives": ArchiveSitemap,
}


def sections(request):
    return {name: sitemap(request) for name, sitemap in SECTIONS.items()}


@sitemap_views.x_robots_tag
def sitemap_index(request):
    def write():
        response = sitemap_views.index(
            request, sections(request), sitemap_url_name="sitemap_section"
        )
        return response.rendered_content, response.get("Last-Modified")

    return xml_response(*cached_for_content(request, "sitemap-index", write))


def xml_response(content, last_modified):
    response = HttpResponse(content, content_type="application/xml")
    if last_modified:
        response["Last-Modified"] = last_modified
    return response


def day(moment):
    """A lastmod as the sitemap writes it: the date, in the site's time zone."""
    if isinstance(moment, datetime):
        return timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()
    return moment


@sitemap_views.x_robots_tag
def sitemap_section(request, section):
    page = request.GET.get("p", "1")
    if section not in SECTIONS or not PAGE_NUMBER.fullmatch(page):
        raise Http404("No such sitemap.")
    return xml_response(
        *cached_for_content(
            request,
            f"sitemap-{section}:{page}",
            lambda: write_sitemap_file(request, SECTIONS[section](request), page),
        )
    )


def write_sitemap_file(request, sitemap, page):
    """One page of a section's file, written out directly: Django's view builds a
    dict of seven fields an address and renders a template, which cost more than
    the database did (≈ 0.25 ms an address; half a second for a file of 2,000).
    (The XML, its Last-Modified); a page past the end is a 404."""
    try:
        items = sitemap.paginator.page(page).object_list
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("No such page of the sitemap.") from error
    root = (
        f"{sitemap.get_protocol(request.scheme)}://{sitemap.get_domain(get_current_site(request))}"
    )
    lastmod = getattr(sitemap, "lastmod", None)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{SITEMAP_NAMESPACE}">']
    latest = None
    for item in items:
        modified = lastmod(item) if lastmod else None
        if modified:
            latest = max(latest, modified) if latest else modified
            modified = f"<lastmod>{day(modified).isoformat()}</lastmod>"
        lines.append(
            f"<url><loc>{escape(root + sitemap.location(item))}</loc>{modified or ''}</url>"
        )
    lines.append("</urlset>\n")
    last_modified = http_date(latest.timestamp()) if isinstance(latest, datetime) else None
    return "\n".join(lines), last_modified


def sitemap_paths():
    """The paths to purge when what the sitemap lists changes; a purge of a path
    takes every query string of it too (`?p=2`), see `firm_site.base.frontend_cache`."""
    return [reverse("sitemap")] + [
        reverse("sitemap_section", kwargs={"section": name}) for name in SECTIONS
    ]
