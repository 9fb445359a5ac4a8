"""
Confidential enquiries.

`ContactPage` is the form at /contact/; what it stores (`Enquiry` and the rest)
is defined in `contact.records` and re-exported here, where Django looks for
an app's models. Only enquiry handlers (and superusers) can read an enquiry,
plus the solicitor it is addressed to (that one only), through the Enquiries
area of the admin; every read, export, status change and deletion is written
to Wagtail's audit log. Notifications never carry what the enquirer wrote.
"""

from django.utils.html import strip_tags
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from contact import views
from contact.records import (  # noqa: F401 (Django finds an app's models here)
    AreaOfLaw,
    ContactSettings,
    Enquiry,
    EnquiryNote,
    EnquiryNotification,
    new_reference,
)
from firm_site.base import structured_data
from firm_site.base.pages import BasePage


class ContactPage(RoutablePageMixin, BasePage):
    """`/contact/`: the firm's contact details and the confidential enquiry form.

    `/contact/` shows the form (GET only), `/contact/send/` takes it (POST
    only) and `/contact/thank-you/` confirms it; the views are in contact/views.py.
    """

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    privacy_summary = RichTextField(
        features=["bold", "italic", "link", "ul"],
        help_text=(
            "The short notice beside the form: who reads an enquiry, what it is used for, "
            "how long it is kept and the enquirer's rights. It links to the full privacy "
            "notice chosen in Settings › Firm details."
        ),
    )
    next_steps = RichTextField(
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Shown on the thank-you page: what happens after an enquiry arrives",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("privacy_summary"),
        FieldPanel("next_steps"),
    ]

    parent_page_types = ["firm_site.HomePage"]
    subpage_types = []
    max_count = 1

    # The form posts to /contact/send/; each route allows only its own methods.
    allowed_http_methods = ["GET", "HEAD", "POST"]

    # Contact pages always offer "Exit this page".
    show_quick_exit = True
    # A form with a CSRF token, and a thank-you page per enquirer: never in a shared cache.
    shared_cache_seconds = 0

    def get_summary(self):
        return strip_tags(self.intro)

    def get_structured_data(self, request):
        # The firm as a LegalService, as on the home page: how search engines
        # learn its address and telephone number.
        return [structured_data.legal_service(request)]

    @path("")
    def form(self, request):
        return views.show_form(request, self)

    @path("send/")
    def send(self, request):
        return views.submit_enquiry(request, self)

    @path("thank-you/")
    def thank_you(self, request):
        return views.thank_you(request, self)
