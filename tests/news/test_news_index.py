"""The News & Blog listing at /news/."""

from datetime import timedelta

from django.utils import timezone

from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory
from tests.utils import SiteTestCase


class NewsIndexTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.category = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.author = PersonPageFactory(parent=cls.tree.people, title="Jane Doe")
        now = timezone.now()
        # 14 articles: day 1 is the newest.
        cls.articles = [
            ArticlePageFactory(
                parent=cls.tree.news,
                title=f"Article {day:02d}",
                excerpt=f"Excerpt {day:02d}",
                categories=[cls.category],
                authors=[cls.author],
                first_published_at=now - timedelta(days=day),
            )
            for day in range(1, 15)
        ]

    def card_titles(self, soup):
        return [a.get_text() for a in soup.select(".card__title a")]

    def test_intro_and_newest_first_twelve_a_page(self):
        soup = self.fetch_soup("/news/")
        self.assertEqual(soup.h1.get_text(), "News & Blog")
        self.assertIn(
            "For the latest industry and case news", soup.select_one(".listing__intro").get_text()
        )
        self.assertEqual(self.card_titles(soup), [f"Article {day:02d}" for day in range(1, 13)])
        self.assertEqual(soup.select_one("a[rel=next]")["href"], "?page=2")

    def test_second_page(self):
        soup = self.fetch_soup("/news/?page=2")
        self.assertEqual(self.card_titles(soup), ["Article 13", "Article 14"])
        self.assertEqual(soup.select_one("a[rel=prev]")["href"], "?")
        self.assertIsNone(soup.select_one("a[rel=next]"))

    def test_bad_page_numbers_are_not_found(self):
        for page in ["0", "3", "abc", "-1", "1.5", "", "99999999999999999999", "%00"]:
            with self.subTest(page=page):
                self.assertEqual(self.client.get("/news/", {"page": page}).status_code, 404)

    def test_card_shows_title_date_author_categories_image_and_excerpt(self):
        soup = self.fetch_soup("/news/")
        card = soup.select_one(".card")
        self.assertEqual(card.select_one(".card__title a")["href"], self.articles[0].url)
        self.assertTrue(card.select_one("time[datetime]"))
        self.assertIn("Jane Doe", card.select_one(".card__authors").get_text())
        self.assertEqual(
            card.select_one(".card__categories a")["href"], "/news/category/child-abuse/"
        )
        self.assertIn("fill-640x360", card.img["src"])
        self.assertEqual(card.img["alt"], "An illustration")
        self.assertEqual(card.select_one(".card__excerpt").get_text(), "Excerpt 01")

    def test_drafts_and_private_articles_are_not_listed(self):
        self.articles[0].unpublish()
        soup = self.fetch_soup("/news/")
        self.assertNotIn("Article 01", self.card_titles(soup))

    def test_home_page_shows_the_latest_articles_and_the_sections(self):
        soup = self.fetch_soup("/")
        # The main heading says what the firm does for whom; its name is in the header.
        self.assertEqual(soup.h1.get_text(), "Solicitors for survivors")
        self.assertIn("Test Firm LLP", soup.header.get_text())
        self.assertEqual(self.card_titles(soup)[:2], ["Article 01", "Article 02"])
        nav_links = [a["href"] for a in soup.select("nav[aria-label=Main] a")]
        self.assertEqual(nav_links, ["/news/", "/people/", "/contact/"])
