"""Keep cached site furniture (menu, firm details, apps' furniture) in step with the content."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images.models import AbstractImage
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from firm_site.base.furniture import clear_site_furniture
from firm_site.base.models import FirmSettings, SupportService


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def clear_furniture_on_page_change(sender, **kwargs):
    clear_site_furniture()


@receiver(post_save)
@receiver(post_delete)
def clear_furniture_on_save(sender, instance, **kwargs):
    # Menu titles and the footer's page links come from pages; the rest from the
    # settings, and the logo's rendition from its image (a new focal point, a new file).
    if isinstance(instance, Page | Site | FirmSettings | SupportService | AbstractImage):
        clear_site_furniture()
