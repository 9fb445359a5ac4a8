"""
A person's articles on their profile page.

People know nothing of News; News adds the articles (and their feeds) to a
profile's context through the base page's context hook, registered in
`news/wagtail_hooks.py`.
"""

from firm_site.base.utils import paginate
from news.models import ArticlePage
from news.navigation import news_index_for, site_feed_links
from people.models import PersonPage

ARTICLES_PER_PAGE = 12


def add_author_articles(page, request, context):
    if not isinstance(page, PersonPage):
        return
    articles = ArticlePage.objects.live().public().by_author(page).for_listing()
    context["articles"] = paginate(request, articles, ARTICLES_PER_PAGE)
    context["page_number"] = context["articles"].number
    # "Exit this page" on the profile of someone who writes in a sensitive category:
    # from the categories the listing already prefetched (no query of its own).
    if any(article.is_sensitive for article in context["articles"]):
        context["show_quick_exit"] = True
    news_index = news_index_for(request)
    if news_index is not None:
        context["feed_links"] = news_index.author_feed_links(page) + site_feed_links(request)
