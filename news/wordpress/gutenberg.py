"""
The block editor's markup: HTML between comments such as
`<!-- wp:image {"id":12} -->` and `<!-- /wp:image -->`, nested for columns and
groups. This reads it into a tree as WordPress's own `parse_blocks()` does.

One pass over the text (each comment is found with `str.find`), so a hostile
body costs time in proportion to its length.
"""

import json
import re
from dataclasses import dataclass, field

# The inside of a block comment: " wp:name {json} " opens, " /wp:name " closes,
# " wp:name /" opens and closes. WordPress escapes "--" inside the attributes.
BLOCK_COMMENT = re.compile(
    r"\s+(?P<closer>/)?wp:(?P<namespace>[a-z][a-z0-9_-]*/)?(?P<name>[a-z][a-z0-9_-]*)"
    r"\s+(?:(?P<attrs>\{.*\})\s+)?(?P<void>/)?",
    re.DOTALL,
)


@dataclass
class Block:
    name: str  # with its namespace: "core/paragraph", "yoast/faq-block"
    attrs: dict = field(default_factory=dict)
    # The block's HTML, with its inner blocks where they stand: [str | Block, ...].
    inner: list = field(default_factory=list)

    @property
    def inner_blocks(self):
        return [part for part in self.inner if isinstance(part, Block)]

    def html(self):
        """The block's HTML with its inner blocks' in place, as WordPress saved it."""
        return "".join(part if isinstance(part, str) else part.html() for part in self.inner)


def has_blocks(content):
    return "<!-- wp:" in content


def parse_blocks(content):
    """The content as a list of HTML strings (outside any block) and `Block`s."""
    top = []
    open_blocks = []  # [(block, its parts list)]
    text_start = position = 0

    def parts():
        return open_blocks[-1][1] if open_blocks else top

    while True:
        start = content.find("<!--", position)
        if start == -1:
            break
        end = content.find("-->", start + 4)
        if end == -1:
            break
        position = end + 3
        match = BLOCK_COMMENT.fullmatch(content, start + 4, end)
        if match is None:
            continue  # an ordinary comment: part of the HTML around it
        if start > text_start:
            parts().append(content[text_start:start])
        text_start = position
        name = (match["namespace"] or "core/") + match["name"]
        if match["closer"]:
            # Close the innermost open block of that name (and any left open inside it).
            for depth in range(len(open_blocks) - 1, -1, -1):
                if open_blocks[depth][0].name == name:
                    del open_blocks[depth:]
                    break
            continue
        block = Block(name, _attrs(match["attrs"]))
        parts().append(block)
        if not match["void"]:
            open_blocks.append((block, block.inner))
    if text_start < len(content):
        parts().append(content[text_start:])
    return top


def _attrs(raw):
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
