"""
The firm's details: a site setting shown in every footer and email, edited in
Settings › Firm details without a deploy.

It lives in the base, not beside the home page, because the base reads it
(footer, structured data, emails); its app is still `firm_site`.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from firm_site.base.utils import tel_href


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
