"""
What a page tells search engines and social networks about itself: its
canonical address, description, OpenGraph and Twitter card.

Pages build a `PageMeta` from data they have already loaded (see
`BasePage.get_page_meta`); `templates/components/page_meta.html` renders it.
See https://ogp.me/ and
https://developer.x.com/en/docs/x-for-websites/cards/overview/summary-card-with-large-image
"""

from dataclasses import dataclass, field

from firm_site.base.images import SOCIAL_IMAGE_SPEC, image_filter


@dataclass(frozen=True)
class SocialImage:
    url: str
    width: int
    height: int
    alt: str


@dataclass
class PageMeta:
    title: str
    description: str
    # Empty for what is not a page of its own (an error page): no canonical link, no card.
    canonical_url: str
    site_name: str
    og_type: str = "website"
    image: SocialImage | None = None
    # Further OpenGraph properties, e.g. ("article:published_time", "2026-03-04T10:00:00+00:00").
    properties: list = field(default_factory=list)
    # The listing a route of a page belongs to ("News & Blog" for a category's page).
    section: str = ""

    @property
    def twitter_card(self):
        return "summary_large_image" if self.image else "summary"

    @property
    def document_title(self):
        """The `<title>`: "Grooming gangs | News & Blog | Firm", each part once."""
        parts = []
        for part in (self.title, self.section, self.site_name):
            if part and not any(part in earlier for earlier in parts):
                parts.append(part)
        return " | ".join(parts)


def view_meta(request, title, site_name):
    """The metadata of a response that is not a page of the site (an error,
    search results): a title and nothing for search engines to list."""
    return PageMeta(title=title, description="", canonical_url="", site_name=site_name)


@dataclass(frozen=True)
class Crumb:
    """One step of a breadcrumb trail; the last, the page itself, has no link."""

    name: str
    url: str = ""


def canonical_url(request, page_number=1):
    """The page's address without query parameters, except a listing's page
    number after the first (each page of a listing is a page of its own)."""
    url = request.build_absolute_uri(request.path)
    return f"{url}?page={page_number}" if page_number > 1 else url


def social_image(request, image, alt):
    """The 1200×630 rendition of `image` that social networks show.

    Pages that render it prefetch it with their other renditions, so this
    costs no query there.
    """
    rendition = image.get_rendition(image_filter(SOCIAL_IMAGE_SPEC))
    return SocialImage(
        url=request.build_absolute_uri(rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=alt,
    )


def plain_text(text):
    """One line of text for a meta tag: runs of whitespace and newlines collapse."""
    return " ".join((text or "").split())
