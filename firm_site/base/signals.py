"""Keep cached site furniture (menu, firm details, apps' furniture) and the cached
parts of pages keyed on it (`content_generation`) in step with the content."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import COMMENTS_RELATION_NAME, BaseViewRestriction, Page, Site
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


# What saving a draft (every few seconds, with autosave) or locking a page
# writes to its row: nothing readers see.
DRAFT_FIELDS = {
    COMMENTS_RELATION_NAME,
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_by",
    "locked_at",
}


def changes_nothing_public(instance, update_fields):
    return isinstance(instance, Page) and (
        not instance.live or (update_fields is not None and set(update_fields) <= DRAFT_FIELDS)
    )


@receiver(post_save)
@receiver(post_delete)
def clear_furniture_on_save(sender, instance, update_fields=None, **kwargs):
    if changes_nothing_public(instance, update_fields):
        # A draft page, or a draft of a live one (publishing sends `page_published`).
        return
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
