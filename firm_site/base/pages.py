"""The page class every page on the public site inherits from."""

from django.conf import settings
from django.db import models
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from firm_site.base.furniture import site_furniture
from firm_site.base.http_cache import SharedCacheMixin
from firm_site.base.metadata import (
    Crumb,
    PageMeta,
    SocialImage,
    canonical_url,
    plain_text,
    social_image,
)
from firm_site.base.query import SitePageManager
from firm_site.base.wagtail_internals import RoutingMixin

# Apps add to the context of pages they don't own through this hook (News adds a
# profile's articles), so the page's own app need not import them:
# `@hooks.register(PAGE_CONTEXT_HOOK) def add(page, request, context): ...`
PAGE_CONTEXT_HOOK = "construct_page_context"


def firm_share_image(request):
    """The firm's default share image (Firm details), as an absolute URL, or None."""
    image = site_furniture(request).share_image
    if image is None:
        return None
    return SocialImage(
        url=request.build_absolute_uri(image.url),
        width=image.width,
        height=image.height,
        alt=image.alt,
    )


class BasePage(RoutingMixin, SharedCacheMixin, Page):
    """Every page on the public site inherits from this.

    Concrete pages say where they may live (`parent_page_types`) and what they
    may hold (`subpage_types`); the default here is "nothing below". Served
    pages may be kept by a shared HTTP cache unless the page type opts out
    (`shared_cache_seconds = 0`, see `firm_site.base.http_cache`).
    """

    objects = SitePageManager()

    subpage_types = []

    # Pages about subjects such as abuse offer "Exit this page" (see quick_exit.html).
    show_quick_exit = False
    # Set to False on page types search engines should not list (firm_site.base.sitemaps).
    show_in_sitemap = True

    social_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Shown when the page is shared on social media, cropped to 1200×630; its "
            "description is the alt text. Articles use their teaser image if this is empty."
        ),
    )

    promote_panels = Page.promote_panels + [
        MultiFieldPanel([FieldPanel("social_image")], heading="For sharing")
    ]

    # OpenGraph's type: "website", "article" or "profile".
    og_type = "website"

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = self.get_breadcrumbs(request)
        for add_context in hooks.get_hooks(PAGE_CONTEXT_HOOK):
            add_context(self, request, context)
        return context

    def get_breadcrumbs(self, request):
        """The trail from the page's section down to the page (the home page is
        left out: the site's name in the header already leads there). Parents
        come from routing's cache, so a page one level down costs no query."""
        crumbs = [Crumb(self.title)]
        page = self
        while page.depth > 3:  # 1: the tree's root, 2: the home page
            page = page.get_parent().specific_deferred
            crumbs.insert(0, Crumb(page.title, page.get_url(request)))
        return crumbs if len(crumbs) > 1 else []

    # Metadata: what search engines and social networks are told about the page.
    # Each method works from data the page has already loaded (no queries).

    def get_meta_title(self, request):
        return self.seo_title or self.title

    def get_meta_description(self):
        """The editor's search description, else the page's own summary."""
        return plain_text(self.search_description) or plain_text(self.get_summary())

    def get_summary(self):
        """A sentence or two about the page (an article's excerpt), for pages
        without a search description."""
        return ""

    def get_social_image(self):
        """The image (and its alt text) shown when the page is shared, or (None, "")."""
        if self.social_image_id:
            return self.social_image, self.social_image.description
        return None, ""

    def get_og_properties(self, request):
        """Further OpenGraph properties as (property, content) pairs."""
        return []

    def get_structured_data(self, request):
        """schema.org items (dicts, see `firm_site.base.structured_data`) describing the page."""
        return []

    # Pages that stand for the firm or a part of it (home, listings, profiles) are
    # shared with the firm's default image when they have none of their own.
    uses_firm_share_image = False

    def get_page_meta(self, request, *, page_number=1):
        """The page's metadata; a listing passes the page number it shows."""
        image, alt = self.get_social_image()
        if image:
            shared = social_image(request, image, alt)
        else:
            shared = firm_share_image(request) if self.uses_firm_share_image else None
        return PageMeta(
            title=self.get_meta_title(request),
            description=self.get_meta_description(),
            canonical_url=canonical_url(request, page_number),
            site_name=self.site_name(request),
            og_type=self.og_type,
            image=shared,
            properties=self.get_og_properties(request),
        )

    def get_route_meta(self, request, *, title, description="", page_number=1):
        """The metadata of one of a routable page's routes (a category's page):
        what the route shows, not the page's own summary and image, which a
        route need not even load (see `route`)."""
        return PageMeta(
            title=title,
            description=plain_text(description),
            canonical_url=canonical_url(request, page_number),
            site_name=self.site_name(request),
            section=self.title,
            image=firm_share_image(request),
        )

    def site_name(self, request):
        firm = site_furniture(request).firm
        return getattr(firm, "firm_name", "") or settings.WAGTAIL_SITE_NAME
