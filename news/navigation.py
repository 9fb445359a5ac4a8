"""
The News & Blog's part of the site furniture: its index page (category and
archive links on every page are built from its address), the years with
articles for the archive links, and the feeds every page announces.

Kept with the rest of the furniture (`firm_site.base.furniture`), so cleared
with it whenever a page changes.
"""

from dataclasses import dataclass, field

from firm_site.base.furniture import cached_for_site
from news.feeds import feed_links
from news.models import ArticlePage, NewsIndexPage


@dataclass
class NewsFurniture:
    news_index: NewsIndexPage | None = None
    # Years with published articles, newest first.
    archive_years: list = field(default_factory=list)


def build_news_furniture(site):
    if site is None:
        return NewsFurniture()
    return NewsFurniture(
        news_index=NewsIndexPage.objects.descendant_of(site.root_page).live().first(),
        archive_years=[
            moment.year
            for moment in ArticlePage.objects.descendant_of(site.root_page)
            .live()
            .public()
            .datetimes("first_published_at", "year", order="DESC")
        ],
    )


def news_furniture(request):
    return cached_for_site(request, "news", build_news_furniture)


def news_index_for(request):
    """The site's News & Blog page, or None."""
    return news_furniture(request).news_index


def archive_years(request):
    return news_furniture(request).archive_years


def site_feed_links(request):
    """The feeds of all the News & Blog, which every page announces in its `<head>`."""
    news_index = news_index_for(request)
    return feed_links(news_index.title, news_index.get_url(request)) if news_index else []
