"""What an import did (or, in a dry run, would do), for the person running it."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

# Long lists are cut in the printed report; the counts stay whole.
LISTED = 25


@dataclass
class Report:
    export_title: str = ""
    dry_run: bool = False
    publish_as_draft: bool = False
    posts_in_export: int = 0
    # (post, "published" | "draft" | "scheduled")
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: int = 0
    failed: list = field(default_factory=list)  # (post, reason)
    skipped: list = field(default_factory=list)  # (post, reason)
    kept_here: list = field(default_factory=list)  # articles whose post is now skipped
    sticky: list = field(default_factory=list)
    pages_skipped: list = field(default_factory=list)  # (title, old address)
    other_items: Counter = field(default_factory=Counter)
    comments: int = 0
    categories_created: list = field(default_factory=list)
    categories_matched: list = field(default_factory=list)
    categories_refused: list = field(default_factory=list)  # (name, reason)
    categories_unused: int = 0
    uncategorized_left_out: bool = False
    tags_in_export: int = 0
    tags_as_categories: bool = False
    authors_matched: list = field(default_factory=list)  # (WordPress name, profile, how)
    authors_created: list = field(default_factory=list)
    images_imported: list = field(default_factory=list)
    images_reused: list = field(default_factory=list)
    images_missing: dict = field(default_factory=dict)  # file -> posts
    images_refused: dict = field(default_factory=dict)  # file -> reason
    images_external: dict = field(default_factory=dict)  # address -> posts
    images_without_alt: list = field(default_factory=list)
    uploads_given: bool = True
    redirects_created: int = 0
    redirects_existing: int = 0
    redirects_elsewhere: list = field(default_factory=list)
    redirects_too_long: list = field(default_factory=list)
    # name -> posts it was dropped from
    dropped_shortcodes: dict = field(default_factory=lambda: defaultdict(set))
    dropped_blocks: dict = field(default_factory=lambda: defaultdict(set))
    loose_blocks: dict = field(default_factory=lambda: defaultdict(set))
    unsafe_removed: Counter = field(default_factory=Counter)
    unsafe_posts: set = field(default_factory=set)
    embeds_as_links: set = field(default_factory=set)
    tables_as_lists: set = field(default_factory=set)
    long_quotes: set = field(default_factory=set)
    media_dropped: set = field(default_factory=set)

    def add_notes(self, post, notes):
        for name in notes.dropped_shortcodes:
            self.dropped_shortcodes[f"[{name}]"].add(post)
        for name in notes.dropped_blocks:
            self.dropped_blocks[name].add(post)
        for name in notes.loose_blocks:
            self.loose_blocks[name].add(post)
        if notes.unsafe:
            self.unsafe_removed.update(notes.unsafe)
            self.unsafe_posts.add(post)
        for flag, posts in (
            (notes.embeds_as_links, self.embeds_as_links),
            (notes.tables_as_lists, self.tables_as_lists),
            (notes.long_quotes, self.long_quotes),
            (notes.media_dropped, self.media_dropped),
        ):
            if flag:
                posts.add(post)
        if notes.images_without_alt:
            self.images_without_alt.append(post)

    def render(self):
        lines = []
        add = lines.append
        title = f' of "{self.export_title}"' if self.export_title else ""
        add(f"WordPress import{title}")
        if self.dry_run:
            add("DRY RUN: nothing was written. Run again without --dry-run to import.")
        add("")

        published = sum(1 for _, state in self.created if state == "published")
        drafts = sum(1 for _, state in self.created if state == "draft")
        scheduled = sum(1 for _, state in self.created if state == "scheduled")
        add(f"Posts: {self.posts_in_export} in the export")
        add(
            f"  created: {len(self.created)} "
            f"({published} published, {drafts} drafts, {scheduled} scheduled)"
        )
        if self.publish_as_draft:
            add("  (--publish-as-draft: nothing was published; publish each article when checked)")
        add(f"  updated: {len(self.updated)}")
        _list(add, [f"{post} ({state})" for post, state in self.updated])
        add(f"  unchanged: {self.unchanged}")
        add(f"  skipped: {len(self.skipped)}")
        _list(add, [f"{post}: {reason}" for post, reason in self.skipped])
        if self.kept_here:
            add(f"  left as they are here, though now skipped in WordPress: {len(self.kept_here)}")
            _list(add, self.kept_here)
        if self.failed:
            add(f"  could not be imported: {len(self.failed)}")
            _list(add, [f"{post}: {reason}" for post, reason in self.failed])
        if self.sticky:
            add(
                f"  sticky in WordPress: {len(self.sticky)} (this site lists articles newest "
                "first; mention them on the home page by hand if they matter)"
            )
            _list(add, self.sticky)
        add(f"Pages skipped: {len(self.pages_skipped)} (WordPress pages are not articles)")
        _list(add, [f'"{title}" {link}'.rstrip() for title, link in self.pages_skipped])
        if self.other_items:
            add(
                "Other items ignored: "
                + ", ".join(f"{name} {count}" for name, count in sorted(self.other_items.items()))
            )
        if self.comments:
            add(f"Comments not imported: {self.comments} (this site has no comments)")
        add("")

        add(
            f"Categories: {len(self.categories_created)} created, "
            f"{len(self.categories_matched)} already here"
        )
        _list(add, [f"new: {name}" for name in self.categories_created])
        if self.categories_unused:
            add(
                f"  {_count(self.categories_unused, 'category', 'categories')} without imported "
                "posts left out"
            )
        if self.uncategorized_left_out:
            add('  WordPress\'s "Uncategorized" was left out: its posts have no category here')
        for name, reason in self.categories_refused:
            add(f"  refused: {name}: {reason}")
        if self.tags_as_categories:
            add(f"Tags: {self.tags_in_export} in the export, imported as top-level categories")
        else:
            add(
                f"Tags: {self.tags_in_export} in the export, not imported "
                "(--tags-as-categories makes them categories)"
            )
        add("")

        add(
            f"Authors: {len(self.authors_matched)} matched to profiles, "
            f"{len(self.authors_created)} draft profiles created"
        )
        _list(
            add, [f"{name} -> {profile} (by {how})" for name, profile, how in self.authors_matched]
        )
        if self.authors_created:
            add(
                "  finish these draft profiles (job title, short biography, experience) and "
                "publish them; until then their articles show no byline:"
            )
            _list(add, self.authors_created)
        add("")

        add(
            f"Images: {len(self.images_imported)} imported, "
            f"{len(self.images_reused)} already here, {len(self.images_missing)} missing, "
            f"{len(self.images_refused)} refused, {len(self.images_external)} on other sites"
        )
        if not self.uploads_given:
            add("  no --uploads folder was given, so no image could be imported")
        _list(
            add,
            [
                f"missing: {name} (in {_posts(posts)})"
                for name, posts in self.images_missing.items()
            ],
        )
        _list(add, [f"refused: {name}: {reason}" for name, reason in self.images_refused.items()])
        _list(
            add,
            [
                f"not fetched: {address} (in {_posts(posts)})"
                for address, posts in self.images_external.items()
            ],
        )
        if self.images_without_alt:
            add(
                f"  images without alt text in {len(self.images_without_alt)} articles "
                "(the editor asks for it when the article is next saved):"
            )
            _list(add, self.images_without_alt)
        add("")

        add(f"Redirects: {self.redirects_created} created, {self.redirects_existing} already here")
        if self.redirects_elsewhere:
            count = len(self.redirects_elsewhere)
            verb = "redirects" if count == 1 else "redirect"
            add(
                f"  {_count(count, 'old address', 'old addresses')} already {verb} elsewhere "
                "(kept; see Settings › Redirects):"
            )
            _list(add, self.redirects_elsewhere)
        if self.redirects_too_long:
            add(f"  {len(self.redirects_too_long)} old addresses too long for a redirect:")
            _list(add, self.redirects_too_long)
        add("")

        add("Dropped from bodies:")
        if not (self.dropped_shortcodes or self.dropped_blocks):
            add("  nothing")
        for name, posts in sorted(self.dropped_shortcodes.items()):
            add(f"  shortcode {name}: {_count(len(posts), 'post')} ({_posts(posts)})")
        for name, posts in sorted(self.dropped_blocks.items()):
            add(f"  block {name}: {_count(len(posts), 'post')} ({_posts(posts)})")
        for name, posts in sorted(self.loose_blocks.items()):
            add(
                f"  block {name} kept as plain text: {_count(len(posts), 'post')} ({_posts(posts)})"
            )
        if self.unsafe_posts:
            removed = ", ".join(
                f"{name} {count}" for name, count in sorted(self.unsafe_removed.items())
            )
            add(
                f"  unsafe markup removed ({removed}) from {_count(len(self.unsafe_posts), 'post')}"
            )
            _list(add, self.unsafe_posts)
        for label, posts in (
            ("embeds turned into links", self.embeds_as_links),
            ("tables turned into lists (check them)", self.tables_as_lists),
            ("quotes too long for a quote block, kept as italic text", self.long_quotes),
            ("video or audio players removed", self.media_dropped),
        ):
            if posts:
                add(f"  {label}: {_count(len(posts), 'post')} ({_posts(posts)})")
        return "\n".join(lines)


def _count(number, noun, plural=None):
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def _list(add, entries):
    entries = sorted(entries) if isinstance(entries, set) else list(entries)
    for entry in entries[:LISTED]:
        add(f"    - {entry}")
    if len(entries) > LISTED:
        add(f"    ... and {len(entries) - LISTED} more")


def _posts(posts, shown=3):
    posts = sorted(post for post in posts if post)
    text = ", ".join(posts[:shown])
    return text + (f" and {len(posts) - shown} more" if len(posts) > shown else "")
