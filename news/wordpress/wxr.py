"""
Reading WordPress's export file (WXR: RSS with WordPress's own elements) into
plain records, refusing anything hostile before it can do harm.

The file is parsed with defusedxml and no document type is allowed: WordPress
never writes one, and a DTD is how a file expands entities without limit
("billion laughs") or reads other files (external entities).
"""

import html
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from urllib.parse import unquote
from xml.etree.ElementTree import ParseError

import defusedxml
from defusedxml.ElementTree import parse
from django.utils import timezone
from django.utils.html import strip_tags

WP_NAMESPACE_PREFIX = "{http://wordpress.org/export/"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
NO_DATE = "0000-00-00 00:00:00"


class ExportError(Exception):
    """The export can't be read; the message says why and what to do."""


@dataclass(frozen=True)
class Author:
    login: str
    email: str = ""
    display_name: str = ""
    first_name: str = ""
    last_name: str = ""

    @property
    def name(self):
        full_name = f"{self.first_name} {self.last_name}".strip()
        return self.display_name or full_name or self.login


@dataclass(frozen=True)
class Term:
    """A category or tag: `slug` is WordPress's "nicename", `parent` its parent's."""

    term_id: int | None
    slug: str
    name: str
    parent: str = ""
    description: str = ""


@dataclass
class Item:
    """One `<item>`: a post, a page, an attachment or anything else WordPress exports."""

    post_id: int
    post_type: str
    status: str
    title: str
    link: str
    creator: str
    content: str
    excerpt: str
    slug: str
    published_at: datetime | None
    modified_at: datetime | None
    # The date in the old site's own time zone, as its permalinks show it.
    local_date: date | None = None
    password: str = ""
    sticky: bool = False
    parent_id: int = 0
    attachment_url: str = ""
    # (taxonomy, slug, name), e.g. ("category", "grooming-gangs", "Grooming Gangs").
    terms: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    comment_count: int = 0

    @property
    def category_slugs(self):
        return [slug for taxonomy, slug, _ in self.terms if taxonomy == "category"]

    @property
    def tag_slugs(self):
        return [slug for taxonomy, slug, _ in self.terms if taxonomy == "post_tag"]

    def describe(self):
        return f'"{self.title or "(no title)"}" (post {self.post_id})'


@dataclass
class Export:
    title: str
    base_site_url: str
    base_blog_url: str
    authors: dict
    categories: list
    tags: list
    items: list

    def of_type(self, post_type):
        return [item for item in self.items if item.post_type == post_type]

    @property
    def posts(self):
        return self.of_type("post")

    @property
    def attachments(self):
        return {item.post_id: item for item in self.of_type("attachment")}


def read_export(path):
    """The export at `path` as an `Export`, or ExportError with a message for the user."""
    try:
        tree = parse(path, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as error:
        raise ExportError(
            f"Refused {path}: it declares a document type or entities ({error}). WordPress "
            "exports never do; files that do can expand without limit or read other files "
            "on this computer. Nothing was imported."
        ) from error
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise ExportError(
            f"{path} is not well-formed XML (line {line}, column {column}). Export it again "
            "from WordPress (Tools › Export) and copy the whole file. Nothing was imported."
        ) from error
    except OSError as error:
        raise ExportError(f"Can't read {path}: {error.strerror or error}.") from error
    return _read_tree(tree.getroot(), path)


def _read_tree(root, path):
    channel = root.find("channel")
    wp = _wordpress_namespace(channel)
    if root.tag != "rss" or channel is None or wp is None:
        raise ExportError(
            f"{path} is not a WordPress export: export the site from WordPress's "
            "Tools › Export (All content) and use that file."
        )

    def text(element, tag):
        return (element.findtext(tag) or "").strip()

    authors = {}
    for element in channel.findall(f"{wp}author"):
        author = Author(
            login=text(element, f"{wp}author_login"),
            email=text(element, f"{wp}author_email"),
            display_name=_plain(text(element, f"{wp}author_display_name")),
            first_name=_plain(text(element, f"{wp}author_first_name")),
            last_name=_plain(text(element, f"{wp}author_last_name")),
        )
        if author.login:
            authors[author.login] = author
    categories = [
        Term(
            term_id=_int(text(element, f"{wp}term_id"), None),
            slug=_slug(text(element, f"{wp}category_nicename")),
            name=_plain(text(element, f"{wp}cat_name")),
            parent=_slug(text(element, f"{wp}category_parent")),
            description=_plain(text(element, f"{wp}category_description")),
        )
        for element in channel.findall(f"{wp}category")
    ]
    tags = [
        Term(
            term_id=_int(text(element, f"{wp}term_id"), None),
            slug=_slug(text(element, f"{wp}tag_slug")),
            name=_plain(text(element, f"{wp}tag_name")),
            description=_plain(text(element, f"{wp}tag_description")),
        )
        for element in channel.findall(f"{wp}tag")
    ]
    items = []
    for element in channel.findall("item"):
        post_id = _int(text(element, f"{wp}post_id"), None)
        if post_id is None:
            raise ExportError(
                f"{path} has an item without a post id ({text(element, 'title')!r}): "
                "it is not a complete WordPress export. Nothing was imported."
            )
        items.append(
            Item(
                post_id=post_id,
                post_type=text(element, f"{wp}post_type"),
                status=text(element, f"{wp}status"),
                title=_plain(text(element, "title")),
                link=text(element, "link"),
                creator=text(element, f"{DC}creator"),
                content=element.findtext(f"{CONTENT}encoded") or "",
                excerpt=_excerpt(element),
                slug=_slug(text(element, f"{wp}post_name")),
                published_at=_date(
                    text(element, f"{wp}post_date_gmt"), text(element, f"{wp}post_date")
                ),
                modified_at=_date(
                    text(element, f"{wp}post_modified_gmt"), text(element, f"{wp}post_modified")
                ),
                local_date=_local_date(text(element, f"{wp}post_date")),
                password=text(element, f"{wp}post_password"),
                sticky=text(element, f"{wp}is_sticky") == "1",
                parent_id=_int(text(element, f"{wp}post_parent"), 0),
                attachment_url=text(element, f"{wp}attachment_url"),
                terms=[
                    (term.get("domain", ""), _slug(term.get("nicename", "")), _plain(term.text))
                    for term in element.findall("category")
                ],
                meta={
                    text(meta, f"{wp}meta_key"): (meta.findtext(f"{wp}meta_value") or "")
                    for meta in element.findall(f"{wp}postmeta")
                },
                comment_count=len(element.findall(f"{wp}comment")),
            )
        )
    return Export(
        title=_plain(text(channel, "title")),
        base_site_url=text(channel, f"{wp}base_site_url") or text(channel, "link"),
        base_blog_url=text(channel, f"{wp}base_blog_url") or text(channel, "link"),
        authors=authors,
        categories=categories,
        tags=tags,
        items=items,
    )


def _wordpress_namespace(channel):
    """ "{http://wordpress.org/export/1.2/}" (or 1.0, 1.1): whichever the file uses."""
    if channel is None:
        return None
    for element in channel.iter():
        if isinstance(element.tag, str) and element.tag.startswith(WP_NAMESPACE_PREFIX):
            namespace = element.tag.split("}", 1)[0] + "}"
            if not namespace.endswith("/excerpt/}"):
                return namespace
    return None


def _excerpt(element):
    for tag in element.iter():
        if isinstance(tag.tag, str) and tag.tag.endswith("/excerpt/}encoded"):
            return tag.text or ""
    return ""


def _plain(value):
    """A title or name as a reader sees it: WordPress keeps them as HTML, with
    entities ("Smith &#038; Jones") and sometimes tags ("<em>R v Smith</em>")."""
    return " ".join(html.unescape(strip_tags(value or "")).split())


def _slug(value):
    """WordPress keeps non-ASCII slugs percent-encoded ("caf%c3%a9")."""
    return unquote(value or "").strip()


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _date(gmt, local):
    """The moment, from WordPress's UTC date, else its local one read in the site's
    time zone; None for a draft that was never dated."""
    for value, in_utc in ((gmt, True), (local, False)):
        if not value or value == NO_DATE:
            continue
        try:
            moment = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
        return moment.replace(tzinfo=UTC) if in_utc else timezone.make_aware(moment)
    return None


def _local_date(value):
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").date()
    except ValueError:
        return None
