"""
What News knows about the shared HTTP cache: which pages show an article, an
author or a category, so that they are purged when one of those changes (see
`firm_site.base.frontend_cache` for how URLs are read and when they are sent).

An article shows on its News & Blog listing (every page of it, since one new
article moves every other one along), its category pages, the archives, the
feeds and other articles' related posts: all of them live below the News &
Blog page, so the whole section goes in one purge. Profiles list their
authors' articles as cards, and cards name authors and categories, so the
People section goes too. The home page and sitemap are the wiring's.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from firm_site.base.frontend_cache import everything_below, purge_after_commit
from news.models import ArticlePage, Category, NewsIndexPage
from people.models import PeopleIndexPage, PersonPage


def news_sections():
    return [url for index in NewsIndexPage.objects.live() for url in everything_below(index)]


def people_sections():
    return [url for index in PeopleIndexPage.objects.live() for url in everything_below(index)]


@receiver(page_published, sender=ArticlePage)
@receiver(page_unpublished, sender=ArticlePage)
@receiver(post_page_move, sender=ArticlePage)
def purge_pages_showing_article(sender, instance, **kwargs):
    sections = {instance.get_parent(), kwargs.get("parent_page_before")} - {None}
    purge_after_commit(
        [url for section in sections for url in everything_below(section)] + people_sections()
    )


@receiver(page_published, sender=PersonPage)
@receiver(page_unpublished, sender=PersonPage)
@receiver(post_page_move, sender=PersonPage)
def purge_pages_showing_author(sender, instance, **kwargs):
    # Bylines, author cards and the cards on every listing name the author.
    purge_after_commit(news_sections())


@receiver(post_save, sender=Category)
@receiver(post_delete, sender=Category)
def purge_pages_showing_category(sender, instance, raw=False, **kwargs):
    if not raw:
        purge_after_commit(news_sections() + people_sections())
