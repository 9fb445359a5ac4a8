"""
A post's body, classic HTML or block-editor markup, as the article's StreamField
(`news.blocks.StoryBlock`): paragraphs, lists and links as rich text, headings,
images with alt text and captions, quotes with their citation.

Only what the paragraph block's features allow survives in rich text: `<p>`,
`<b>`, `<i>`, `<a href>` (http, https, mailto, tel or a path), lists and line
breaks. Every other tag is unwrapped to its text and every attribute but `href`
dropped, so scripts, event handlers, inline styles and `javascript:` links go.
Scripts, styles, forms and frames are dropped with their content.
"""

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from news.wordpress.gutenberg import has_blocks, parse_blocks
from news.wordpress.shortcodes import expand_shortcodes

# Block limits (news.blocks): longer text would fail validation when an editor saves.
HEADING_MAX = 120
CAPTION_MAX = 250
ALT_MAX = 250
QUOTE_MAX = 1000
ATTRIBUTION_MAX = 120
SOURCE_MAX = 200

SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
# Dropped with everything inside them.
DROPPED_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "title",
    "meta",
    "link",
    "base",
    "object",
    "embed",
    "applet",
    "param",
    "form",
    "input",
    "button",
    "select",
    "option",
    "textarea",
    "svg",
    "math",
    "canvas",
    "map",
    "area",
    "frameset",
    "frame",
    "source",
    "track",
    "dialog",
}
UNSAFE_TAGS = {"script", "style", "object", "embed", "applet", "form", "frameset", "frame"}
MEDIA_TAGS = {"video", "audio"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CONTAINERS = {
    "html",
    "body",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "center",
    "details",
    "summary",
    "address",
    "dl",
    "dt",
    "dd",
    "fieldset",
    "hgroup",
    "picture",
}
# Tags that start a new block when met inside an inline element.
BLOCK_LEVEL = (
    {"p", "ul", "ol", "blockquote", "figure", "img", "table", "pre", "hr", "iframe"}
    | HEADINGS
    | CONTAINERS
    | MEDIA_TAGS
)

# Blocks whose wrapper is only layout: their inner blocks are the content.
LAYOUT_BLOCKS = {"core/group", "core/columns", "core/column", "core/row", "core/stack"}
# Blocks read through their saved HTML.
HTML_BLOCKS = {
    "core/paragraph",
    "core/heading",
    "core/list",
    "core/list-item",
    "core/quote",
    "core/pullquote",
    "core/image",
    "core/gallery",
    "core/table",
    "core/preformatted",
    "core/code",
    "core/verse",
    "core/media-text",
    "core/cover",
    "core/buttons",
    "core/button",
    "core/details",
    "core/html",
    "core/freeform",
}
WP_IMAGE_CLASS = re.compile(r"\bwp-image-(\d+)\b")


@dataclass
class Notes:
    """What converting one post left out or changed, for the report."""

    dropped_shortcodes: Counter = field(default_factory=Counter)
    dropped_blocks: Counter = field(default_factory=Counter)
    # Unknown block types whose text was kept.
    loose_blocks: Counter = field(default_factory=Counter)
    # Scripts, styles, forms and `javascript:` links taken out.
    unsafe: Counter = field(default_factory=Counter)
    embeds_as_links: int = 0
    tables_as_lists: int = 0
    long_quotes: int = 0
    media_dropped: int = 0
    images_without_alt: int = 0
    missing_images: list = field(default_factory=list)


@dataclass
class ImageItem:
    attachment_id: int | None
    src: str
    alt: str
    caption: str


@dataclass
class Context:
    """What converting needs from outside the post."""

    # Rewrites a safe href (links to the old site's posts go to the new articles).
    rewrite_link: object = staticmethod(lambda href: href)
    attachments_of_post: tuple = ()
    # Reusable blocks (`wp_block` items) by post id: their content.
    reusable_blocks: dict = field(default_factory=dict)


def convert(content, context=None, notes=None):
    """(items, notes): the body as a list of ("paragraph", html), ("list", html),
    ("heading", text, level), ("quote", text, attribution), ImageItem."""
    context = context or Context()
    notes = notes or Notes()
    converter = _Converter(context, notes)
    converter.content(content or "")
    converter.flush()
    return converter.items, notes


def first_text(items, limit=None):
    """The first paragraph's plain text (for an excerpt when WordPress has none)."""
    for item in items:
        if not isinstance(item, ImageItem) and item[0] == "paragraph":
            text = _normalise_space(html.unescape(re.sub(r"<[^>]+>", " ", item[1])))
            if text:
                return text
    return ""


def safe_href(href):
    """The link if it is one a reader can safely follow, else None."""
    if not href:
        return None
    href = href.strip()
    # Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
    squeezed = re.sub(r"[\x00-\x20\x7f]+", "", href)
    try:
        scheme = urlsplit(squeezed).scheme.lower()
    except ValueError:
        return None
    if scheme and scheme not in SAFE_SCHEMES:
        return None
    if ":" in squeezed.split("/", 1)[0] and not scheme:
        return None  # "javascript&colon;..." and friends that urlsplit can't name
    return href


class _Converter:
    def __init__(self, context, notes):
        self.context = context
        self.notes = notes
        self.items = []
        self.inline = []  # rich text of the paragraph being built
        self.autop = False
        self.block_depth = 0

    # Markup kinds

    def content(self, text):
        if has_blocks(text):
            for part in parse_blocks(text):
                self.node(part)
        else:
            self.classic(text)

    def classic(self, text, autop=True):
        """Classic-editor HTML: WordPress adds the paragraphs (wpautop) on display."""
        self.flush()
        text = expand_shortcodes(
            text,
            dropped=lambda name: self.notes.dropped_shortcodes.update([name]),
            attachments_of_post=self.context.attachments_of_post,
        )
        previous, self.autop = self.autop, autop
        self.walk(soup(text))
        self.flush()
        self.autop = previous

    def node(self, part):
        if isinstance(part, str):
            if part.strip():
                self.classic(part)
            return
        self.block(part)

    def block(self, block):
        name = block.name
        if self.block_depth > 20:
            return
        self.block_depth += 1
        try:
            if name in LAYOUT_BLOCKS:
                for inner in block.inner_blocks:
                    self.block(inner)
            elif name == "core/shortcode" or name == "core/freeform":
                self.classic(block.html())
            elif name in HTML_BLOCKS:
                markup = block.html()
                attachment_id = block.attrs.get("id")
                if name == "core/image" and isinstance(attachment_id, int):
                    markup = re.sub(
                        r"<img\b",
                        f'<img data-wp-attachment="{attachment_id}"',
                        markup,
                        count=1,
                        flags=re.IGNORECASE,
                    )
                self.classic(markup, autop=False)
            elif name == "core/embed" or name.startswith("core-embed/"):
                self.flush()
                url = block.attrs.get("url") or soup(block.html()).get_text().strip()
                caption = soup(block.html()).find("figcaption")
                self.embed_link(url, caption.get_text(" ", strip=True) if caption else "")
            elif name == "core/block":
                content = self.context.reusable_blocks.get(block.attrs.get("ref"))
                if content is None:
                    self.notes.dropped_blocks[name] += 1
                else:
                    self.content(content)
            else:
                markup = block.html()
                if soup(markup).get_text().strip():
                    self.notes.loose_blocks[name] += 1
                    self.classic(markup, autop=False)
                else:
                    self.notes.dropped_blocks[name] += 1
        finally:
            self.block_depth -= 1

    # Walking HTML

    def walk(self, parent):
        for child in list(parent.children):
            if isinstance(child, Comment | Declaration | Doctype | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                self.text(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name in DROPPED_TAGS:
                if name in UNSAFE_TAGS:
                    self.notes.unsafe[f"<{name}>"] += 1
                continue
            if name == "br":
                self.inline.append("<br/>")
            elif name == "p":
                self.flush()
                self.walk(child)
                self.flush()
            elif name in HEADINGS:
                self.heading(child)
            elif name in ("ul", "ol"):
                self.flush()
                images = []
                markup = self.list_html(child, images)
                if _has_text(markup):
                    self.items.append(("list", markup))
                for image in images:
                    self.image(image)
            elif name == "blockquote":
                self.quote(child)
            elif name == "figure":
                self.figure(child)
            elif name == "img":
                self.image(child)
            elif name == "table":
                self.table(child)
            elif name == "pre":
                self.flush()
                self.inline.append(_escape_lines(child.get_text()))
                self.flush()
            elif name == "iframe":
                self.flush()
                self.embed_link(child.get("src", ""), child.get("title", ""))
            elif name in MEDIA_TAGS:
                self.flush()
                self.notes.media_dropped += 1
            elif name == "hr":
                self.flush()
            elif name in CONTAINERS:
                self.flush()
                self.walk(child)
                self.flush()
            elif child.find(BLOCK_LEVEL):
                # An inline element around blocks (a link around an image): its blocks count.
                self.walk(child)
            else:
                self.inline.append(self.inline_html(child))

    def text(self, text):
        if not self.autop:
            self.inline.append(_escape_text(text))
            return
        # Classic editor: a blank line starts a paragraph, a single newline breaks the line.
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        for index, part in enumerate(re.split(r"\n[ \t]*\n\s*", text)):
            if index:
                self.flush()
            self.inline.append(self.autop_text(part))

    def autop_text(self, text):
        lines = [_escape_text(line) for line in text.split("\n")]
        return "<br/>".join(lines)

    def flush(self):
        markup = "".join(self.inline)
        self.inline = []
        markup = re.sub(r"^(?:\s|<br/>)+|(?:\s|<br/>)+$", "", markup)
        if _has_text(markup):
            self.items.append(("paragraph", f"<p>{markup}</p>"))

    # Inline rich text

    def inline_html(self, element, in_link=False):
        name = element.name.lower()
        if name in DROPPED_TAGS:
            if name in UNSAFE_TAGS:
                self.notes.unsafe[f"<{name}>"] += 1
            return ""
        if name == "br":
            return "<br/>"
        if name in ("img", "iframe") or name in MEDIA_TAGS:
            return ""
        inner = self.inline_children(element, in_link or name == "a")
        if name in ("b", "strong"):
            return f"<b>{inner}</b>" if _has_text(inner) else inner
        if name in ("i", "em"):
            return f"<i>{inner}</i>" if _has_text(inner) else inner
        if name == "a" and not in_link:
            href = self.href(element.get("href"))
            if href and _has_text(inner):
                return f'<a href="{html.escape(href)}">{inner}</a>'
        return inner

    def inline_children(self, element, in_link=False):
        parts = []
        for child in element.children:
            if isinstance(child, Comment | Declaration | Doctype | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                text = str(child)
                parts.append(self.autop_text(text) if self.autop else _escape_text(text))
            elif isinstance(child, Tag):
                parts.append(self.inline_html(child, in_link))
        return "".join(parts)

    def href(self, raw):
        href = safe_href(raw)
        if raw and raw.strip() and href is None:
            self.notes.unsafe["unsafe link"] += 1
            return None
        return self.context.rewrite_link(href) if href else None

    def list_html(self, element, images):
        tag = "ol" if element.name.lower() == "ol" else "ul"
        entries = []
        for child in element.children:
            if not isinstance(child, Tag):
                continue
            if child.name.lower() != "li":
                if child.name.lower() in ("ul", "ol"):
                    entries.append(self.list_html(child, images))
                continue
            parts = []
            for part in child.children:
                if isinstance(part, Tag) and part.name.lower() in ("ul", "ol"):
                    parts.append(self.list_html(part, images))
                elif isinstance(part, Tag) and part.name.lower() in ("p", "div"):
                    parts.append(self.inline_children(part) + "<br/>")
                elif isinstance(part, Tag):
                    images.extend(part.find_all("img"))
                    if part.name.lower() == "img":
                        images.append(part)
                    parts.append(self.inline_html(part))
                elif isinstance(part, NavigableString) and not isinstance(part, Comment):
                    parts.append(_escape_text(str(part)))
            entry = re.sub(r"^(?:\s|<br/>)+|(?:\s|<br/>)+(?=<[uo]l>|$)", "", "".join(parts))
            if _has_text(entry):
                entries.append(f"<li>{entry}</li>")
        return f"<{tag}>{''.join(entries)}</{tag}>" if entries else ""

    # Blocks

    def heading(self, element):
        self.flush()
        text = _normalise_space(element.get_text(" "))
        if text:
            self.items.append(("heading", text, int(element.name[1])))
        for image in element.find_all("img"):
            self.image(image)

    def image(self, element, caption=""):
        self.flush()
        attachment_id = element.get("data-wp-attachment") or ""
        if not attachment_id.isdigit():
            match = WP_IMAGE_CLASS.search(" ".join(element.get("class") or []))
            attachment_id = match[1] if match else ""
        src = (
            element.get("src")
            or element.get("data-src")
            or element.get("data-lazy-src")
            or element.get("data-orig-file")
            or ""
        )
        if not attachment_id and not src.strip():
            return
        self.items.append(
            ImageItem(
                attachment_id=int(attachment_id) if attachment_id else None,
                src=src.strip(),
                alt=shorten(_normalise_space(element.get("alt") or ""), ALT_MAX),
                caption=shorten(caption, CAPTION_MAX),
            )
        )

    def figure(self, element):
        self.flush()
        caption_element = element.find("figcaption")
        caption = _normalise_space(caption_element.get_text(" ")) if caption_element else ""
        classes = " ".join(element.get("class") or [])
        if element.find("figure"):
            self.walk(element)  # a gallery: each image is its own figure
        elif "wp-block-embed" in classes:
            wrapper = element.find(class_="wp-block-embed__wrapper") or element
            url = wrapper.get_text().strip()
            self.embed_link(url.split()[0] if url else "", caption)
        elif element.find("blockquote"):
            quote = element.find("blockquote")
            self.quote(quote, fallback_attribution=caption)
        elif element.find("table"):
            self.table(element.find("table"))
            if caption:
                self.items.append(("paragraph", f"<p>{_escape_text(caption)}</p>"))
        elif element.find("img"):
            images = element.find_all("img")
            for image in images:
                self.image(image, caption if len(images) == 1 else "")
            if caption and len(images) > 1:
                self.items.append(("paragraph", f"<p>{_escape_text(caption)}</p>"))
        elif element.find("iframe"):
            frame = element.find("iframe")
            self.embed_link(frame.get("src", ""), caption or frame.get("title", ""))
        else:
            if caption_element:
                caption_element.extract()
            self.walk(element)
            self.flush()
            if caption:
                self.items.append(("paragraph", f"<p>{_escape_text(caption)}</p>"))

    def quote(self, element, fallback_attribution=""):
        self.flush()
        attribution = ""
        for cite in element.find_all(["cite", "footer"], recursive=False):
            attribution = attribution or _normalise_space(cite.get_text(" "))
            cite.extract()
        paragraphs = [
            _plain_lines(paragraph)
            for paragraph in element.find_all(["p", "div"], recursive=False)
            if _plain_lines(paragraph)
        ] or [_plain_lines(element)]
        if not attribution and len(paragraphs) > 1 and re.match(r"^[—–-]", paragraphs[-1]):
            attribution = paragraphs.pop()
        attribution = re.sub(r"^[—–\-\s]+", "", attribution or fallback_attribution)
        text = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
        if not text:
            return
        if len(text) > QUOTE_MAX:
            # Too long for a quote block: kept as italic paragraphs rather than cut.
            self.notes.long_quotes += 1
            for paragraph in paragraphs:
                self.items.append(("paragraph", f"<p><i>{_escape_lines(paragraph)}</i></p>"))
            if attribution:
                self.items.append(("paragraph", f"<p>— {_escape_text(attribution)}</p>"))
            return
        self.items.append(("quote", text, attribution))

    def table(self, element):
        """A table becomes a list, a row an item: the body has no table block."""
        self.flush()
        self.notes.tables_as_lists += 1
        caption = element.find("caption")
        if caption and _normalise_space(caption.get_text(" ")):
            self.items.append(
                ("paragraph", f"<p>{_escape_text(_normalise_space(caption.get_text(' ')))}</p>")
            )
        rows = []
        for row in element.find_all("tr"):
            cells = [self.inline_children(cell).strip() for cell in row.find_all(["th", "td"])]
            cells = [cell for cell in cells if _has_text(cell)]
            if cells:
                rows.append(f"<li>{' – '.join(cells)}</li>")
        if rows:
            self.items.append(("list", f"<ul>{''.join(rows)}</ul>"))

    def embed_link(self, url, text=""):
        self.flush()
        href = safe_href(url)
        if not href or not href.lower().startswith(("http://", "https://")):
            if url:
                self.notes.unsafe["unsafe embed"] += 1
            return
        self.notes.embeds_as_links += 1
        label = _escape_text(_normalise_space(text) or href)
        self.items.append(("paragraph", f'<p><a href="{html.escape(href)}">{label}</a></p>'))


def soup(markup):
    """Parsed with lxml: Python's own html.parser takes quadratic time on unclosed
    tags and comments (a minute and a half for 60 KB of "<a "), lxml linear."""
    return BeautifulSoup(markup, "lxml")


def _escape_text(text):
    return html.escape(re.sub(r"\s+", " ", text), quote=False)


def _escape_lines(text):
    return "<br/>".join(_escape_text(line) for line in text.strip().split("\n"))


def _normalise_space(text):
    return re.sub(r"\s+", " ", text or "").strip()


def _plain_lines(element):
    """An element's text with its line breaks kept as newlines."""
    for br in element.find_all("br"):
        br.replace_with("\n")
    lines = [_normalise_space(line) for line in element.get_text().split("\n")]
    return "\n".join(line for line in lines if line)


def _has_text(markup):
    text = html.unescape(re.sub(r"<[^>]+>", "", markup or ""))
    return bool(text.replace("\xa0", " ").strip())


def shorten(text, limit):
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"
