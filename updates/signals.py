"""Announce an article to its subscribers when it is first published, never again."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from news.models import ArticlePage
from updates.sending import create_article_mailing
from updates.tasks import queue_fan_out


@receiver(page_published, sender=ArticlePage)
def announce_new_article(sender, instance, **kwargs):
    # Wagtail sets both to the same moment on the first publish only: a re-publish,
    # an edit or an unpublish-and-publish moves last_published_at on. (An imported
    # article keeps its old first date, so it is not announced either.) The Mailing
    # is unique per article besides.
    if instance.first_published_at is None or instance.first_published_at != (
        instance.last_published_at
    ):
        return
    if instance.get_view_restrictions().exists():
        return
    mailing = create_article_mailing(instance)
    if mailing is not None:
        # After the commit: the worker must find the mailing, and a rolled-back
        # publish announces nothing.
        transaction.on_commit(lambda: queue_fan_out(mailing.pk))
