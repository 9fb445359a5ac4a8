"""
The News & Blog addresses the sitemap lists beside its pages: each category's
page and each year's and month's archive (routes of `NewsIndexPage`, not pages).
"""

from django.contrib.sitemaps import Sitemap
from wagtail.models import Site

from firm_site.base.sitemaps import SITEMAP_LIMIT
from news.models import Category, NewsIndexPage


class NewsRouteSitemap(Sitemap):
    limit = SITEMAP_LIMIT

    def __init__(self, request):
        self.request = request

    def news_indexes(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return []
        return list(
            NewsIndexPage.objects.live().public().descendant_of(site.root_page, inclusive=True)
        )

    def location(self, item):
        # A path: Django puts the request's scheme and host in front.
        return item


class CategorySitemap(NewsRouteSitemap):
    """`/news/category/<path>/` for every category."""

    def items(self):
        categories = list(Category.objects.order_by("path"))
        return [
            index.category_url(category) for index in self.news_indexes() for category in categories
        ]


class ArchiveSitemap(NewsRouteSitemap):
    """`/news/<year>/` and `/news/<year>/<month>/` for each with articles."""

    def items(self):
        urls = []
        for index in self.news_indexes():
            # Months in the site's time zone, as the archives count them.
            months = index.published_articles().datetimes(
                "first_published_at", "month", order="DESC"
            )
            years = []
            for month in months:
                if month.year not in years:
                    years.append(month.year)
                    urls.append(index.archive_url(month.year))
                urls.append(index.archive_url(month.year, month.month))
        return urls
