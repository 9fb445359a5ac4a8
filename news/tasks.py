"""Background work for the News & Blog, run by the worker (`manage.py db_worker
--backend notifications`) after enquiry notifications and email updates."""

import logging

from django_tasks import task

from firm_site.base.images import (
    BODY_IMAGE_SPEC,
    CARD_IMAGE_SPEC,
    SOCIAL_IMAGE_SPEC,
    every_variant,
    make_renditions,
)
from news.blocks import images_in
from news.models import ArticlePage

logger = logging.getLogger(__name__)

# Below email updates' -10: a reader's email never waits for an image.
RENDITIONS_PRIORITY = -20


@task(backend="notifications", priority=RENDITIONS_PRIORITY)
def make_article_renditions(page_id):
    """Every rendition a published article's page, its card and its shares show,
    made now rather than on the first reader's view (AVIF takes about a second
    for an article's images). How many were made; nothing for an article that
    is no longer live."""
    article = (
        ArticlePage.objects.live()
        .filter(pk=page_id)
        .select_related("listing_image", "social_image")
        .first()
    )
    if article is None:
        return 0
    # The lead image, and the card in listings and related posts.
    made = make_renditions(article.listing_image, every_variant(BODY_IMAGE_SPEC, CARD_IMAGE_SPEC))
    for image in images_in(article.body):
        made += make_renditions(image, every_variant(BODY_IMAGE_SPEC))
    shared, _alt = article.get_social_image()
    return made + make_renditions(shared, [SOCIAL_IMAGE_SPEC])


def queue_article_renditions(page_id):
    try:
        make_article_renditions.enqueue(page_id)
    except Exception:
        # Not made now, they are made on the first view, as before.
        logger.exception("Could not queue the renditions of article %s", page_id)
