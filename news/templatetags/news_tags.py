"""Template helpers for articles: category links and share links."""

from urllib.parse import quote, urlencode

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def category_url(context, category):
    """The URL of a category's page under the News & Blog page in the context.

    `news_index` comes from the cached site furniture
    (`news.context_processors.news`), so building a category link never queries.
    """
    news_index = context.get("news_index")
    # A lazy object in the context: falsy, never `None`, when there is no such page.
    if not news_index or category is None:
        return ""
    return news_index.category_url(category)


@register.simple_tag(takes_context=True)
def archive_url(context, year, month=None):
    """The URL of a year's (or a month's) archive under the News & Blog page in the context."""
    news_index = context.get("news_index")
    if not news_index:
        return ""
    return news_index.archive_url(year, month)


def share_urls(title, url):
    """Plain share links: no third-party script, no tracking parameters.

    Every value is percent-encoded (`quote`, not `quote_plus`, because `mailto:`
    does not read "+" as a space).
    """

    def query(**params):
        return urlencode(params, quote_via=quote, safe="")

    email_body = f"{title}\n\n{url}"
    return [
        {
            "network": "X",
            "label": "Share on X",
            "url": f"https://x.com/intent/post?{query(text=title, url=url)}",
        },
        {
            "network": "Facebook",
            "label": "Share on Facebook",
            "url": f"https://www.facebook.com/sharer/sharer.php?{query(u=url)}",
        },
        {
            "network": "LinkedIn",
            "label": "Share on LinkedIn",
            "url": f"https://www.linkedin.com/sharing/share-offsite/?{query(url=url)}",
        },
        {
            "network": "WhatsApp",
            "label": "Share on WhatsApp",
            "url": f"https://wa.me/?{query(text=f'{title} {url}')}",
        },
        {
            "network": "Email",
            "label": "Share by email",
            "url": f"mailto:?{query(subject=title, body=email_body)}",
        },
    ]


@register.inclusion_tag("components/share_links.html", takes_context=True)
def share_links(context, page):
    request = context["request"]
    url = request.build_absolute_uri(page.get_url(request))
    return {"share_url": url, "links": share_urls(page.title, url)}
