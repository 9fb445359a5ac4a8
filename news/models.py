"""
News & Blog: the index at `/news/`, articles at `/news/<slug>/`, and the
category tree whose pages live at `/news/category/<path>/`.
"""

import math
import re
from contextvars import ContextVar
from datetime import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Prefetch, Q, prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from firm_site.base.images import (
    BODY_IMAGE_SPEC,
    CARD_IMAGE_SPEC,
    PORTRAIT_SPEC,
    SOCIAL_IMAGE_SPEC,
    prefetch_renditions,
    rendition_prefetch,
)
from firm_site.base.metadata import Crumb
from firm_site.base.pages import BasePage
from firm_site.base.query import SitePageQuerySet
from firm_site.base.structured_data import breadcrumb_list
from firm_site.base.utils import paginate
from news.blocks import StoryBlock, images_in, words_in
from news.feeds import feed_links, feed_title, serve_feed
from news.forms import ArticlePageForm
from news.panels import LegalChecklistPanel, SearchAndSharingPreviewPanel
from news.permissions import ArticlePermissionTester
from news.review import LegalReviewTask  # noqa: F401 (a model: the legal review task type)
from news.structured_data import news_article
from people.models import PersonPage

# How the firm writes a category with its ancestors: "Child Abuse – Grooming Gangs".
CATEGORY_SEPARATOR = " – "

# Slugs under /news/ that belong to the index's own routes, not to articles.
RESERVED_ARTICLE_SLUGS = {"author", "category", "feed", "page", "search"}
YEAR_SLUG = re.compile(r"^\d{4}$")
# A category's feeds live at /news/category/<path>/feed/rss/ (and atom/), so no
# category may have a path ending like that.
FEED_ADDRESS_ENDING = re.compile(r"/feed/(rss|atom)$")


# Set while bulk work (the WordPress import) saves many articles and indexes them
# for search itself, once each, when it is done.
search_indexing_deferred = ContextVar("search_indexing_deferred", default=False)

# A steady adult reading pace; rounding up, legal writing reads slower.
WORDS_PER_MINUTE = 200


def reading_time_minutes(excerpt, raw_body):
    """Whole minutes to read the excerpt and body, at least one."""
    words = len((excerpt or "").split()) + words_in(raw_body)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


class Category(models.Model):
    """A node in the tree of topics articles are published in.

    Stored as a plain parent link plus two values kept up to date on save:
    `path` ("child-abuse/grooming-gangs", the URL under /news/category/ and a
    cheap way to find descendants with one `startswith`) and `full_name`
    ("Child Abuse – Grooming Gangs", shown without looking up ancestors).
    """

    name = models.CharField(max_length=80)
    slug = models.SlugField(
        max_length=80,
        allow_unicode=False,
        help_text="The last part of the category's address; letters, numbers and hyphens",
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="Leave empty for a top-level category",
    )
    description = models.TextField(
        blank=True, max_length=1000, help_text="Shown at the top of the category's page"
    )
    is_sensitive = models.BooleanField(
        "sensitive",
        default=False,
        help_text=(
            "For subjects such as child abuse: readers get an 'Exit this page' control, and "
            "articles need extra checks before approval. Applies to sub-categories too."
        ),
    )
    path = models.CharField(max_length=255, unique=True, editable=False)
    full_name = models.CharField(max_length=255, editable=False)
    # True when this category or any ancestor is marked sensitive; kept on save.
    treated_as_sensitive = models.BooleanField(default=False, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("parent"),
        FieldPanel("description"),
        FieldPanel("is_sensitive"),
    ]

    class Meta:
        ordering = ["full_name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.full_name or self.name

    def save(self, *args, **kwargs):
        with transaction.atomic():
            self.path, self.full_name = self._computed_path_and_name()
            self.treated_as_sensitive = self.is_sensitive or bool(
                self.parent_id and self.parent.treated_as_sensitive
            )
            super().save(*args, **kwargs)
            # Renaming, moving or marking a category carries through to everything under it.
            for child in self.children.all():
                child.save()

    def clean(self):
        super().clean()
        # A category can't sit under itself or under one of its own descendants.
        ancestor = self.parent
        while ancestor is not None and self.pk:
            if ancestor.pk == self.pk:
                raise ValidationError(
                    {"parent": "A category can't be placed under itself or its own sub-categories."}
                )
            ancestor = ancestor.parent
        if self.slug:
            computed_path, _ = self._computed_path_and_name()
            if len(computed_path) > self._meta.get_field("path").max_length:
                raise ValidationError(
                    {"slug": "This slug makes the category's address too long; shorten it."}
                )
            if FEED_ADDRESS_ENDING.search(computed_path):
                raise ValidationError(
                    {
                        "slug": (
                            f'"{computed_path}" is the address of a feed of the category above. '
                            "Please choose another slug."
                        )
                    }
                )
            if Category.objects.filter(path=computed_path).exclude(pk=self.pk).exists():
                raise ValidationError(
                    {"slug": "Another category at this level already uses this slug."}
                )

    def _computed_path_and_name(self):
        if self.parent_id:
            parent = self.parent
            return (
                f"{parent.path}/{self.slug}",
                f"{parent.full_name}{CATEGORY_SEPARATOR}{self.name}",
            )
        return self.slug, self.name

    def descendants_and_self(self):
        return Category.objects.filter(Q(pk=self.pk) | Q(path__startswith=f"{self.path}/"))


def period_bounds(year, month=None):
    """The start and end (exclusive) of a year or month in the site's time zone
    (Europe/London), so an article published at 00:30 BST on 1 July is July's.
    Raises ValueError for a year or month that does not exist."""
    if month is None:
        start, end = datetime(year, 1, 1), datetime(year + 1, 1, 1)
    else:
        start = datetime(year, month, 1)
        end = datetime(year + 1, 1, 1) if month == 12 else datetime(year, month + 1, 1)
    return timezone.make_aware(start), timezone.make_aware(end)


def authors_prefetch():
    """The authorships of articles, in byline order, with their profiles and photos.
    Only published profiles: a draft (an imported author's, waiting for an editor)
    has no page to link to yet."""
    return Prefetch(
        "authors",
        queryset=ArticlePageAuthor.objects.filter(person__live=True)
        .select_related("person", "person__photo")
        .order_by("sort_order"),
    )


class ArticlePageQuerySet(SitePageQuerySet):
    def with_card_data(self, authors=True):
        """Everything an article card shows except image renditions, newest first.
        `authors=False` leaves the authors for the caller to prefetch (`authors_prefetch`)
        together with other articles'."""
        prefetches = [Prefetch("categories", queryset=Category.objects.order_by("full_name"))]
        if authors:
            prefetches.append(authors_prefetch())
        return (
            self.select_related("listing_image")
            .prefetch_related(*prefetches)
            .defer_streamfields()
            .order_by("-first_published_at", "-pk")
        )

    def for_listing(self):
        """Everything a card shows, in a fixed number of queries, newest first."""
        return self.with_card_data().prefetch_related(
            rendition_prefetch("listing_image", CARD_IMAGE_SPEC)
        )

    def in_category(self, category):
        """Articles in the category or any category below it."""
        return self.filter(
            Exists(
                ArticlePage.categories.through.objects.filter(
                    articlepage=OuterRef("pk"),
                    category__in=category.descendants_and_self(),
                )
            )
        )

    def by_author(self, person):
        return self.filter(
            Exists(ArticlePageAuthor.objects.filter(page=OuterRef("pk"), person=person))
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class NewsIndexPage(RoutablePageMixin, BasePage):
    """`/news/`: all articles newest first, and each category's page below it."""

    uses_firm_share_image = True

    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text='e.g. "For the latest industry and case news"',
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["firm_site.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count = 1

    ARTICLES_PER_PAGE = 12

    def published_articles(self):
        return ArticlePage.objects.child_of(self).live().public()

    def articles(self):
        return self.published_articles().for_listing()

    def category_tree(self):
        """Top-level categories, each with its sub-categories: [(category, [children])].

        One query; the tree is small and shown whole as navigation.
        """
        categories = list(Category.objects.all())
        children = {}
        for category in categories:
            children.setdefault(category.parent_id, []).append(category)
        return [(category, children.get(category.pk, [])) for category in children.get(None, [])]

    def routable_children(self):
        # The article's social image (its teaser, unless it has its own) comes with it.
        return ArticlePage.objects.child_of(self).select_related("listing_image", "social_image")

    def get_summary(self):
        return strip_tags(self.intro)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feed_links"] = self.get_feed_links(request)
        return context

    @path("")
    def index(self, request):
        """`/news/`: every article, newest first. Also what the admin previews."""
        articles = paginate(request, self.articles(), self.ARTICLES_PER_PAGE)
        return self.render(
            request,
            context_overrides={
                "articles": articles,
                "listing_items": articles,  # the listing's ItemList (structured data)
                "page_number": articles.number,
                "category_tree": self.category_tree(),
            },
        )

    @re_path(r"^(?P<year>\d{4})/$")
    def year_archive(self, request, year):
        """`/news/2026/`: the year's articles, and links to its months."""
        return self.archive(request, int(year))

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$")
    def month_archive(self, request, year, month):
        """`/news/2026/03/`: the month's articles."""
        return self.archive(request, int(year), int(month))

    def archive(self, request, year, month=None):
        try:
            start, end = period_bounds(year, month)
        except ValueError as error:
            raise Http404("No such year or month.") from error
        in_period = self.published_articles().filter(
            first_published_at__gte=start, first_published_at__lt=end
        )
        articles = paginate(request, in_period.for_listing(), self.ARTICLES_PER_PAGE)
        if not articles.paginator.count:
            raise Http404("No articles were published then.")
        period_name = date_format(start, "F Y" if month else "Y")
        months = []
        if month is None:
            # In the site's time zone, as `period_bounds` counts.
            months = [
                moment.date() for moment in in_period.datetimes("first_published_at", "month")
            ]
        return self.render(
            request,
            template="news/archive_page.html",
            context_overrides={
                "meta_title": f"Articles from {period_name}",
                "meta_description": f"News and articles published in {period_name}.",
                "period_start": start,
                "is_month": month is not None,
                "breadcrumbs": [
                    Crumb(self.title, self.url),
                    *([Crumb(str(year), self.archive_url(year))] if month else []),
                    Crumb(date_format(start, "F") if month else str(year)),
                ],
                "months": months,
                "articles": articles,
                "listing_items": articles,  # the listing's ItemList (structured data)
                "page_number": articles.number,
            },
        )

    def archive_url(self, year, month=None):
        if month is None:
            route, args = "year_archive", [f"{year:04d}"]
        else:
            route, args = "month_archive", [f"{year:04d}", f"{month:02d}"]
        return self.url + self.reverse_subpage(route, args=args)

    def get_feed_links(self, request):
        return feed_links(self.title, self.get_url(request))

    @re_path(r"^feed/(?P<feed_format>rss|atom)/$")
    def feed(self, request, feed_format):
        """`/news/feed/rss/`, `/news/feed/atom/`: the newest articles."""
        return serve_feed(
            request,
            feed_format,
            title=feed_title(request, self.title),
            description=strip_tags(self.intro) or self.title,
            link=self.get_url(request),
            articles=self.published_articles().with_card_data(),
        )

    # Before `category`, which would otherwise read "feed/rss" as part of a category's path.
    @re_path(r"^category/(?P<category_path>[-\w]+(?:/[-\w]+)*)/feed/(?P<feed_format>rss|atom)/$")
    def category_feed(self, request, category_path, feed_format):
        """`/news/category/<path>/feed/rss/` (and `atom/`): the newest articles in a category."""
        category = Category.objects.filter(path=category_path).first()
        if category is None:
            raise Http404("No such category.")
        return serve_feed(
            request,
            feed_format,
            title=feed_title(request, category.full_name, self.title),
            description=category.description or category.full_name,
            link=self.category_url(category),
            articles=self.published_articles().in_category(category).with_card_data(),
        )

    @re_path(r"^category/(?P<category_path>[-\w]+(?:/[-\w]+)*)/$")
    def category(self, request, category_path):
        # The whole tree is small: one query gives the category, its ancestors
        # (breadcrumbs) and its children (navigation).
        by_path = {category.path: category for category in Category.objects.all()}
        category = by_path.get(category_path)
        if category is None:
            raise Http404("No such category.")
        prefix = f"{category.path}/"
        parts = category.path.split("/")
        articles = paginate(request, self.articles().in_category(category), self.ARTICLES_PER_PAGE)
        return self.render(
            request,
            template="news/category_page.html",
            context_overrides={
                "category": category,
                # A sensitive category's page, and any below it, offers "Exit this page".
                "show_quick_exit": category.treated_as_sensitive,
                "breadcrumbs": [
                    Crumb(self.title, self.url),
                    *(
                        Crumb(ancestor.name, self.category_url(ancestor))
                        for ancestor in (
                            by_path["/".join(parts[:end])] for end in range(1, len(parts))
                        )
                    ),
                    Crumb(category.name),
                ],
                "subcategories": [
                    other
                    for path, other in by_path.items()
                    if path.startswith(prefix) and "/" not in path[len(prefix) :]
                ],
                "articles": articles,
                "listing_items": articles,  # the listing's ItemList (structured data)
                "page_number": articles.number,
                "feed_links": feed_links(category.full_name, self.category_url(category))
                + self.get_feed_links(request),
                "meta_title": category.full_name,
                "meta_description": category.description,
            },
        )

    @re_path(r"^author/(?P<slug>[-\w]+)/feed/(?P<feed_format>rss|atom)/$")
    def author_feed(self, request, slug, feed_format):
        """`/news/author/<slug>/feed/rss/` (and `atom/`): a person's newest articles."""
        person = PersonPage.objects.live().public().filter(slug=slug).first()
        if person is None:
            raise Http404("No such author.")
        return serve_feed(
            request,
            feed_format,
            title=feed_title(request, f"Articles by {person.title}"),
            description=person.short_bio,
            link=person.get_url(request),
            articles=self.published_articles().by_author(person).with_card_data(),
        )

    def author_feed_links(self, person):
        return feed_links(f"Articles by {person.title}", f"{self.url}author/{person.slug}/")

    @re_path(r"^category/$")
    def category_root(self, request):
        # /news/category/ on its own has nothing to show: the index lists every category.
        return redirect(self.url)

    def category_url(self, category):
        return f"{self.url}{self.reverse_subpage('category', args=[category.path])}"


class ArticlePage(BasePage):
    """An article: `/news/<slug>/`."""

    excerpt = models.TextField(
        max_length=300, help_text="A sentence or two shown on cards and in search results"
    )
    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="teaser image",
        help_text="Shown on cards in listings and related posts; 16:9 works best",
    )
    listing_image_alt = models.CharField(
        "teaser image alt text",
        max_length=250,
        blank=True,
        help_text="Leave empty if the image is decorative and adds nothing to the title",
    )
    body = StreamField(StoryBlock())
    categories = ParentalManyToManyField(Category, blank=True, related_name="articles")
    # Set by the legal review's approval (news.review), never in the editor: shown as
    # "Reviewed by <name> on <date>" without a query, and used by the review-due report.
    reviewed_by_name = models.CharField(max_length=255, blank=True, editable=False)
    reviewed_at = models.DateField(null=True, blank=True, editable=False)
    # Kept on save so that cards show it without loading the body.
    reading_time_minutes = models.PositiveSmallIntegerField(default=1, editable=False)
    # Set by `manage.py import_wordpress` (news.wordpress): the post this article came
    # from, so that running the import again updates it instead of adding a copy, and
    # a digest of what was imported, so that an unchanged post is left alone (and any
    # edits made here since are kept).
    wordpress_id = models.PositiveBigIntegerField(
        "WordPress post id", null=True, blank=True, db_index=True, editable=False
    )
    wordpress_digest = models.CharField(max_length=64, blank=True, editable=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("excerpt"),
        MultipleChooserPanel(
            "authors", chooser_field_name="person", label="Authors", min_num=1, heading="Authors"
        ),
        # Categories are ordered by full name, so the boxes read as a tree:
        # "Child Abuse", "Child Abuse – Grooming Gangs", ...
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        LegalChecklistPanel(heading="Legal checklist"),
        FieldPanel("listing_image"),
        FieldPanel("listing_image_alt"),
        FieldPanel("body"),
    ]
    # Only what a writer needs: no "Show in menus" (articles are listed, not in the
    # menu) and no hand-written title tag; the slug follows the title until the
    # article is first published.
    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel(
                    "slug",
                    help_text="The article's address: it follows the title until first published",
                ),
                FieldPanel(
                    "search_description",
                    heading="Search description",
                    help_text="What search engines and shared links show; the excerpt if empty",
                ),
                SearchAndSharingPreviewPanel(heading="Preview"),
                FieldPanel("social_image"),
            ],
            heading="Search and sharing",
        )
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("excerpt"),
        index.SearchField("body"),
        # Methods rather than `RelatedFields`: the database backends index a related
        # field called "title" (the author's name) as if it were the article's title.
        index.SearchField("category_names"),
        index.SearchField("author_names"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    base_form_class = ArticlePageForm
    # A copy has not been reviewed, and is not the WordPress post the original came from.
    exclude_fields_in_copy = [
        "reviewed_by_name",
        "reviewed_at",
        "wordpress_id",
        "wordpress_digest",
    ]

    RELATED_COUNT = 3

    objects = ArticlePageManager()

    def permissions_for_user(self, user):
        # Authors edit their article as its owner may (news.permissions).
        return ArticlePermissionTester(user, self)

    def clean(self):
        super().clean()
        if self.slug in RESERVED_ARTICLE_SLUGS or YEAR_SLUG.match(self.slug or ""):
            raise ValidationError(
                {
                    "slug": (
                        f'"{self.slug}" is kept for other addresses under News & Blog '
                        "(categories, feeds and yearly archives). Please choose another slug, "
                        "for example one made from the article's title."
                    )
                }
            )

    def save(self, *args, **kwargs):
        self.reading_time_minutes = reading_time_minutes(self.excerpt, self.body.raw_data)
        super().save(*args, **kwargs)
        # Wagtail indexes a page as soon as its row is saved, before its authors
        # and categories are: index it again now they are, so searching for an
        # author's or category's name finds a newly published article.
        if not search_indexing_deferred.get():
            index.insert_or_update_object(self)

    og_type = "article"

    def get_summary(self):
        return self.excerpt

    def get_social_image(self):
        """Its own social image, else its teaser image."""
        if self.social_image_id:
            return self.social_image, self.social_image.description
        if self.listing_image_id:
            return self.listing_image, self.listing_image_alt
        return None, ""

    def get_og_properties(self, request):
        properties = [
            ("article:published_time", self.first_published_at),
            ("article:modified_time", self.last_published_at),
        ]
        properties += [
            ("article:author", request.build_absolute_uri(person.get_url(request)))
            for person in self.ordered_authors
        ]
        properties += [
            ("article:section", category.full_name) for category in self.ordered_categories[:1]
        ]
        properties += [("article:tag", category.name) for category in self.ordered_categories]
        return [
            (name, value.isoformat() if hasattr(value, "isoformat") else value)
            for name, value in properties
            if value
        ]

    def get_structured_data(self, request):
        meta = self.get_page_meta(request)
        return [
            news_article(request, self, meta),
            breadcrumb_list(request, self.get_breadcrumbs(request), meta.canonical_url),
        ]

    def category_names(self):
        return " ".join(category.full_name for category in self.categories.all())

    def author_names(self):
        return " ".join(
            authorship.person.title for authorship in self.authors.all() if authorship.person
        )

    def was_updated_after_publishing(self):
        """True when the article was republished on a later day than it first went out."""
        if not (self.first_published_at and self.last_published_at):
            return False
        first = timezone.localdate(self.first_published_at)
        return timezone.localdate(self.last_published_at) > first

    @cached_property
    def ordered_authors(self):
        """The authors' published profiles in byline order, with their photos. A draft
        profile (an imported author's, for editors to finish) has no page yet, so it
        is left out of the byline rather than linked to a "not found"."""
        if "authors" in getattr(self, "_prefetched_objects_cache", {}):
            authorships = self.authors.all()  # `get_context` fetched them with the related posts'
        else:
            authorships = self.authors.select_related("person", "person__photo").order_by(
                "sort_order"
            )
        return [
            authorship.person
            for authorship in authorships
            if authorship.person and authorship.person.live
        ]

    @property
    def author_people(self):
        """The authors' profiles in byline order, from the authorships a listing
        prefetched (`with_card_data`): no query per card."""
        return [authorship.person for authorship in self.authors.all() if authorship.person]

    @cached_property
    def ordered_categories(self):
        return sorted(self.categories.all(), key=lambda category: category.full_name)

    @property
    def is_sensitive(self):
        """In a category (or below one) that editors marked sensitive."""
        return any(category.treated_as_sensitive for category in self.ordered_categories)

    @property
    def show_quick_exit(self):
        return self.is_sensitive

    def related_area(self):
        """The categories whose articles count as related: this article's own, their
        parents and every category below them. None for an article without categories."""
        categories = self.ordered_categories
        if not categories:
            return None
        area = Q(pk__in={category.pk for category in categories})
        area |= Q(pk__in={category.parent_id for category in categories if category.parent_id})
        for category in categories:
            area |= Q(path__startswith=f"{category.path}/")
        return Category.objects.filter(area)

    def related_articles(self):
        """Up to three other live, public articles from this article's area
        (`related_area`), newest first. Fewer, or none, rather than articles from
        elsewhere; and never one in a sensitive category below an article that is
        not (a reader of a conveyancing update should not meet abuse cases).

        One query with two uncorrelated subqueries (PostgreSQL reads the category
        index of the link table, then the newest first), plus the card prefetches
        (renditions excepted: `get_context` fetches those with the authors')."""
        area = self.related_area()
        if area is None:
            return []
        links = ArticlePage.categories.through.objects
        queryset = (
            ArticlePage.objects.live()
            .public()
            .filter(pk__in=links.filter(category__in=area).values("articlepage_id"))
            .exclude(pk=self.pk)
        )
        if not self.is_sensitive:
            queryset = queryset.exclude(
                pk__in=links.filter(category__treated_as_sensitive=True).values("articlepage_id")
            )
        return list(queryset.with_card_data(authors=False)[: self.RELATED_COUNT])

    @cached_property
    def related_posts(self):
        """`related_articles` with their cards' data, fetched with the rest of what
        the article's content shows: the byline's authors and the cards' in one
        query, and the renditions of every image on the page (and of the one
        social networks show) in another. The template reads this first inside
        whichever of the article's cached parts (its metadata, its content) it
        renders first, so a view that finds both cached makes none of these
        queries."""
        related_articles = self.related_articles()
        prefetch_related_objects([self, *related_articles], authors_prefetch())
        prefetch_renditions(
            images_in(self.body)
            + [person.photo for person in self.ordered_authors]
            + [article.listing_image for article in related_articles]
            + [self.listing_image, self.get_social_image()[0]],
            BODY_IMAGE_SPEC,
            PORTRAIT_SPEC,
            CARD_IMAGE_SPEC,
            SOCIAL_IMAGE_SPEC,
        )
        return related_articles


class ArticlePageAuthor(Orderable):
    """One author of an article, in byline order.

    An orderable link to the person's profile page rather than a plain
    many-to-many, so editors choose the byline order.
    """

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "people.PersonPage", on_delete=models.CASCADE, related_name="authorships"
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["page", "person"], name="unique_author_per_article")
        ]

    def __str__(self):
        return str(self.person)
