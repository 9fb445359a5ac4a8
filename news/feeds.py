"""
RSS 2.0 and Atom feeds of articles, served as routes of the pages they list
(`/news/feed/rss/`, `/news/category/<path>/feed/atom/`, `/people/<slug>/feed/rss/`).
See https://docs.djangoproject.com/en/stable/ref/contrib/syndication/
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape

from firm_site.base.furniture import site_furniture

FEED_FORMATS = {"rss": Rss201rev2Feed, "atom": Atom1Feed}
FEED_LENGTH = 20


class ArticleFeed(Feed):
    """The newest articles of one listing, as a feed.

    Made per request by the route that serves it, which passes the listing's
    articles (with `with_card_data()`, so authors and categories cost one query
    each, however many items) and the listing's title and address.
    """

    def __init__(self, request, *, feed_format, title, description, link, articles):
        super().__init__()
        self.request = request
        self.feed_type = FEED_FORMATS[feed_format]
        self._title = title
        self._description = description
        self._link = link
        self._articles = articles

    def absolute_url(self, page):
        return self.request.build_absolute_uri(page.get_url(self.request))

    def title(self):
        return self._title

    def description(self):
        return self._description

    def subtitle(self):
        return self._description

    def link(self):
        return self.request.build_absolute_uri(self._link)

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        return list(self._articles[:FEED_LENGTH])

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        # RSS descriptions and Atom summaries are HTML: the excerpt is plain text.
        return escape(article.excerpt)

    def item_link(self, article):
        return self.absolute_url(article)

    def item_guid(self, article):
        # Stays the same when the article is retitled or its slug changes.
        return f"urn:uuid:{article.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, article):
        return article.first_published_at

    def item_updateddate(self, article):
        return article.last_published_at

    def item_author_name(self, article):
        return ", ".join(person.title for person in article.author_people) or None

    def item_author_link(self, article):
        authorships = article.authors.all()
        return self.absolute_url(authorships[0].person) if authorships else None

    def item_categories(self, article):
        return [category.full_name for category in article.categories.all()]


def feed_title(request, *parts):
    """ "Child Abuse | News & Blog | Ashdown Marlowe Solicitors": what a feed reader lists."""
    firm = site_furniture(request).firm
    return " | ".join(part for part in [*parts, getattr(firm, "firm_name", "")] if part)


def serve_feed(request, feed_format, **kwargs):
    """The feed response for a route: `feed_format` is "rss" or "atom"."""
    return ArticleFeed(request, feed_format=feed_format, **kwargs)(request)


def feed_links(title, base_url):
    """The feeds below `base_url`, for autodiscovery (`<link rel="alternate">`) and
    visible subscribe links."""
    return [
        {
            "title": f"{title} ({name})",
            "name": name,
            "type": f"application/{feed_format}+xml",
            "url": f"{base_url}feed/{feed_format}/",
        }
        for feed_format, name in [("rss", "RSS"), ("atom", "Atom")]
    ]
