"""Keep cached site furniture (menu, firm details) in step with the content."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images.models import AbstractImage
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from firm_site.navigation import clear_site_furniture
from firm_site.roles import set_up_news_section
from news.models import NewsIndexPage


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def clear_furniture_on_page_change(sender, **kwargs):
    clear_site_furniture()


@receiver(post_save)
@receiver(post_delete)
def clear_furniture_on_save(sender, instance, **kwargs):
    from firm_site.models import FirmSettings

    # Menu titles and the footer's page links come from pages; the rest from the
    # settings, and the logo's rendition from its image (a new focal point, a new file).
    if isinstance(instance, Page | Site | FirmSettings | AbstractImage):
        clear_site_furniture()


@receiver(post_save, sender=NewsIndexPage)
def set_up_new_news_section(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        set_up_news_section(instance)
