"""RSS and Atom feeds of all news, of each category and of each author."""

import html
from datetime import timedelta

import feedparser
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.models import Category
from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory
from tests.utils import SiteTestCase

FORMATS = {"rss": "application/rss+xml", "atom": "application/atom+xml"}


class FeedTestCase(SiteTestCase):
    def parse(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        feed = feedparser.parse(response.content)
        self.assertFalse(feed.bozo, f"{url}: {feed.get('bozo_exception')}")
        return response, feed

    def titles(self, url):
        return [entry.title for entry in self.parse(url)[1].entries]


class NewsFeedTests(FeedTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.category = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.author = PersonPageFactory(parent=cls.tree.people, title="Jane Doe", slug="jane-doe")
        now = timezone.now()
        # 22 articles: "Article 01" is the newest.
        cls.articles = [
            ArticlePageFactory(
                parent=cls.tree.news,
                title=f"Article {day:02d}",
                excerpt=f"Excerpt {day:02d}",
                first_published_at=now - timedelta(days=day),
                categories=[cls.category],
                authors=[cls.author],
            )
            for day in range(1, 23)
        ]

    def test_both_formats_parse_cleanly_with_the_newest_twenty_in_order(self):
        for feed_format, content_type in FORMATS.items():
            with self.subTest(feed_format=feed_format):
                response, feed = self.parse(f"/news/feed/{feed_format}/")
                self.assertTrue(response["Content-Type"].startswith(content_type))
                self.assertEqual(
                    [entry.title for entry in feed.entries],
                    [f"Article {day:02d}" for day in range(1, 21)],
                )
                self.assertEqual(feed.feed.title, "News & Blog | Test Firm LLP")
                self.assertEqual(feed.feed.link, "http://testserver/news/")

    def test_each_item_has_what_a_feed_reader_needs(self):
        for feed_format in FORMATS:
            with self.subTest(feed_format=feed_format):
                entry = self.parse(f"/news/feed/{feed_format}/")[1].entries[0]
                article = self.articles[0]
                self.assertEqual(entry.link, f"http://testserver{article.url}")
                self.assertEqual(entry.id, f"urn:uuid:{article.translation_key}")
                self.assertEqual(entry.summary, "Excerpt 01")
                self.assertEqual(entry.author, "Jane Doe")
                self.assertEqual([tag.term for tag in entry.tags], ["Child Abuse"])
                published = entry.published_parsed
                self.assertEqual(
                    (published.tm_year, published.tm_mon, published.tm_mday),
                    article.first_published_at.utctimetuple()[:3],
                )

    def test_the_id_survives_a_new_title_and_slug(self):
        before = self.parse("/news/feed/atom/")[1].entries[0].id
        article = self.articles[0]
        article.title, article.slug = "Renamed", "renamed"
        article.save()
        entry = self.parse("/news/feed/atom/")[1].entries[0]
        self.assertEqual((entry.title, entry.id), ("Renamed", before))

    def test_only_live_public_articles(self):
        self.articles[0].unpublish()
        PageViewRestriction.objects.create(
            page=self.articles[1], restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        for feed_format in FORMATS:
            with self.subTest(feed_format=feed_format):
                titles = self.titles(f"/news/feed/{feed_format}/")
                self.assertEqual(titles[0], "Article 03")
                self.assertNotIn("Article 01", titles)
                self.assertNotIn("Article 02", titles)

    def test_other_formats_are_not_found(self):
        for url in ["/news/feed/", "/news/feed/json/", "/news/feed/rss/extra/"]:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_pages_announce_their_feeds(self):
        news_feeds = [
            ("application/rss+xml", "/news/feed/rss/"),
            ("application/atom+xml", "/news/feed/atom/"),
        ]
        for url in ["/", "/news/", self.articles[0].url, "/people/"]:
            with self.subTest(url=url):
                soup = self.fetch_soup(url)
                links = [
                    (link["type"], link["href"]) for link in soup.select("head link[rel=alternate]")
                ]
                self.assertEqual(links, news_feeds)


class CategoryFeedTests(FeedTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.parent = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.child = CategoryFactory(name="Grooming Gangs", slug="grooming-gangs", parent=cls.parent)
        cls.other = CategoryFactory(name="Road Accidents", slug="road-accidents")
        ArticlePageFactory(parent=cls.tree.news, title="In parent", categories=[cls.parent])
        ArticlePageFactory(parent=cls.tree.news, title="In child", categories=[cls.child])
        ArticlePageFactory(parent=cls.tree.news, title="Elsewhere", categories=[cls.other])

    def test_a_category_feed_holds_its_articles_and_those_below_it(self):
        for feed_format in FORMATS:
            with self.subTest(feed_format=feed_format):
                response, feed = self.parse(f"/news/category/child-abuse/feed/{feed_format}/")
                self.assertEqual([e.title for e in feed.entries], ["In child", "In parent"])
                self.assertEqual(feed.feed.title, "Child Abuse | News & Blog | Test Firm LLP")
                self.assertEqual(feed.feed.link, "http://testserver/news/category/child-abuse/")
                self.assertEqual(
                    self.titles(f"/news/category/child-abuse/grooming-gangs/feed/{feed_format}/"),
                    ["In child"],
                )

    def test_readers_see_links_to_subscribe(self):
        soup = self.fetch_soup("/news/category/child-abuse/")
        self.assertIn("Get updates", soup.select_one(".subscribe").get_text())
        self.assertEqual(soup.select_one(".subscribe__help")["href"], "/get-updates/")
        links = soup.select(".subscribe a.subscribe__link")
        self.assertEqual(
            [(a.get_text(" ", strip=True), a["href"]) for a in links],
            [
                ("RSS feed of Child Abuse", "/news/category/child-abuse/feed/rss/"),
                ("Atom feed of Child Abuse", "/news/category/child-abuse/feed/atom/"),
            ],
        )
        soup = self.fetch_soup("/news/")
        self.assertEqual(
            [a["href"] for a in soup.select(".subscribe a.subscribe__link")],
            ["/news/feed/rss/", "/news/feed/atom/"],
        )

    def test_unknown_category_feed_is_not_found(self):
        self.assertEqual(self.client.get("/news/category/nope/feed/rss/").status_code, 404)

    def test_category_page_announces_its_feeds_and_all_news(self):
        soup = self.fetch_soup("/news/category/child-abuse/grooming-gangs/")
        links = [(link["title"], link["href"]) for link in soup.select("link[rel=alternate]")]
        self.assertEqual(
            links,
            [
                (
                    "Child Abuse – Grooming Gangs (RSS)",
                    "/news/category/child-abuse/grooming-gangs/feed/rss/",
                ),
                (
                    "Child Abuse – Grooming Gangs (Atom)",
                    "/news/category/child-abuse/grooming-gangs/feed/atom/",
                ),
                ("News & Blog (RSS)", "/news/feed/rss/"),
                ("News & Blog (Atom)", "/news/feed/atom/"),
            ],
        )

    def test_a_category_slugged_feed_keeps_its_page_and_its_own_feed(self):
        feed_category = CategoryFactory(name="Feed", slug="feed")
        rss_child = CategoryFactory(name="RSS", slug="rss", parent=feed_category)
        ArticlePageFactory(parent=self.tree.news, title="About feeds", categories=[feed_category])
        ArticlePageFactory(parent=self.tree.news, title="About RSS", categories=[rss_child])
        soup = self.fetch_soup("/news/category/feed/")
        self.assertEqual(soup.h1.get_text(), "Feed")
        soup = self.fetch_soup("/news/category/feed/rss/")
        self.assertEqual(soup.h1.get_text(), "Feed – RSS")
        self.assertEqual(self.titles("/news/category/feed/feed/rss/"), ["About RSS", "About feeds"])
        self.assertEqual(self.titles("/news/category/feed/rss/feed/atom/"), ["About RSS"])

    def test_a_category_whose_address_would_be_a_feed_is_refused(self):
        feed_category = CategoryFactory(name="Feed", slug="feed", parent=self.parent)
        for slug in ["rss", "atom"]:
            with self.subTest(slug=slug):
                category = Category(name=slug.upper(), slug=slug, parent=feed_category)
                with self.assertRaises(ValidationError) as caught:
                    category.full_clean()
                self.assertIn("slug", caught.exception.message_dict)


class AuthorFeedTests(FeedTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.jane = PersonPageFactory(parent=cls.tree.people, title="Jane Doe", slug="jane-doe")
        cls.sam = PersonPageFactory(parent=cls.tree.people, title="Sam Roe", slug="sam-roe")
        ArticlePageFactory(parent=cls.tree.news, title="By Jane", authors=[cls.jane])
        ArticlePageFactory(parent=cls.tree.news, title="By both", authors=[cls.sam, cls.jane])
        ArticlePageFactory(parent=cls.tree.news, title="By Sam", authors=[cls.sam])

    def test_an_author_feed_holds_their_articles(self):
        for feed_format in FORMATS:
            with self.subTest(feed_format=feed_format):
                response, feed = self.parse(f"/news/author/jane-doe/feed/{feed_format}/")
                self.assertEqual([e.title for e in feed.entries], ["By both", "By Jane"])
                self.assertEqual(feed.feed.title, "Articles by Jane Doe | Test Firm LLP")
                self.assertEqual(feed.entries[0].author, "Sam Roe, Jane Doe")

    def test_profile_announces_the_authors_feeds(self):
        soup = self.fetch_soup("/people/jane-doe/")
        hrefs = [link["href"] for link in soup.select("link[rel=alternate]")]
        author_feeds = ["/news/author/jane-doe/feed/rss/", "/news/author/jane-doe/feed/atom/"]
        self.assertEqual(hrefs[:2], author_feeds)
        self.assertEqual(
            [a["href"] for a in soup.select(".subscribe a.subscribe__link")], author_feeds
        )
        # The profile itself still works as before.
        self.assertEqual(soup.h1.get_text(), "Jane Doe")

    def test_unpublished_authors_have_no_feed(self):
        self.jane.unpublish()
        self.assertEqual(self.client.get("/news/author/jane-doe/feed/rss/").status_code, 404)
        self.assertEqual(self.client.get("/news/author/sam-roe/feed/json/").status_code, 404)
        self.assertEqual(self.client.get("/news/author/nobody/feed/rss/").status_code, 404)


class AwkwardFeedTextTests(FeedTestCase):
    def test_markup_in_an_excerpt_is_text_in_the_feed(self):
        ArticlePageFactory(parent=self.tree.news, title="T", excerpt='<script>x</script> & "y" – é')
        for feed_format in FORMATS:
            with self.subTest(feed_format=feed_format):
                entry = self.parse(f"/news/feed/{feed_format}/")[1].entries[0]
                # The summary is HTML: shown to a reader, it reads as the excerpt did.
                self.assertNotIn("<script>", entry.summary)
                self.assertEqual(html.unescape(entry.summary), '<script>x</script> & "y" – é')
