"""Keep cached site furniture (menu, firm details, apps' furniture) and the cached
parts of pages keyed on it (`content_generation`) in step with the content."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from firm_site.base.furniture import clear_site_furniture
from firm_site.base.models import FirmSettings, SupportService


def clear_now_and_after_commit():
    """Cleared at once, so this request's own next view shows the change, and again
    once the change is committed: a request that rebuilt the furniture in between
    read the content as it was, and would otherwise keep it until the timeout."""
    clear_site_furniture()
    transaction.on_commit(clear_site_furniture)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def clear_furniture_on_page_change(sender, **kwargs):
    clear_now_and_after_commit()


@receiver(post_save)
@receiver(post_delete)
def clear_furniture_on_save(sender, instance, **kwargs):
    # Menu titles and the footer's page links come from pages; the rest from the
    # settings, and the logo's rendition from its image (a new focal point, a new
    # file). Cached parts of pages also show images, documents' links and lists
    # of public pages only (view restrictions).
    if isinstance(
        instance,
        Page
        | Site
        | FirmSettings
        | SupportService
        | AbstractImage
        | AbstractDocument
        | BaseViewRestriction,
    ):
        clear_now_and_after_commit()
