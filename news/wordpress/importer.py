"""
The import: a parsed export (`wxr.Export`) into News & Blog, in one transaction.

Order matters: categories and authors first (articles refer to them), then
every post's slug (so a post's links to other posts can point at their new
pages), the articles, and last the redirects from the old addresses.

An article remembers its WordPress post id and a digest of what was imported,
so a second run with the same export changes nothing and a newer export
updates only the posts that changed. A post that fails validation is listed
and the rest carry on; anything else stops the import and nothing is kept.
A dry run does everything but write image files, then rolls back.
"""

import csv
import hashlib
import html
import json
from contextlib import contextmanager
from urllib.parse import urlsplit

from anyascii import anyascii
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify as django_slugify
from wagtail.log_actions import log
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published

from news.models import (
    RESERVED_ARTICLE_SLUGS,
    YEAR_SLUG,
    ArticlePage,
    ArticlePageAuthor,
    Category,
    NewsIndexPage,
    search_indexing_deferred,
)
from news.wordpress.body import (
    ALT_MAX,
    ATTRIBUTION_MAX,
    HEADING_MAX,
    SOURCE_MAX,
    Context,
    ImageItem,
    Notes,
    convert,
    first_text,
    shorten,
    soup,
)
from news.wordpress.images import ImageLibrary
from news.wordpress.redirects import (
    Target,
    blog_prefix,
    normalise,
    path_and_query,
    post_paths,
    save_redirects,
)
from news.wordpress.report import Report
from news.wordpress.shortcodes import expand_shortcodes
from news.wordpress.wxr import Author, Term
from people.models import PeopleIndexPage, PersonPage, current_year

# WordPress status -> what the article becomes.
IMPORTED_STATUSES = {
    "publish": "published",
    "future": "scheduled",
    "draft": "draft",
    "pending": "draft",
}
SKIPPED_STATUSES = {
    "private": "private in WordPress",
    "trash": "in WordPress's bin",
    "auto-draft": "an empty auto-draft",
}
EXCERPT_MAX = ArticlePage._meta.get_field("excerpt").max_length
TITLE_MAX = 255
UNCATEGORIZED = "uncategorized"
# Item types a blog export holds that are neither posts nor pages nor images.
QUIET_TYPES = {"attachment", "post", "page", "wp_block"}


class ImportFailed(Exception):
    """The import can't go ahead; the message says why. Nothing was written."""


def read_author_map(path):
    """{"login or email" (lower case): PersonPage} from a CSV file of
    `WordPress login or email,profile slug` lines (# starts a comment)."""
    wanted = {}
    try:
        with open(path, newline="", encoding="utf-8") as file:
            for number, row in enumerate(csv.reader(file), start=1):
                if not row or not "".join(row).strip() or row[0].strip().startswith("#"):
                    continue
                if len(row) != 2 or not row[0].strip() or not row[1].strip():
                    raise ImportFailed(
                        f"{path}, line {number}: expected 'WordPress login or email,profile "
                        "slug', for example 'jsmith,jane-smith'."
                    )
                wanted[row[0].strip().lower()] = row[1].strip()
    except OSError as error:
        raise ImportFailed(f"Can't read the author map {path}: {error.strerror}.") from error
    except (UnicodeDecodeError, csv.Error) as error:
        raise ImportFailed(f"The author map {path} is not a UTF-8 CSV file.") from error
    people = {person.slug: person for person in PersonPage.objects.filter(slug__in=wanted.values())}
    unknown = sorted({slug for slug in wanted.values() if slug not in people})
    if unknown:
        raise ImportFailed(
            f"The author map {path} names profiles that don't exist: {', '.join(unknown)}. "
            "Use the slug at the end of the profile's address (/people/<slug>/)."
        )
    return {key: people[slug] for key, slug in wanted.items()}


class WordPressImporter:
    def __init__(
        self,
        export,
        *,
        uploads=None,
        dry_run=False,
        publish_as_draft=False,
        author_map=None,
        tags_as_categories=False,
        progress=None,
    ):
        self.export = export
        self.dry_run = dry_run
        self.publish_as_draft = publish_as_draft
        self.author_map = author_map or {}
        self.tags_as_categories = tags_as_categories
        self.progress = progress or (lambda done, total: None)
        self.images = ImageLibrary(export.attachments, uploads, write_files=not dry_run)
        self.prefix = blog_prefix(export.base_blog_url)
        self.report = Report(
            export_title=export.title,
            dry_run=dry_run,
            publish_as_draft=publish_as_draft,
            tags_as_categories=tags_as_categories,
            uploads_given=bool(uploads),
        )

    def run(self):
        self.news_index = NewsIndexPage.objects.first()
        if self.news_index is None:
            raise ImportFailed(
                "There is no News & Blog page to import into. Create it in the admin "
                "(or run `make run` once on a new site) and run the import again."
            )
        self.site = self.news_index.get_site()
        try:
            with transaction.atomic():
                self._import()
                if self.dry_run:
                    transaction.set_rollback(True)
        except BaseException:
            # The rows are rolled back; the image files written for them go too.
            self.images.delete_written_files()
            raise
        return self.report

    # The steps

    def _import(self):
        report = self.report
        export = self.export
        posts = export.posts
        report.posts_in_export = len(posts)
        report.tags_in_export = len(export.tags)
        report.comments = sum(item.comment_count for item in export.items)
        for item in export.items:
            if item.post_type == "page" and item.status not in ("trash", "auto-draft"):
                report.pages_skipped.append((item.title or "(no title)", item.link))
            elif item.post_type not in QUIET_TYPES:
                report.other_items[item.post_type or "(no type)"] += 1

        # Every imported article (not an `__in` of thousands of ids, over SQLite's limit
        # of query parameters), its body loaded only if it is updated.
        post_ids = {item.post_id for item in posts}
        self.existing = {
            article.wordpress_id: article
            for article in ArticlePage.objects.filter(wordpress_id__isnull=False)
            .defer_streamfields()
            .iterator()
            if article.wordpress_id in post_ids
        }
        importable = []
        for item in posts:
            reason = _skip_reason(item)
            if reason:
                report.skipped.append((item.describe(), reason))
                if item.post_id in self.existing:
                    report.kept_here.append(item.describe())
                continue
            importable.append(item)
            if item.sticky:
                report.sticky.append(item.describe())

        self.categories = self._import_categories(importable)
        self.tag_categories = self._import_tags(importable) if self.tags_as_categories else {}
        self.authors = self._import_authors(importable)
        self.slugs = self._choose_slugs(importable)
        self.new_urls = self._map_old_links(importable)
        self.attachments_by_post = {}
        for attachment in sorted(export.attachments.values(), key=lambda item: item.post_id):
            self.attachments_by_post.setdefault(attachment.parent_id, []).append(attachment.post_id)
        self.reusable_blocks = {item.post_id: item.content for item in export.of_type("wp_block")}

        self.articles = {}
        self.saved = []
        with deferred_search_indexing(), disable_reference_index_auto_update():
            for done, item in enumerate(importable, start=1):
                self._import_post(item)
                self.progress(done, len(importable))
        self._index(self.saved)
        self._import_redirects(importable)

        report.images_imported = self.images.imported
        report.images_reused = self.images.reused
        report.images_missing = self.images.missing
        report.images_refused = self.images.refused
        report.images_external = self.images.external

    def _import_categories(self, importable):
        """{WordPress category slug: Category}, for the categories posts use and their
        parents, matched onto the tree by path (parent slug / child slug)."""
        terms = {term.slug: term for term in self.export.categories if term.slug}
        for item in importable:
            for taxonomy, slug, name in item.terms:
                if taxonomy == "category" and slug and slug not in terms:
                    terms[slug] = _term(slug, name)
        self.wordpress_paths = {slug: _wordpress_path(slug, terms) for slug in terms}
        needed = set()
        for item in importable:
            for slug in item.category_slugs:
                while slug in terms and slug not in needed:
                    needed.add(slug)
                    slug = terms[slug].parent
        if UNCATEGORIZED in needed and not any(
            terms[slug].parent == UNCATEGORIZED for slug in needed
        ):
            needed.discard(UNCATEGORIZED)
            self.report.uncategorized_left_out = True
        self.report.categories_unused = len(
            [
                term
                for term in self.export.categories
                if term.slug not in needed
                and not (term.slug == UNCATEGORIZED and self.report.uncategorized_left_out)
            ]
        )
        self.category_terms = terms

        resolved = {}

        def resolve(slug, trail=()):
            if slug in resolved:
                return resolved[slug]
            term = terms[slug]
            parent = None
            if term.parent and term.parent in needed and term.parent not in trail:
                parent = resolve(term.parent, (*trail, slug))
                if parent is None:
                    resolved[slug] = None  # its parent was refused
                    return None
            resolved[slug] = self._category(term, parent)
            return resolved[slug]

        for slug in sorted(needed, key=lambda slug: self.wordpress_paths[slug]):
            resolve(slug)
        return resolved

    def _category(self, term, parent):
        slug = (slugify(term.slug) or slugify(term.name) or f"category-{term.term_id}")[:80]
        path = f"{parent.path}/{slug}" if parent else slug
        category = Category.objects.filter(path=path).first()
        if category is not None:
            self.report.categories_matched.append(category.full_name)
            return category
        category = Category(
            name=(term.name or slug)[:80],
            slug=slug,
            parent=parent,
            description=term.description[:1000],
        )
        try:
            category.full_clean(exclude=["path", "full_name", "treated_as_sensitive"])
        except ValidationError as error:
            self.report.categories_refused.append((term.name, " ".join(error.messages)))
            return None
        category.save()
        self.report.categories_created.append(category.full_name)
        return category

    def _import_tags(self, importable):
        names = {tag.slug: tag.name for tag in self.export.tags}
        tags = {}
        for item in importable:
            for taxonomy, slug, name in item.terms:
                if taxonomy == "post_tag" and slug and slug not in tags:
                    term = _term(slug, names.get(slug) or name)
                    tags[slug] = self._category(term, None)
        return tags

    def _import_authors(self, importable):
        """{WordPress login: PersonPage}: matched by the author map, email or name,
        else a new draft profile for editors to finish."""
        people = {}
        for login in dict.fromkeys(item.creator for item in importable):
            author = self.export.authors.get(login) or Author(login=login or "unknown")
            person, how = self._match_author(author)
            if person is None:
                person = self._create_profile(author)
                self.report.authors_created.append(f"{person.title} (/people/{person.slug}/)")
            else:
                self.report.authors_matched.append((author.name, person.title, how))
            people[login] = person
        return people

    def _match_author(self, author):
        for key in (author.login, author.email):
            if key and key.lower() in self.author_map:
                return self.author_map[key.lower()], "--author-map"
        if author.email:
            person = PersonPage.objects.filter(email__iexact=author.email).order_by("path").first()
            if person is not None:
                return person, "email"
        full_name = f"{author.first_name} {author.last_name}".strip()
        for name in dict.fromkeys(name for name in (author.name, full_name) if name):
            person = PersonPage.objects.filter(title__iexact=name).order_by("path").first()
            if person is not None:
                return person, "name"
        return None, ""

    def _create_profile(self, author):
        people_index = PeopleIndexPage.objects.first()
        if people_index is None:
            raise ImportFailed(
                f"The author {author.name} has no profile here and there is no People page to "
                "create one under. Create the People page, or map the author to a profile "
                "with --author-map."
            )
        taken = set(people_index.get_children().values_list("slug", flat=True))
        slug = _unique_slug(slugify(author.name) or slugify(author.login) or "author", taken)
        try:
            validate_email(author.email)
            email = author.email
        except ValidationError:
            email = ""
        # A draft with the details WordPress doesn't have left empty: the editor asks
        # for them before it can be published.
        person = PersonPage(
            title=author.name[:TITLE_MAX],
            slug=slug,
            email=email,
            job_title="",
            short_bio="",
            legal_career_start_year=current_year(),
            live=False,
        )
        people_index.add_child(instance=person)
        person.save_revision(clean=False)
        return person

    def _choose_slugs(self, importable):
        """{post id: slug}: an existing article keeps its own; a new one gets WordPress's,
        made unique under News & Blog and clear of its routes."""
        taken = set(self.news_index.get_children().values_list("slug", flat=True))
        taken |= RESERVED_ARTICLE_SLUGS
        slugs = {}
        for item in importable:
            existing = self.existing.get(item.post_id)
            if existing is not None:
                slugs[item.post_id] = existing.slug
                continue
            base = (slugify(item.slug) or slugify(item.title) or f"post-{item.post_id}")[:240]
            base = base.strip("-") or f"post-{item.post_id}"
            if YEAR_SLUG.match(base):
                base = f"{base}-post"
            slugs[item.post_id] = _unique_slug(base, taken)
        return slugs

    def _map_old_links(self, importable):
        """{normalised old address: new address} of every published post, so links
        between posts lead straight to the new pages."""
        news_url = self.news_index.url
        self.old_hosts = set()
        for url in [self.export.base_site_url, self.export.base_blog_url] + [
            item.link for item in self.export.items
        ]:
            host = _host(url)
            if host:
                self.old_hosts.add(host)
        new_urls = {}
        for item in importable:
            if item.status != "publish":
                continue
            for path in post_paths(
                item, prefix=self.prefix, category_path=self._category_path(item)
            ):
                new_urls.setdefault(normalise(path), f"{news_url}{self.slugs[item.post_id]}/")
        return new_urls

    def _category_path(self, item):
        """The post's category as WordPress's %category% permalink wrote it: the one
        with the lowest id, with its parents."""
        terms = [
            self.category_terms[slug] for slug in item.category_slugs if slug in self.category_terms
        ]
        if not terms:
            return ""
        first = min(terms, key=lambda term: (term.term_id is None, term.term_id or 0))
        return self.wordpress_paths.get(first.slug, first.slug)

    def rewrite_link(self, href):
        try:
            parts = urlsplit(href)
        except ValueError:
            return href
        if parts.scheme not in ("", "http", "https"):
            return href
        host = _host(href)
        if host and host not in self.old_hosts:
            return href
        if not host and not parts.path.startswith("/"):
            return href
        new_url = self.new_urls.get(normalise(path_and_query(href)))
        if new_url is None:
            return href
        return new_url + (f"#{parts.fragment}" if parts.fragment else "")

    # One post

    def _import_post(self, item):
        post = item.describe()
        state = IMPORTED_STATUSES[item.status]
        if state == "scheduled" and (not item.published_at or item.published_at <= timezone.now()):
            state = "published"
        if self.publish_as_draft:
            state = "draft"
        notes = Notes()
        context = Context(
            rewrite_link=self.rewrite_link,
            attachments_of_post=tuple(self.attachments_by_post.get(item.post_id, ())),
            reusable_blocks=self.reusable_blocks,
        )
        items, notes = convert(item.content, context, notes)
        excerpt, items = _excerpt_and_body(item, items)
        body = self._stream_blocks(items, notes, post)
        listing_image, listing_image_alt = self._featured_image(item, post)
        self.report.add_notes(post, notes)
        if not body:
            self.report.failed.append(
                (post, "nothing is left of its body once converted (see what was dropped)")
            )
            return
        title = shorten(item.title, TITLE_MAX) or f"Untitled post {item.post_id}"
        categories = [
            category
            for category in [self.categories.get(slug) for slug in item.category_slugs]
            + [self.tag_categories.get(slug) for slug in item.tag_slugs]
            if category is not None
        ]
        categories = list({category.pk: category for category in categories}.values())
        authors = [self.authors[item.creator]]
        digest = _digest(
            title=title,
            excerpt=excerpt,
            body=body,
            listing_image=listing_image.pk if listing_image else None,
            listing_image_alt=listing_image_alt,
            categories=sorted(category.pk for category in categories),
            authors=[person.pk for person in authors],
            state=state,
            published=item.published_at.isoformat() if item.published_at else None,
            modified=item.modified_at.isoformat() if item.modified_at else None,
            wordpress_slug=item.slug,
        )
        article = self.existing.get(item.post_id)
        if article is not None and article.wordpress_digest == digest:
            self.report.unchanged += 1
            self.articles[item.post_id] = article
            return
        is_new = article is None
        if is_new:
            article = ArticlePage(
                slug=self.slugs[item.post_id], wordpress_id=item.post_id, live=False
            )
        article.title = title
        article.excerpt = excerpt
        article.body = json.dumps(body)
        article.listing_image = listing_image
        article.listing_image_alt = listing_image_alt
        article.categories = categories
        article.authors = [
            ArticlePageAuthor(person=person, sort_order=index)
            for index, person in enumerate(authors)
        ]
        article.wordpress_digest = digest
        try:
            # A savepoint: a post that fails validation is listed, the others carry on.
            with transaction.atomic():
                if is_new and state == "published":
                    self._create_published(article, item)
                else:
                    if is_new:
                        self.news_index.add_child(instance=article)
                    self._save(article, item, state, digest)
        except ValidationError as error:
            self.report.failed.append((post, _messages(error)))
            return
        self.articles[item.post_id] = article
        self.saved.append(article.pk)
        (self.report.created if is_new else self.report.updated).append((post, state))

    def _create_published(self, article, item):
        """A new live article, saved once (validated as a live page) with its revision
        as the live one: what `revision.publish()` leaves for a new page, without its
        two further saves, which made a 5,000-post import three times slower."""
        article.live = True
        article.has_unpublished_changes = False
        article.first_published_at = item.published_at or timezone.now()
        article.last_published_at = max(
            item.modified_at or article.first_published_at, article.first_published_at
        )
        self.news_index.add_child(instance=article)
        revision = article.save_revision(clean=False, changed=False)
        article.live_revision = revision
        ArticlePage.objects.filter(pk=article.pk).update(live_revision=revision)
        log(instance=article, action="wagtail.create", content_changed=True, revision=revision)
        log(instance=article, action="wagtail.publish", content_changed=True, revision=revision)
        page_published.send(sender=ArticlePage, instance=article, revision=revision)

    def _save(self, article, item, state, digest):
        article.go_live_at = item.published_at if state == "scheduled" else None
        revision = article.save_revision()
        if state in ("published", "scheduled"):
            revision.publish()
        dates = {"wordpress_digest": digest}
        if item.published_at and (state == "published" or item.status == "publish"):
            # Publishing stamps "now"; the article keeps the dates it had on the old site
            # (a draft from --publish-as-draft keeps its first date for when it goes live).
            dates["first_published_at"] = item.published_at
            if state == "published":
                dates["last_published_at"] = max(
                    item.modified_at or item.published_at, item.published_at
                )
        ArticlePage.objects.filter(pk=article.pk).update(**dates)

    def _stream_blocks(self, items, notes, post):
        """The converted items as the body's StreamField data, with images imported."""
        levels = [
            item[2] for item in items if not isinstance(item, ImageItem) and item[0] == "heading"
        ]
        # The post's biggest heading is a section heading, whatever level WordPress gave it.
        top = min(levels) if levels else 2
        blocks, rich_text = [], []

        def flush():
            if rich_text:
                blocks.append({"type": "paragraph", "value": "".join(rich_text)})
                rich_text.clear()

        for item in items:
            if isinstance(item, ImageItem):
                found = self.images.find(item.attachment_id, item.src, used_by=post)
                if found is None:
                    continue
                flush()
                alt = shorten(item.alt or found.alt, ALT_MAX)
                if not alt:
                    notes.images_without_alt += 1
                blocks.append(
                    {
                        "type": "image",
                        "value": {
                            "image": found.image.pk,
                            "alt_text": alt,
                            "caption": item.caption,
                        },
                    }
                )
            elif item[0] in ("paragraph", "list"):
                rich_text.append(item[1])
            elif item[0] == "heading":
                text, level = item[1], item[2]
                if len(text) > HEADING_MAX:
                    rich_text.append(f"<p><b>{html.escape(text, quote=False)}</b></p>")
                    continue
                flush()
                blocks.append(
                    {
                        "type": "heading",
                        "value": {"text": text, "level": "h2" if level <= top else "h3"},
                    }
                )
            elif item[0] == "quote":
                flush()
                attribution = item[2]
                blocks.append(
                    {
                        "type": "quote",
                        "value": {
                            "quote": item[1],
                            "attribution": attribution
                            if len(attribution) <= ATTRIBUTION_MAX
                            else "",
                            "source": ""
                            if len(attribution) <= ATTRIBUTION_MAX
                            else shorten(attribution, SOURCE_MAX),
                        },
                    }
                )
        flush()
        return blocks

    def _featured_image(self, item, post):
        thumbnail = item.meta.get("_thumbnail_id", "").strip()
        if not thumbnail.isdigit():
            return None, ""
        found = self.images.find(int(thumbnail), "", used_by=post)
        if found is None:
            return None, ""
        return found.image, shorten(found.alt, 250)

    def _index(self, pks):
        """The saved articles (and new images) in the search index and in Wagtail's
        reference index ("Usage" of an image), once each, as they now stand."""
        for start in range(0, len(pks), 200):
            articles = list(ArticlePage.objects.filter(pk__in=pks[start : start + 200]))
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(ArticlePage, articles)
            for article in articles:
                ReferenceIndex.create_or_update_for_object(article)
        for image in self.images.created:
            ReferenceIndex.create_or_update_for_object(image)

    # Old addresses

    def _import_redirects(self, importable):
        news = self.news_index
        news_path = normalise(news.url)
        wanted = {}

        def want(path, target, new_path):
            key = normalise(path)
            # Never a redirect from a page's own address to itself.
            if key != normalise(new_path):
                wanted.setdefault(key, target)

        months = set()
        for item in importable:
            article = self.articles.get(item.post_id)
            if article is None or item.status != "publish":
                continue
            for path in post_paths(
                item, prefix=self.prefix, category_path=self._category_path(item)
            ):
                want(path, Target(article), f"{news.url}{article.slug}/")
            if item.local_date:
                months.add((item.local_date.year, item.local_date.month))

        def want_route(path, route):
            want(path, Target(news, route), news_path + route)

        for slug, category in self.categories.items():
            if category is None:
                continue
            old = f"{self.prefix}/category/{self.wordpress_paths[slug]}/"
            want_route(old, f"/category/{category.path}/")
            want_route(f"{old}feed/", f"/category/{category.path}/feed/rss/")
            term = self.category_terms[slug]
            if term.term_id:
                want_route(f"{self.prefix}/?cat={term.term_id}", f"/category/{category.path}/")
        for slug, category in self.tag_categories.items():
            if category is not None:
                want_route(f"{self.prefix}/tag/{slug}/", f"/category/{category.path}/")
        for login, person in self.authors.items():
            if login:
                # WordPress's author address: the login as a "nicename" ("seren.l": "seren-l").
                nicename = slugify(login.replace(".", "-").replace("@", "-"))
                want(f"{self.prefix}/author/{nicename}/", Target(person), person.url or "")
        for year, month in sorted(months):
            want_route(f"{self.prefix}/{year}/", f"/{year}/")
            want_route(f"{self.prefix}/{year}/{month:02d}/", f"/{year}/{month:02d}/")
        if self.articles:
            want_route(f"{self.prefix}/feed/", "/feed/rss/")
            want_route(f"{self.prefix}/feed/rss2/", "/feed/rss/")
            want_route(f"{self.prefix}/feed/atom/", "/feed/atom/")

        created, same, elsewhere, too_long = save_redirects(wanted, self.site)
        self.report.redirects_created = len(created)
        self.report.redirects_existing = len(same)
        self.report.redirects_elsewhere = elsewhere
        self.report.redirects_too_long = too_long


@contextmanager
def deferred_search_indexing():
    """Articles saved inside are not indexed for search on each save (a published
    article is saved three times, and each save indexes it twice): the import
    indexes them once, in bulk, when they are all saved. Disconnecting a signal is
    process-wide, which is right for a management command."""
    token = search_indexing_deferred.set(True)
    post_save.disconnect(post_save_signal_handler, sender=ArticlePage)
    try:
        yield
    finally:
        post_save.connect(post_save_signal_handler, sender=ArticlePage)
        search_indexing_deferred.reset(token)


def slugify(text):
    """An ASCII slug, as the site's are: "Øvrebø" reads "ovrebo", not "vreb"."""
    return django_slugify(anyascii(text or ""))


def _skip_reason(item):
    if item.password:
        return "password-protected in WordPress"
    if item.status in SKIPPED_STATUSES:
        return SKIPPED_STATUSES[item.status]
    if item.status not in IMPORTED_STATUSES:
        return f'status "{item.status}" in WordPress'
    return ""


def _term(slug, name):
    return Term(term_id=None, slug=slug, name=name or slug)


def _wordpress_path(slug, terms):
    parts, seen = [], set()
    while slug and slug in terms and slug not in seen:
        seen.add(slug)
        parts.append(slug)
        slug = terms[slug].parent
    return "/".join(reversed(parts))


def _unique_slug(base, taken):
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def _host(url):
    try:
        host = (urlsplit(url or "").hostname or "").lower()
    except ValueError:
        return ""
    return host.removeprefix("www.")


def _excerpt_and_body(item, items):
    """(excerpt, body items). The article shows its excerpt above the body, so a
    first paragraph that is the excerpt must not be shown twice: WordPress's own
    excerpt when it repeats that paragraph, or, for a post without one, the first
    paragraph itself when it fits (and has no link to lose), leave the body."""
    first = items[0] if items and not isinstance(items[0], ImageItem) else None
    first = first if first and first[0] == "paragraph" else None
    first_plain = first_text([first]) if first else ""
    # Only when something would be left of the body.
    movable = first is not None and len(items) > 1
    if item.excerpt.strip():
        plain = expand_shortcodes(item.excerpt, dropped=lambda name: None)
        text = " ".join(soup(plain).get_text(" ").split())
        if movable and text == first_plain:
            items = items[1:]
        return shorten(text, EXCERPT_MAX), items
    if movable and len(first_plain) <= EXCERPT_MAX and "<a " not in first[1]:
        return first_plain, items[1:]
    text = first_text(items) or item.title or f"Post {item.post_id}"
    return shorten(text, EXCERPT_MAX), items


def _digest(**fields):
    encoded = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(encoded.encode()).hexdigest()


def _messages(error):
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)
