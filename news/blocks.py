"""
The article body: one story block built from small StructBlocks.

Each block renders through its own template in
`templates/components/streamfield/`, named after the block.
See https://docs.wagtail.org/en/stable/topics/streamfield.html
"""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Sub-heading")],
        default="h2",
        help_text="Use sub-headings only inside a section.",
    )

    class Meta:
        icon = "title"
        template = "components/streamfield/heading_block.html"
        description = "A heading that divides the article into sections"
        preview_value = {"text": "What the court decided", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        label="Alt text",
        help_text=(
            "Describe the image for people who cannot see it. Never name or "
            "describe a person who could be identified as a victim."
        ),
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/streamfield/captioned_image_block.html"
        description = "An image with required alt text and an optional caption"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=1000)
    attribution = blocks.CharBlock(
        required=False, max_length=120, help_text="Who said it, e.g. the judge"
    )
    source = blocks.CharBlock(
        required=False, max_length=200, help_text="Where it was said, e.g. a judgment or report"
    )

    class Meta:
        icon = "openquote"
        template = "components/streamfield/quote_block.html"
        description = "A block quote with optional attribution and source"
        preview_value = {
            "quote": "Nobody who comes forward should have to tell their story twice.",
            "attribution": "A fictional reviewer",
            "source": "An example report",
        }


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=500)
    link_text = blocks.CharBlock(max_length=60, default="Contact us in confidence")
    page = blocks.PageChooserBlock(required=False, help_text="Link to a page on this site…")
    url = blocks.URLBlock(required=False, help_text="…or to another address")

    class Meta:
        icon = "mail"
        template = "components/streamfield/call_to_action_block.html"
        description = "A highlighted panel inviting readers to get in touch"
        preview_value = {
            "heading": "Worried about something you have read?",
            "text": "Speak to one of our solicitors in confidence.",
            "link_text": "Contact us in confidence",
            "url": "https://example.com/contact/",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = "Choose either a page or an address for the link, not both or neither."
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


def images_in(stream_value):
    """The images placed in a body, so a page can prefetch their renditions.

    Reading the stream loads every image block's image in one query
    (`ImageChooserBlock.bulk_to_python`).
    """
    return [
        block.value["image"]
        for block in stream_value
        if block.block_type == "image" and block.value["image"] is not None
    ]


# Struct block fields that readers don't read as prose.
UNREAD_FIELDS = {"level", "url", "alt_text", "page", "image", "link_text"}


def words_in(raw_blocks):
    """How many words a reader reads in a body, from its raw JSON-like data
    (`stream_value.raw_data`, or the list a migration sees), without loading
    the images and pages its blocks refer to."""

    def texts(value):
        if isinstance(value, str):
            yield strip_tags(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in UNREAD_FIELDS:
                    yield from texts(item)
        elif isinstance(value, list):
            for item in value:
                yield from texts(item)

    return sum(len(text.split()) for block in raw_blocks for text in texts(block["value"]))


class StoryBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        icon="pilcrow",
        template="components/streamfield/paragraph_block.html",
        description="Text with bold, italic, links and bulleted or numbered lists",
        preview_value="<p>Paragraph text with a <b>bold</b> phrase.</p>",
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        template = "components/streamfield/story_block.html"
