"""
Pages and settings that belong to the whole site rather than to one domain:
the home page, plain editable pages (privacy notice, complaints procedure) and
the firm's details shown in every footer.
"""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Q
from django.http import Http404
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from firm_site import structured_data
from firm_site.http_cache import SharedCacheMixin
from firm_site.images import BODY_IMAGE_SPEC, prefetch_renditions
from firm_site.metadata import PageMeta, canonical_url, plain_text, social_image
from firm_site.navigation import menu_pages, site_furniture
from firm_site.query import SitePageManager
from firm_site.utils import tel_href
from news.blocks import StoryBlock, images_in


class BasePage(SharedCacheMixin, Page):
    """Every page on the public site inherits from this.

    Concrete pages say where they may live (`parent_page_types`) and what they
    may hold (`subpage_types`); the default here is "nothing below". Served
    pages may be kept by a shared HTTP cache unless the page type opts out
    (`shared_cache_seconds = 0`, see `firm_site.http_cache`).
    """

    objects = SitePageManager()

    subpage_types = []

    # Pages about subjects such as abuse offer "Exit this page" (see quick_exit.html).
    show_quick_exit = False
    # Set to False on page types search engines should not list (a form's thank-you page).
    show_in_sitemap = True

    social_image = models.ForeignKey(
        "wagtailimages.Image",
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
        context["feed_links"] = self.get_feed_links(request)
        return context

    def get_feed_links(self, request):
        """The feeds announced in this page's `<head>` for feed readers to find:
        by default, all of the News & Blog (from the cached site furniture)."""
        news_index = site_furniture(request).news_index
        return news_index.get_feed_links(request) if news_index else []

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
        """schema.org items (dicts, see `firm_site.structured_data`) describing the page."""
        return []

    def get_page_meta(self, request, *, page_number=1):
        """The page's metadata; a listing passes the page number it shows."""
        image, alt = self.get_social_image()
        return PageMeta(
            title=self.get_meta_title(request),
            description=self.get_meta_description(),
            canonical_url=canonical_url(request, page_number),
            site_name=self.site_name(request),
            og_type=self.og_type,
            image=social_image(request, image, alt) if image else None,
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
        )

    def site_name(self, request):
        firm = site_furniture(request).firm
        return getattr(firm, "firm_name", "") or settings.WAGTAIL_SITE_NAME

    def get_sitemap_urls(self, request=None):
        """As Wagtail's, but with the address built as canonical links are (from
        the request, so https behind the proxy), and nothing for page types
        that opt out with `show_in_sitemap = False`."""
        if not self.show_in_sitemap:
            return []
        urls = super().get_sitemap_urls(request)
        if request is not None:
            for url in urls:
                url["location"] = request.build_absolute_uri(self.get_url(request))
        return urls

    def route(self, request, path_components):
        """As `Page.route`, but a page the URL only passes through
        (`/news/` on the way to `/news/<slug>/`) is loaded without its own
        fields, saving a query per level. Should it turn out to be the page
        served after all (a routable page's sub-route), its fields load on use.
        See https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.route
        """
        if not path_components:
            return super().route(request, path_components)
        child_slug, remaining = path_components[0], path_components[1:]
        try:
            child = self.routable_children().get(slug=child_slug)
        except ObjectDoesNotExist as error:
            # A typed queryset raises its own model's DoesNotExist (ArticlePage's is
            # not a Page.DoesNotExist), so catch them all: an unknown slug is a 404,
            # which also lets the redirects middleware send an old slug on.
            raise Http404 from error
        child._cached_parent_obj = self
        if type(child) is Page:
            child = child.specific_deferred if remaining else child.specific
        return child.route(request, remaining)

    def routable_children(self):
        """The pages URLs below this one resolve to. A page whose children are
        all of one type returns them typed, so routing needs no second query."""
        return self.get_children()

    def get_view_restrictions(self):
        """The view restrictions on this page and its ancestors, in one query.

        Wagtail's version first loads the ancestors to resolve aliases; their
        paths are prefixes of this page's path, so they need no query. An alias
        takes the restrictions of the page it copies (`page__aliases`).
        """
        steplen = self.steplen
        paths = [self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
        ).distinct()


class HomePage(BasePage):
    strapline = models.CharField(
        max_length=200, help_text="One line under the firm's name, e.g. what the firm does"
    )
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("strapline"), FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "people.PeopleIndexPage",
        "firm_site.StandardPage",
        "contact.ContactPage",
    ]
    max_count = 1

    LATEST_ARTICLE_COUNT = 6

    def get_meta_title(self, request):
        firm = site_furniture(request).firm
        return self.seo_title or getattr(firm, "firm_name", "") or self.title

    def get_summary(self):
        return self.strapline

    def get_structured_data(self, request):
        return [structured_data.legal_service(request)]

    def get_context(self, request, *args, **kwargs):
        from news.models import ArticlePage, NewsIndexPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_articles"] = (
            ArticlePage.objects.live().public().for_listing()[: self.LATEST_ARTICLE_COUNT]
        )
        context["news_index"] = NewsIndexPage.for_request(request)
        context["menu_pages"] = menu_pages(request)
        return context


class StandardPage(BasePage):
    """An ordinary editable page: the privacy notice, the complaints procedure, about us."""

    intro = models.TextField(blank=True, max_length=500)
    body = StreamField(StoryBlock(), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    def get_summary(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_renditions(images_in(self.body), BODY_IMAGE_SPEC)
        return context

    parent_page_types = ["firm_site.HomePage", "firm_site.StandardPage"]
    subpage_types = ["firm_site.StandardPage"]


@register_setting(icon="site")
class FirmSettings(BaseSiteSetting):
    """The firm's details, edited in Settings › Firm details without a deploy."""

    firm_name = models.CharField(max_length=120)
    strapline = models.CharField(max_length=200, blank=True)
    footer_tagline = models.CharField(
        max_length=200, default="News, views and information from us and the industry"
    )
    address = models.TextField(help_text="One line per line of the address")
    phone = models.CharField(max_length=40)
    email = models.EmailField()
    sra_number = models.CharField("SRA number", max_length=20)
    regulatory_statement = models.CharField(
        max_length=200, default="Authorised and regulated by the Solicitors Regulation Authority"
    )
    complaints_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The complaints procedure, naming the Legal Ombudsman route",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The privacy notice",
    )
    enquiry_intake_email = models.EmailField(
        blank=True,
        help_text=(
            "Where new-enquiry notifications go (they never contain what the enquirer "
            "wrote). Empty: the ENQUIRY_INTAKE_EMAIL setting."
        ),
    )
    response_target_working_days = models.PositiveSmallIntegerField(
        default=2,
        help_text="How soon the firm aims to answer an enquiry, in working days",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The firm's logo as search engines show it (at least 112 pixels square)",
    )

    # The footer on every page reads both pages, and the structured data the
    # logo: fetch them with the setting.
    select_related = ["complaints_page", "privacy_page", "logo"]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("firm_name"),
                FieldPanel("strapline"),
                FieldPanel("footer_tagline"),
                FieldPanel("logo"),
            ],
            heading="The firm",
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading="Contact details",
        ),
        MultiFieldPanel(
            [FieldPanel("sra_number"), FieldPanel("regulatory_statement")],
            heading="Regulation",
        ),
        MultiFieldPanel(
            [FieldPanel("complaints_page"), FieldPanel("privacy_page")],
            heading="Footer links",
        ),
        MultiFieldPanel(
            [FieldPanel("enquiry_intake_email"), FieldPanel("response_target_working_days")],
            heading="Enquiries",
        ),
    ]

    class Meta:
        verbose_name = "Firm details"

    def __str__(self):
        return self.firm_name or "Firm details"

    @property
    def address_lines(self):
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    @property
    def phone_href(self):
        return tel_href(self.phone)
