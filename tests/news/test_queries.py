"""Query budgets: pages cost a fixed number of queries, however much they show.
(The request's site comes from the cache: `CachedSiteMiddleware`.)

Each test renders a page once to warm up (renditions are generated on first
view, and the site furniture is cached), then counts the queries of a second
render, with 1 and (in a second class) with 10 of everything the page lists.
The content is built once per class (`setUpTestData`): building ~30 images per
test made these tests a large share of the suite's time.
"""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ArticlePageFactory,
    CategoryFactory,
    ImageFactory,
    PersonPageFactory,
    body_json,
)
from tests.utils import SiteTestCase

# An article whose metadata and content are not in the cache (the first view
# after any change: firm_site/templatetags/cache_tags.py), and one whose are.
ARTICLE_PAGE_QUERIES = 9
ARTICLE_PAGE_CACHED_QUERIES = 4
NEWS_INDEX_QUERIES = 9
CATEGORY_PAGE_QUERIES = 8
# The portrait's renditions in a query of their own (Wagtail's rendition cache, which
# used to hide them after a first view, is off: firm_site/settings/base.py).
PROFILE_PAGE_QUERIES = 10
PEOPLE_INDEX_QUERIES = 6
HOME_PAGE_QUERIES = 6
ARCHIVE_PAGE_QUERIES = 8
SEARCH_QUERIES = 7
NEWS_FEED_QUERIES = 6
CATEGORY_FEED_QUERIES = 6
AUTHOR_FEED_QUERIES = 6


class QueryBudgets:
    """The budgets, checked with `COUNT` of everything a page lists (categories, all
    below one parent; authors; body images; related articles): one subclass with
    1 of each, one with 10, each built once for all its tests."""

    COUNT = None

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.objects = cls.build(cls.COUNT)

    @classmethod
    def build(cls, count):
        parent = CategoryFactory(name=f"Parent {count}", slug=f"parent-{count}")
        categories = [
            CategoryFactory(name=f"Child {count}-{n}", slug=f"child-{n}", parent=parent)
            for n in range(count)
        ]
        authors = [PersonPageFactory(parent=cls.tree.people) for _ in range(count)]
        images = [ImageFactory() for _ in range(count)]
        body = body_json(
            *[("image", {"image": image.pk, "alt_text": "Alt", "caption": ""}) for image in images],
            ("paragraph", "<p>Text</p>"),
        )
        article = ArticlePageFactory(
            parent=cls.tree.news, categories=categories, authors=authors, body=body
        )
        for n in range(count):
            ArticlePageFactory(parent=cls.tree.news, categories=categories[n:], authors=authors[n:])
        return article, categories[-1], authors[0]

    def count_queries(self, url):
        self.assertEqual(self.client.get(url).status_code, 200)
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(context.captured_queries)

    def assert_budget(self, url_for, budget):
        self.assertEqual(self.count_queries(url_for(*self.objects)), budget)

    def test_article_page(self):
        with override_settings(PAGE_PART_CACHE_SECONDS=0):
            self.assert_budget(lambda article, *objects: article.url, ARTICLE_PAGE_QUERIES)

    def test_article_page_with_its_parts_cached(self):
        self.assert_budget(lambda article, *objects: article.url, ARTICLE_PAGE_CACHED_QUERIES)

    def test_news_index(self):
        self.assert_budget(lambda *objects: "/news/", NEWS_INDEX_QUERIES)

    def test_category_page(self):
        self.assert_budget(
            lambda article, category, person: f"/news/category/{category.path}/",
            CATEGORY_PAGE_QUERIES,
        )

    def test_profile_page(self):
        self.assert_budget(lambda article, category, person: person.url, PROFILE_PAGE_QUERIES)

    def test_people_index(self):
        self.assert_budget(lambda *objects: "/people/", PEOPLE_INDEX_QUERIES)

    def test_home_page(self):
        self.assert_budget(lambda *objects: "/", HOME_PAGE_QUERIES)

    def test_archive_page(self):
        self.assert_budget(
            lambda article, *objects: f"/news/{article.first_published_at:%Y}/",
            ARCHIVE_PAGE_QUERIES,
        )

    def test_news_feed(self):
        self.assert_budget(lambda *objects: "/news/feed/atom/", NEWS_FEED_QUERIES)

    def test_category_feed(self):
        self.assert_budget(
            lambda article, category, person: f"/news/category/{category.path}/feed/rss/",
            CATEGORY_FEED_QUERIES,
        )

    def test_author_feed(self):
        self.assert_budget(
            lambda article, category, person: f"/news/author/{person.slug}/feed/rss/",
            AUTHOR_FEED_QUERIES,
        )

    def test_search(self):
        # Every author is a "Jane Doe": the people match, and the articles by their authors.
        self.assert_budget(lambda *objects: "/search/?q=jane", SEARCH_QUERIES)


class QueryBudgetWithOneOfEachTests(QueryBudgets, SiteTestCase):
    COUNT = 1


class QueryBudgetWithTenOfEachTests(QueryBudgets, SiteTestCase):
    COUNT = 10
