"""
`manage.py generate_articles N`: add N published articles, spread over the
category tree, the authors and the past years, to see how the site copes with
a large archive (bench/scale.py measures it).

For benchmarks and trying things out, never for a real site: the articles are
fictional filler. They are written in bulk (page rows with their tree paths
worked out here, no revisions, search index entries added in batches), so
10,000 take a minute or so rather than an hour. Needs the News & Blog page,
categories and published profiles (`manage.py load_demo_content`).
"""

import json
import random
import uuid
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends

from news.models import (
    ArticlePage,
    ArticlePageAuthor,
    Category,
    NewsIndexPage,
    reading_time_minutes,
    search_indexing_deferred,
)
from people.models import PersonPage

BATCH = 500

SUBJECTS = [
    "Limitation periods",
    "Interim payments",
    "Expert evidence",
    "Disclosure of records",
    "Settlement offers",
    "Costs budgeting",
    "Anonymity orders",
    "Inquest representation",
    "Criminal injuries compensation",
    "Vicarious liability",
    "Duty of candour",
    "Periodical payments",
    "Rehabilitation funding",
    "Part 36 offers",
    "Court of Appeal guidance",
]
ANGLES = [
    "what claimants need to know",
    "a practical guide",
    "five questions answered",
    "after the latest judgment",
    "what changes this year",
    "common mistakes to avoid",
    "how long it takes",
    "a reader's question",
    "the firm's view",
    "explained in plain English",
]
SENTENCES = [
    "The court looked closely at the evidence from both sides before reaching its decision.",
    "Anyone thinking about a claim should take advice early, while records are still kept.",
    "Time limits can often be extended, but only for good reasons that the court accepts.",
    "Our team works on a no win, no fee basis for most claims of this kind.",
    "Medical records are usually the starting point for any assessment of what went wrong.",
    "A defendant's insurer will often make an early offer that undervalues the claim.",
    "Survivors do not have to face the person who harmed them in a civil court.",
    "The judgment sets out how future cases should approach the same question.",
    "Compensation is meant to put a person back where they would have been.",
    "Rehabilitation can begin before the claim is settled if both sides agree.",
    "The guidance is not binding, but courts are likely to follow it closely.",
    "We have summarised the main points below, in our own words.",
]


class Command(BaseCommand):
    help = "Add N published articles across the category tree and authors (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many articles to add")
        parser.add_argument("--seed", type=int, default=11, help="Random seed (repeatable runs)")

    def handle(self, *args, count, seed, **options):
        if count < 1:
            raise CommandError("Give a positive number of articles.")
        news_index = NewsIndexPage.objects.first()
        categories = list(Category.objects.all())
        authors = list(PersonPage.objects.live())
        if not (news_index and categories and authors):
            raise CommandError("No News & Blog, categories or people: run load_demo_content first.")
        teasers = list(
            get_image_model()
            .objects.filter(title__startswith="Teaser:")
            .values_list("pk", flat=True)
        )
        rng = random.Random(seed)  # noqa: S311 (filler text, not secrets)
        token = search_indexing_deferred.set(True)
        try:
            for start in range(0, count, BATCH):
                with transaction.atomic():
                    pks = self.add_batch(
                        news_index, min(BATCH, count - start), categories, authors, teasers, rng
                    )
                self.index(pks)
                self.stdout.write(f"{start + len(pks)} of {count}")
        finally:
            search_indexing_deferred.reset(token)
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would gather a little later: planned on
            # the empty tables' figures, a listing's count took 87 s instead of 40 ms.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"Added {count} articles."))

    def add_batch(self, news_index, size, categories, authors, teasers, rng):
        # Locked and read again: the tree paths of new children follow the last one.
        news_index = Page.objects.select_for_update().get(pk=news_index.pk)
        last_child = news_index.get_last_child()
        position = last_child._get_lastpos_in_path() if last_child else 0
        content_type = ContentType.objects.get_for_model(ArticlePage)
        locale_id = news_index.locale_id or Locale.get_default().pk
        now = timezone.now()
        pages = []
        for _ in range(size):
            position += 1
            title = f"{rng.choice(SUBJECTS)}: {rng.choice(ANGLES)}"
            slug = f"{slugify(title)[:60]}-{position}"
            published = now - timedelta(minutes=rng.randrange(60, 60 * 24 * 365 * 8))
            paragraphs = [
                " ".join(rng.choice(SENTENCES) for _ in range(rng.randrange(3, 8)))
                for _ in range(rng.randrange(4, 20))
            ]
            body = [
                {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
                for text in paragraphs
            ]
            excerpt = rng.choice(SENTENCES)
            pages.append(
                ArticlePage(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=Page._get_path(news_index.path, news_index.depth + 1, position),
                    depth=news_index.depth + 1,
                    numchild=0,
                    url_path=f"{news_index.url_path}{slug}/",
                    content_type=content_type,
                    locale_id=locale_id,
                    translation_key=uuid.uuid4(),
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    latest_revision_created_at=published,
                    excerpt=excerpt,
                    body=json.dumps(body),
                    listing_image_id=rng.choice(teasers) if teasers else None,
                    reading_time_minutes=reading_time_minutes(excerpt, body),
                )
            )
        # Django cannot bulk-insert a model with a parent table: the Page rows
        # go in one statement, then each article's own row alone (`raw` saves
        # only the child table).
        page_rows = Page.objects.bulk_create(
            [
                Page(
                    **{
                        f.attname: getattr(p, f.attname)
                        for f in Page._meta.concrete_fields
                        if f.attname != "id"
                    }
                )
                for p in pages
            ]
        )
        for article, row in zip(pages, page_rows, strict=True):
            article.pk = article.page_ptr_id = article.id = row.pk
            article.save_base(raw=True, force_insert=True)
        links, bylines = [], []
        for article in pages:
            for category in rng.sample(categories, min(len(categories), rng.choice([1, 1, 1, 2]))):
                links.append(
                    ArticlePage.categories.through(articlepage_id=article.pk, category=category)
                )
            for order, person in enumerate(
                rng.sample(authors, min(len(authors), rng.choice([1, 1, 2])))
            ):
                bylines.append(
                    ArticlePageAuthor(page_id=article.pk, person=person, sort_order=order)
                )
        ArticlePage.categories.through.objects.bulk_create(links)
        ArticlePageAuthor.objects.bulk_create(bylines)
        Page.objects.filter(pk=news_index.pk).update(numchild=news_index.numchild + size)
        return [article.pk for article in pages]

    def index(self, pks):
        articles = list(
            ArticlePage.objects.filter(pk__in=pks).prefetch_related("categories", "authors__person")
        )
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(ArticlePage, articles)
