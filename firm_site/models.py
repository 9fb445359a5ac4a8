"""
The home page and plain editable pages (privacy notice, complaints procedure,
about us): the pages of the site as a whole rather than of one app. They sit
in the wiring because the home page shows the latest articles.

The firm's details (`FirmSettings`) and the page base are in `firm_site.base`.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from contact.models import ContactPage
from firm_site.base import structured_data
from firm_site.base.furniture import menu_pages, site_furniture
from firm_site.base.images import BODY_IMAGE_SPEC, prefetch_renditions
from firm_site.base.models import FirmSettings
from firm_site.base.pages import BasePage
from news.blocks import StoryBlock, images_in
from news.models import ArticlePage

__all__ = ["FirmSettings", "HomePage", "StandardPage"]


class HomePage(BasePage):
    uses_firm_share_image = True
    strapline = models.CharField(
        max_length=200,
        help_text=(
            "The page's main heading: what the firm does for whom, e.g. "
            "“Solicitors for survivors of abuse”"
        ),
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
        firm_name = getattr(site_furniture(request).firm, "firm_name", "") or self.title
        return self.seo_title or " | ".join(part for part in (firm_name, self.strapline) if part)

    def get_summary(self):
        return self.strapline

    def get_structured_data(self, request):
        return [structured_data.legal_service(request)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_articles"] = (
            ArticlePage.objects.live().public().for_listing()[: self.LATEST_ARTICLE_COUNT]
        )
        menu = menu_pages(request)
        # The first call to action is to talk to someone: the confidential form.
        contact_page = next((p for p in menu if p.specific_class is ContactPage), None)
        if contact_page is None:
            contact_page = ContactPage.objects.live().public().first()
        context["contact_page"] = contact_page
        context["menu_pages"] = [p for p in menu if p is not contact_page]
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
