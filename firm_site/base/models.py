"""
Models every app uses: the firm's details (a site setting shown in every
footer and email, edited in Settings › Firm details without a deploy) and the
site's image model, which knows who to credit.

They live in the base, not beside the home page, because the base reads them;
their app is still `firm_site`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.snippets.models import register_snippet

from firm_site.base.sra_badge import sra_register_url
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
    opening_hours = models.TextField(
        blank=True,
        max_length=500,
        help_text=(
            "When the phones are answered; one line per line, "
            "e.g. “Monday to Friday, 9am to 5.30pm”"
        ),
    )
    sra_number = models.CharField("SRA number", max_length=20)
    show_sra_badge = models.BooleanField(
        "show the SRA digital badge",
        default=False,
        help_text=(
            "The SRA's clickable badge in every footer, loaded from the SRA's supplier "
            "(cdn.yoshki.com) for this site's address. Off, or where it can't load, the "
            "footer links to the firm's entry on the SRA register instead."
        ),
    )
    regulatory_statement = models.CharField(
        max_length=200, default="Authorised and regulated by the Solicitors Regulation Authority"
    )
    # What a company's website must show (Companies Act 2006 and the trading
    # disclosures regulations) and the SRA's transparency rules ask of a firm's.
    legal_name = models.CharField(
        "legal entity name",
        max_length=200,
        blank=True,
        help_text="As registered, e.g. “Ashdown Marlowe LLP”. Empty: the firm's name.",
    )
    company_number = models.CharField(
        max_length=20, blank=True, help_text="Registered in England and Wales number"
    )
    registered_office = models.TextField(
        blank=True,
        max_length=500,
        help_text="One line per line. Empty: the address above.",
    )
    vat_number = models.CharField("VAT number", max_length=20, blank=True)
    pi_insurer = models.CharField("professional indemnity insurer", max_length=200, blank=True)
    pi_coverage = models.CharField(
        "territorial coverage of the insurance",
        max_length=200,
        blank=True,
        help_text="e.g. “Worldwide, excluding the USA and Canada”",
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
    cookies_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Which cookies the site sets and why",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The accessibility statement",
    )
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The firm's logo as search engines show it (at least 112 pixels square)",
    )

    social_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Shown when the home page, a listing or a profile is shared and the page has "
            "no image of its own. Empty: the logo."
        ),
    )

    # The footer on every page reads the pages, and the structured data the
    # logo: fetch them with the setting.
    select_related = [
        "complaints_page",
        "privacy_page",
        "cookies_page",
        "accessibility_page",
        "logo",
        "social_image",
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("firm_name"),
                FieldPanel("strapline"),
                FieldPanel("footer_tagline"),
                FieldPanel("logo"),
                FieldPanel("social_image"),
            ],
            heading="The firm",
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("opening_hours"),
            ],
            heading="Contact details",
        ),
        MultiFieldPanel(
            [
                FieldPanel("sra_number"),
                FieldPanel("regulatory_statement"),
                FieldPanel("show_sra_badge"),
            ],
            heading="Regulation",
        ),
        MultiFieldPanel(
            [
                FieldPanel("legal_name"),
                FieldPanel("company_number"),
                FieldPanel("registered_office"),
                FieldPanel("vat_number"),
                FieldPanel("pi_insurer"),
                FieldPanel("pi_coverage"),
            ],
            heading="Legal entity and insurance",
        ),
        MultiFieldPanel(
            [
                FieldPanel("complaints_page"),
                FieldPanel("privacy_page"),
                FieldPanel("cookies_page"),
                FieldPanel("accessibility_page"),
            ],
            heading="Footer links",
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
    def opening_hours_lines(self):
        return [line.strip() for line in self.opening_hours.splitlines() if line.strip()]

    @property
    def registered_office_lines(self):
        lines = [line.strip() for line in self.registered_office.splitlines() if line.strip()]
        return lines or self.address_lines

    @property
    def sra_register_url(self):
        """The firm's entry on the SRA's register: the badge's fallback."""
        return sra_register_url(self.sra_number)

    @property
    def phone_href(self):
        return tel_href(self.phone)


class CustomImage(AbstractImage):
    """Wagtail's image with a credit: who made it and under what licence.

    Images the firm did not make (an agency's photograph, a client's, one
    under a Creative Commons licence) must say whose they are; the credit is
    shown in captions. (`WAGTAILIMAGES_IMAGE_MODEL`; see
    https://docs.wagtail.org/en/stable/advanced_topics/images/custom_image_model.html)
    """

    owned_by_firm = models.BooleanField(
        "the firm owns this image",
        default=True,
        help_text=(
            "Untick for an image someone else made (an agency's or a client's photograph, "
            "a picture under a Creative Commons licence): it then needs a credit."
        ),
    )
    credit = models.CharField(
        max_length=255,
        blank=True,
        help_text=(
            "Who made it and on what terms, as it should appear under the image, e.g. "
            "“Photo: Sam Example / Example Pictures, used under licence” or "
            "“Jo Bloggs, CC BY 4.0”"
        ),
    )

    admin_form_fields = Image.admin_form_fields + ("owned_by_firm", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"

    def clean(self):
        super().clean()
        self.credit = self.credit.strip()
        if not self.owned_by_firm and not self.credit:
            raise ValidationError(
                {"credit": "Say who made this image and on what terms: the firm does not own it."}
            )


class Rendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, related_name="renditions", on_delete=models.CASCADE)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_snippet
class SupportService(models.Model):
    """A named support service (e.g. Samaritans, 116 123), shown on sensitive pages
    and after an enquiry is sent, instead of a vague "contact a helpline"."""

    name = models.CharField(max_length=80)
    phone = models.CharField(max_length=40, blank=True, help_text="As people dial it")
    description = models.CharField(
        max_length=200, help_text="One line: who it is for and when it is open"
    )
    url = models.URLField("website", blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0, help_text="Lower comes first")

    panels = [
        FieldPanel("name"),
        FieldPanel("phone"),
        FieldPanel("description"),
        FieldPanel("url"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def phone_href(self):
        return tel_href(self.phone) if self.phone else ""
