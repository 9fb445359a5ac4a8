"""Template helpers for the search results page."""

import re

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def highlight(text, query):
    """`text`, escaped, with each word of `query` marked where a word starts with it.

    Matching is on the raw text and every piece is escaped on its own, so a
    query can never inject markup or split an entity ("amp" does not mark
    inside "&amp;").
    """
    text = "" if text is None else str(text)
    words = {word for word in re.findall(r"\w+", query or "") if len(word) > 1}
    if not text or not words:
        return escape(text)
    # Longest first, so "survivors" wins over "survivor" where both match.
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    pieces = re.split(rf"(?<!\w)({alternatives})", text, flags=re.IGNORECASE)
    return mark_safe(  # noqa: S308 (every piece is escaped above or by format_html)
        "".join(
            format_html("<mark>{}</mark>", piece) if index % 2 else escape(piece)
            for index, piece in enumerate(pieces)
        )
    )
