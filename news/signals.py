"""Keep articles findable by their authors' and categories' current names, keep
the cached parts of pages that name a category in step with it, and give every
new News & Blog page the firm's roles and Legal review. A published article's
images are resized in the background (`news.tasks`).

An article's search entry holds the names of its authors and categories
(`ArticlePage.author_names`, `category_names`); when one of those is renamed,
the articles that carry the old name are indexed again.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.search import index
from wagtail.signals import page_published

from firm_site.base.signals import clear_now_and_after_commit
from news.models import ArticlePage, Category, NewsIndexPage
from news.permissions import set_up_news_section
from news.tasks import queue_article_renditions
from people.models import PersonPage


def reindex(articles):
    for article in articles:
        index.insert_or_update_object(article)


@receiver(page_published)
def reindex_articles_of_person(sender, instance, **kwargs):
    if isinstance(instance, PersonPage):
        reindex(ArticlePage.objects.by_author(instance))


@receiver(page_published, sender=ArticlePage)
def make_renditions_in_the_background(sender, instance, **kwargs):
    transaction.on_commit(lambda: queue_article_renditions(instance.pk))


@receiver(post_save, sender=Category)
def reindex_articles_in_category(sender, instance, created, raw=False, **kwargs):
    # Category.save() saves each sub-category in turn, so each reindexes its own articles.
    if not (created or raw):
        reindex(instance.articles.all())


@receiver(post_save, sender=Category)
@receiver(post_delete, sender=Category)
def clear_cached_parts_on_category_change(sender, raw=False, **kwargs):
    # Articles' cached content names their categories ("Published in") and lists
    # related posts by them (`ArticlePage.related_posts`).
    if not raw:
        clear_now_and_after_commit()


@receiver(post_save, sender=NewsIndexPage)
def set_up_new_news_section(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        set_up_news_section(instance)
