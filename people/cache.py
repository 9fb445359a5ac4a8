"""
What People knows about the shared HTTP cache: a profile shows on itself (with
its pages of articles and its feeds) and on the People page, and departments
show on both. How URLs are read and sent: `firm_site.base.frontend_cache`.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from firm_site.base.frontend_cache import everything_below, page_urls, purge_after_commit
from people.models import Department, PeopleIndexPage, PersonPage


@receiver(page_published, sender=PersonPage)
@receiver(page_unpublished, sender=PersonPage)
def purge_pages_showing_person(sender, instance, **kwargs):
    people_index = instance.get_parent()
    purge_after_commit(everything_below(instance) + page_urls(people_index))


@receiver(post_save, sender=Department)
@receiver(post_delete, sender=Department)
def purge_pages_showing_department(sender, instance, raw=False, **kwargs):
    if not raw:
        purge_after_commit(
            [url for index in PeopleIndexPage.objects.live() for url in everything_below(index)]
        )
