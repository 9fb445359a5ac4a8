"""
Shortcodes: WordPress's `[name attr="value"]...[/name]` tags in a post's text.

The ones that carry content readers need are turned into HTML the body
converter understands (`[caption]` into a figure, `[gallery]` into images,
`[embed]` into a link). Every other shortcode is removed and reported; one that
wraps text (a page builder's column, a "tweetable" quote) keeps its text.

Square brackets are common in legal writing ("[sic]", "[2019] EWCA Civ 12",
"[the defendant]"), so a bracket is only read as a shortcode when WordPress
or a plugin is known to use the name, or it looks like one: attributes
(`name="..."`), a self-closing slash, or a matching `[/name]`.
"""

import html
import re

# Shortcodes that WordPress itself, common themes and plugins register; removed
# (or handled) even when written bare, like "[contact-form]".
KNOWN_SHORTCODES = {
    "caption",
    "wp_caption",
    "gallery",
    "embed",
    "video",
    "audio",
    "playlist",
    "contact-form",
    "contact-form-7",
    "gravityform",
    "ninja_form",
    "wpforms",
    "mc4wp_form",
    "instagram-feed",
    "custom-twitter-feeds",
    "fts_facebook",
    "googlemaps",
    "tweet",
    "youtube",
    "vimeo",
    "button",
    "toc",
    "ez-toc",
    "sitemap",
    "recent-posts",
    "related_posts",
    "addtoany",
    "ssba",
}
# Page builders' wrappers: `[vc_row]`, `[et_pb_text]`, `[fusion_builder_column]`, `[su_note]`.
KNOWN_PREFIXES = ("vc_", "et_pb_", "fusion_", "su_", "av_", "cs_", "x_", "fl_builder")

OPENING = re.compile(r"\[(?P<name>[A-Za-z][\w-]*)(?P<attrs>(?:\s[^\[\]]*)?)\]")
ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"]+))""")
CAPTIONED_IMAGE = re.compile(
    r"^\s*(?P<image>(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(?P<caption>.*)$",
    re.DOTALL | re.IGNORECASE,
)
ATTACHMENT_ID = re.compile(r"attachment_(\d+)")


def is_known(name):
    name = name.lower()
    return name in KNOWN_SHORTCODES or name.startswith(KNOWN_PREFIXES)


def parse_attributes(text):
    text = html.unescape(text or "")
    return {
        match[1].lower(): next(value for value in match.groups()[1:] if value is not None)
        for match in ATTRIBUTE.finditer(text)
    }


def expand_shortcodes(text, *, dropped, attachments_of_post=(), depth=0):
    """`text` with its shortcodes turned into HTML or removed.

    `dropped(name)` is told each removed shortcode; `attachments_of_post` lists
    the attachment ids a bare `[gallery]` shows (WordPress's "attached to this post").
    """
    if "[" not in text or depth > 10:
        return text
    out = []
    position = 0
    while True:
        match = OPENING.search(text, position)
        if match is None:
            break
        name, raw_attrs = match["name"], match["attrs"]
        start, after_open = match.start(), match.end()
        # "[[name]]" is WordPress's way of writing a literal "[name]".
        if start > 0 and text[start - 1] == "[" and text[after_open : after_open + 1] == "]":
            out.append(text[position : start - 1] + text[start:after_open])
            position = after_open + 1
            continue
        self_closing = raw_attrs.rstrip().endswith("/")
        closer = f"[/{name}]"
        close_at = -1 if self_closing else text.find(closer, after_open)
        looks_like_shortcode = is_known(name) or self_closing or "=" in raw_attrs or close_at != -1
        if not looks_like_shortcode:
            out.append(text[position:after_open])
            position = after_open
            continue
        out.append(text[position:start])
        inner = ""
        if close_at != -1:
            inner = text[after_open:close_at]
            position = close_at + len(closer)
        else:
            position = after_open
        attributes = parse_attributes(raw_attrs.rstrip("/"))
        out.append(
            _replacement(name.lower(), attributes, inner, dropped, attachments_of_post, depth)
        )
    out.append(text[position:])
    result = "".join(out)
    # Closing tags left without an opening one (a page builder's "[/vc_row]").
    return re.sub(
        r"\[/([A-Za-z][\w-]*)\]",
        lambda match: "" if is_known(match[1]) else match[0],
        result,
    )


def _replacement(name, attributes, inner, dropped, attachments_of_post, depth):
    def expand(text):
        return expand_shortcodes(
            text, dropped=dropped, attachments_of_post=attachments_of_post, depth=depth + 1
        )

    if name in ("caption", "wp_caption"):
        match = CAPTIONED_IMAGE.match(inner)
        if match is None:
            return expand(inner)
        caption = match["caption"].strip() or attributes.get("caption", "")
        attachment = ATTACHMENT_ID.search(attributes.get("id", ""))
        image = match["image"]
        if attachment:
            image = re.sub(
                r"<img\b",
                f'<img data-wp-attachment="{attachment[1]}"',
                image,
                count=1,
                flags=re.IGNORECASE,
            )
        return f"<figure>{image}<figcaption>{expand(caption)}</figcaption></figure>"
    if name == "gallery":
        ids = [part for part in re.split(r"[\s,]+", attributes.get("ids", "")) if part.isdigit()]
        if not ids:
            ids = [str(attachment_id) for attachment_id in attachments_of_post]
        if not ids:
            dropped(name)
            return ""
        return "".join(f'<figure><img data-wp-attachment="{i}" alt=""></figure>' for i in ids)
    if name == "embed":
        url = inner.strip() or attributes.get("src", "")
        if url:
            escaped = html.escape(url)
            return f'<p><a href="{escaped}" data-wp-embed="1">{escaped}</a></p>'
    dropped(name)
    if name in ("video", "audio", "playlist"):
        return ""  # a player for a file on the old site: nothing to show here
    # Wrappers keep what they wrap (a page builder's column, a "tweetable" quote).
    return expand(inner)
