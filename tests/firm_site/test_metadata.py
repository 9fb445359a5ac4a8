"""Every page's <head>: description, canonical address, OpenGraph and Twitter card."""

from datetime import UTC, datetime

import factory

from tests.factories import ArticlePageFactory, CategoryFactory, ImageFactory, PersonPageFactory
from tests.utils import SiteTestCase


class LargeImageFactory(ImageFactory):
    file = factory.django.ImageField(width=1600, height=900, color="#8c1d40")


class MetadataTestCase(SiteTestCase):
    def head(self, url, status=200):
        soup = self.fetch_soup(url, status=status)
        return soup.head

    def meta(self, head):
        """{property or name: [content, ...]} for every <meta> with content."""
        found = {}
        for tag in head.find_all("meta"):
            key = tag.get("property") or tag.get("name")
            if key and tag.has_attr("content"):
                found.setdefault(key, []).append(tag["content"])
        return found

    def one(self, head, key):
        values = self.meta(head).get(key, [])
        self.assertEqual(len(values), 1, f"{key}: {values}")
        return values[0]

    def canonical(self, head):
        links = head.select("link[rel=canonical]")
        self.assertEqual(len(links), 1)
        return links[0]["href"]


class ArticleMetadataTests(MetadataTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.parent = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.category = CategoryFactory(
            name="Grooming Gangs", slug="grooming-gangs", parent=cls.parent
        )
        cls.jane = PersonPageFactory(parent=cls.tree.people, title="Jane Doe", slug="jane-doe")
        cls.sam = PersonPageFactory(parent=cls.tree.people, title="Sam Roe", slug="sam-roe")
        cls.article = ArticlePageFactory(
            parent=cls.tree.news,
            title="What survivors should know",
            slug="what-survivors-should-know",
            excerpt="A guide for survivors\nof abuse.",
            listing_image=LargeImageFactory(),
            listing_image_alt="A path through woods",
            first_published_at=datetime(2026, 3, 4, 10, 0, tzinfo=UTC),
            last_published_at=datetime(2026, 3, 6, 12, 30, tzinfo=UTC),
            categories=[cls.category],
            authors=[cls.jane, cls.sam],
        )

    def test_title_description_and_canonical_address(self):
        head = self.head(self.article.url + "?utm_source=x")
        self.assertEqual(head.title.get_text(), "What survivors should know | Test Firm LLP")
        self.assertEqual(self.one(head, "description"), "A guide for survivors of abuse.")
        url = "http://testserver/news/what-survivors-should-know/"
        self.assertEqual(self.canonical(head), url)
        self.assertEqual(self.one(head, "og:url"), url)
        self.assertEqual(self.one(head, "og:title"), "What survivors should know")
        self.assertEqual(self.one(head, "og:description"), "A guide for survivors of abuse.")
        self.assertEqual(self.one(head, "og:site_name"), "Test Firm LLP")

    def test_the_search_description_wins_over_the_excerpt(self):
        self.article.search_description = "Written for search engines."
        self.article.save()
        head = self.head(self.article.url)
        self.assertEqual(self.one(head, "description"), "Written for search engines.")
        self.assertEqual(self.one(head, "og:description"), "Written for search engines.")

    def test_opengraph_article_properties(self):
        head = self.head(self.article.url)
        self.assertEqual(self.one(head, "og:type"), "article")
        self.assertEqual(self.one(head, "article:published_time"), "2026-03-04T10:00:00+00:00")
        self.assertEqual(self.one(head, "article:modified_time"), "2026-03-06T12:30:00+00:00")
        self.assertEqual(
            self.meta(head)["article:author"],
            ["http://testserver/people/jane-doe/", "http://testserver/people/sam-roe/"],
        )
        self.assertEqual(self.one(head, "article:section"), "Child Abuse – Grooming Gangs")

    def test_the_teaser_image_is_shared_at_1200_by_630(self):
        head = self.head(self.article.url)
        image_url = self.one(head, "og:image")
        self.assertTrue(image_url.startswith("http://testserver/"), image_url)
        self.assertIn("fill-1200x630", image_url)
        self.assertEqual(self.one(head, "og:image:width"), "1200")
        self.assertEqual(self.one(head, "og:image:height"), "630")
        self.assertEqual(self.one(head, "og:image:alt"), "A path through woods")
        self.assertEqual(self.one(head, "twitter:card"), "summary_large_image")

    def test_a_social_image_of_its_own_wins_over_the_teaser(self):
        self.article.social_image = LargeImageFactory(description="The firm's office")
        self.article.save()
        head = self.head(self.article.url)
        rendition = self.article.social_image.get_rendition("fill-1200x630")
        self.assertEqual(self.one(head, "og:image"), f"http://testserver{rendition.url}")
        self.assertEqual(self.one(head, "og:image:alt"), "The firm's office")

    def test_without_an_image_the_card_is_a_summary(self):
        self.article.listing_image = None
        self.article.save()
        head = self.head(self.article.url)
        self.assertNotIn("og:image", self.meta(head))
        self.assertEqual(self.one(head, "twitter:card"), "summary")


class ListingMetadataTests(MetadataTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.category = CategoryFactory(
            name="Child Abuse", slug="child-abuse", description="Articles about child abuse claims."
        )
        cls.person = PersonPageFactory(
            parent=cls.tree.people,
            title="Jane Doe",
            slug="jane-doe",
            short_bio="Jane acts for survivors.",
        )
        for day in range(1, 15):
            ArticlePageFactory(
                parent=cls.tree.news,
                categories=[cls.category],
                authors=[cls.person],
                first_published_at=datetime(2026, 2, day, tzinfo=UTC),
            )

    def test_listing_pages_after_the_first_are_canonical_with_their_number(self):
        for url in ["/news/", "/news/category/child-abuse/", "/people/jane-doe/", "/news/2026/02/"]:
            with self.subTest(url=url):
                self.assertEqual(self.canonical(self.head(url)), f"http://testserver{url}")
                self.assertEqual(
                    self.canonical(self.head(f"{url}?page=2&utm_source=x")),
                    f"http://testserver{url}?page=2",
                )
                self.assertEqual(
                    self.canonical(self.head(f"{url}?page=1")), f"http://testserver{url}"
                )

    def test_home_page(self):
        head = self.head("/")
        self.assertEqual(self.one(head, "og:title"), "Test Firm LLP | Solicitors for survivors")
        self.assertEqual(head.title.get_text(), "Test Firm LLP | Solicitors for survivors")
        self.assertEqual(self.one(head, "description"), "Solicitors for survivors")
        self.assertEqual(self.one(head, "og:type"), "website")
        self.assertEqual(self.canonical(head), "http://testserver/")

    def test_news_index(self):
        head = self.head("/news/")
        self.assertEqual(self.one(head, "og:title"), "News & Blog")
        self.assertEqual(self.one(head, "description"), "For the latest industry and case news")

    def test_category_page_describes_the_category(self):
        head = self.head("/news/category/child-abuse/")
        self.assertEqual(head.title.get_text(), "Child Abuse | News & Blog | Test Firm LLP")
        self.assertEqual(self.one(head, "og:title"), "Child Abuse")
        self.assertEqual(self.one(head, "description"), "Articles about child abuse claims.")
        self.assertEqual(self.one(head, "og:type"), "website")

    def test_archive_page(self):
        head = self.head("/news/2026/02/")
        self.assertEqual(self.one(head, "og:title"), "Articles from February 2026")
        self.assertEqual(
            head.title.get_text(), "Articles from February 2026 | News & Blog | Test Firm LLP"
        )

    def test_pages_that_are_not_pages_of_the_site_have_a_title_and_nothing_to_index(self):
        for url, status, title in [
            ("/no-such-page/", 404, "Page not found | Test Firm LLP"),
            ("/search/?q=survivors", 200, "Search results for “survivors” | Test Firm LLP"),
        ]:
            with self.subTest(url=url):
                head = self.fetch_soup(url, status=status).head
                self.assertEqual(head.title.get_text(), title)
                self.assertIsNone(head.select_one("link[rel=canonical]"))
                self.assertIsNone(head.select_one("meta[property='og:title']"))

    def test_profile(self):
        head = self.head("/people/jane-doe/")
        self.assertEqual(self.one(head, "og:type"), "profile")
        self.assertEqual(self.one(head, "og:title"), "Jane Doe")
        self.assertEqual(self.one(head, "description"), "Jane acts for survivors.")
        self.assertEqual(self.one(head, "profile:first_name"), "Jane")
        self.assertEqual(self.one(head, "profile:last_name"), "Doe")

    def test_a_page_with_its_own_social_image(self):
        self.tree.home.social_image = LargeImageFactory(description="Our office")
        self.tree.home.save()
        head = self.head("/")
        self.assertIn("fill-1200x630", self.one(head, "og:image"))
        self.assertEqual(self.one(head, "og:image:alt"), "Our office")
        self.assertEqual(self.one(head, "twitter:card"), "summary_large_image")

    def test_every_page_has_a_title_a_canonical_address_and_at_most_one_description(self):
        for url in [
            "/",
            "/news/",
            "/people/",
            "/privacy-notice/",
            "/complaints/",
            "/people/jane-doe/",
        ]:
            with self.subTest(url=url):
                head = self.head(url)
                self.assertTrue(head.title.get_text().strip())
                self.assertLessEqual(len(head.select("meta[name=description]")), 1)
                self.canonical(head)
                self.assertEqual(len(head.select("meta[name='twitter:card']")), 1)

    def test_search_results_have_no_canonical_address(self):
        head = self.head("/search/?q=abuse")
        self.assertEqual(head.select("link[rel=canonical]"), [])


class FirmShareImageTests(MetadataTestCase):
    def image_of(self, url):
        head = self.head(url)
        tag = head.find("meta", property="og:image")
        return tag["content"] if tag else None

    def test_home_listings_and_profiles_use_the_firms_image_then_its_logo(self):
        from firm_site.base.models import FirmSettings

        PersonPageFactory(parent=self.tree.people, title="Jane Doe", slug="jane-doe")
        category = CategoryFactory(name="Child Abuse", slug="child-abuse")
        ArticlePageFactory(parent=self.tree.news, categories=[category])
        urls = ["/", "/news/", "/news/category/child-abuse/", "/people/", "/people/jane-doe/"]
        for url in urls:
            self.assertIsNone(self.image_of(url), url)  # nothing to show yet
        firm = FirmSettings.objects.get()
        firm.logo = LargeImageFactory(title="Logo")
        firm.save()
        for url in urls:
            with self.subTest(url=url, image="logo"):
                image = self.image_of(url)
                self.assertTrue(image.startswith("http://testserver/"), image)
                self.assertIn("fill-1200x630", image)
        firm.social_image = LargeImageFactory(title="Office", description="Our office")
        firm.save()
        for url in urls:
            with self.subTest(url=url, image="social"):
                head = self.head(url)
                self.assertEqual(
                    head.find("meta", property="og:image:alt")["content"], "Our office"
                )
        # A standard page is not the firm's: it keeps no image rather than the firm's.
        self.assertIsNone(self.image_of("/privacy-notice/"))
