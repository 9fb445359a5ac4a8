from django.utils.functional import SimpleLazyObject

from news.navigation import archive_years, news_index_for, site_feed_links


def news(request):
    """`news_index`: the site's News & Blog page (category and archive links are
    built from it); `archive_years`: the years with articles; `feed_links`: the
    feeds a page announces in its `<head>`, the whole News & Blog's unless the
    page has its own. Each only loaded if a template uses it, from the cached
    site furniture."""
    return {
        "news_index": SimpleLazyObject(lambda: news_index_for(request)),
        "archive_years": SimpleLazyObject(lambda: archive_years(request)),
        "feed_links": SimpleLazyObject(lambda: site_feed_links(request)),
    }
