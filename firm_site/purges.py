"""
Keep the shared HTTP cache in step with the content: what the wiring knows.

Every page carries the menu and the footer (the firm's details and the pages
they link to), the home page lists the latest articles, and the sitemap lists
every page. What an article or a profile change means for the pages of News
and People is theirs to say (`news.cache`, `people.cache`); how URLs are read
and when they are sent is `firm_site.base.frontend_cache`'s.
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images.models import AbstractImage
from wagtail.models import Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from firm_site.base.frontend_cache import (
    everything_below,
    everything_below_url_path,
    page_urls,
    purge_after_commit,
    site_root_url,
    whole_site,
)
from firm_site.base.models import FirmSettings
from firm_site.sitemaps import sitemap_paths
from news.models import Category


def shown_on_every_page(page):
    """Top-level pages are in the menu; the firm's details may link any page from the footer."""
    parent_path = page.path[: -page.steplen]
    if Site.objects.filter(Q(root_page=page) | Q(root_page__path=parent_path)).exists():
        return True
    return FirmSettings.objects.filter(
        Q(privacy_page=page)
        | Q(complaints_page=page)
        | Q(cookies_page=page)
        | Q(accessibility_page=page)
    ).exists()


def home_and_sitemap(page):
    """The home page lists the latest articles (with their authors and categories)
    and the sitemap's files list every page, category and archive."""
    root = site_root_url(page)
    return [f"{root}/"] + [f"{root}{path}" for path in sitemap_paths()] if root else []


@receiver(page_published)
@receiver(page_unpublished)
def purge_page(sender, instance, **kwargs):
    urls = page_urls(instance) + home_and_sitemap(instance)
    if shown_on_every_page(instance):
        urls += whole_site()
    purge_after_commit(urls)


@receiver(post_page_move)
def purge_moved_page(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before == url_path_after:
        return
    urls = everything_below_url_path(url_path_before) + everything_below(instance)
    urls += home_and_sitemap(instance)
    was_top_level = Site.objects.filter(root_page=kwargs["parent_page_before"]).exists()
    if was_top_level or shown_on_every_page(instance):
        urls += whole_site()
    purge_after_commit(urls)


@receiver(page_slug_changed)
def purge_old_address(sender, instance, instance_before, **kwargs):
    """The old address now redirects (and so do the pages below it)."""
    purge_after_commit(everything_below_url_path(instance_before.url_path))


@receiver(post_save)
@receiver(post_delete)
def purge_site_on_furniture_change(sender, instance, **kwargs):
    # The firm's details are in every footer; an edited image (a new crop or file)
    # gets new renditions, and the old ones go. Wagtail saves an image with
    # `update_fields` when it only records its file's hash or size: nothing shows that.
    update_fields = kwargs.get("update_fields")
    image_changed = isinstance(instance, AbstractImage) and not kwargs.get("created")
    if image_changed and update_fields and set(update_fields) <= {"file_hash", "file_size"}:
        image_changed = False
    if isinstance(instance, FirmSettings | Site) or image_changed:
        purge_after_commit(whole_site())


@receiver(post_save, sender=Category)
@receiver(post_delete, sender=Category)
def purge_home_on_category_change(sender, instance, **kwargs):
    # Cards on the home page name their categories (News purges its own pages),
    # and the sitemap lists each category's page.
    purge_after_commit(
        [
            url
            for root in Site.get_site_root_paths()
            for url in [f"{root.root_url}/"]
            + [f"{root.root_url}{path}" for path in sitemap_paths()]
        ]
    )
