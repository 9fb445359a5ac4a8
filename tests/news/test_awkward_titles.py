"""An article whose title is full of markup characters and non-ASCII reads the
same everywhere it goes: the page, listings, search, feeds, JSON-LD and share links."""

from urllib.parse import parse_qs, urlsplit

import extruct
import feedparser

from tests.factories import ArticlePageFactory, PersonPageFactory
from tests.utils import SiteTestCase

TITLE = 'Tom & Jerry\'s "day" in <court> – café № 1 </script>'
EXCERPT = 'Costs & damages: "<b>not</b> bold" – naïve'


class AwkwardTitleTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        author = PersonPageFactory(parent=cls.tree.people, title="Zoë O'Brien-Łukasz")
        cls.article = ArticlePageFactory(
            parent=cls.tree.news,
            title=TITLE,
            slug="tom-and-jerry",
            excerpt=EXCERPT,
            authors=[author],
        )

    def test_the_article_page(self):
        response = self.client.get(self.article.url)
        self.assertNotContains(response, "<court>")
        self.assertNotContains(response, "<b>not</b>")
        soup = self.fetch_soup(self.article.url)
        self.assertEqual(soup.h1.get_text(), TITLE)
        self.assertEqual(soup.title.get_text(), f"{TITLE} | Test Firm LLP")
        self.assertEqual(soup.select_one("meta[property='og:title']")["content"], TITLE)
        self.assertEqual(soup.select_one("meta[name=description]")["content"], EXCERPT)
        self.assertEqual(soup.select_one(".article__excerpt").get_text(), EXCERPT)

    def test_listings_and_search(self):
        soup = self.fetch_soup("/news/")
        self.assertEqual(soup.select_one(".card__title a").get_text(), TITLE)
        soup = self.fetch_soup("/search/", data={"q": "Jerry café"})
        result = soup.select_one(".search__articles .search-result")
        self.assertEqual(result.select_one(".search-result__title").get_text(), TITLE)
        self.assertEqual([mark.get_text() for mark in result.select("mark")], ["Jerry", "café"])
        self.assertEqual(result.select_one(".search-result__excerpt").get_text(), EXCERPT)

    def test_feeds(self):
        for feed_format in ["rss", "atom"]:
            with self.subTest(feed_format=feed_format):
                feed = feedparser.parse(self.client.get(f"/news/feed/{feed_format}/").content)
                self.assertFalse(feed.bozo)
                entry = feed.entries[0]
                self.assertEqual(entry.title, TITLE)
                self.assertEqual(entry.author, "Zoë O'Brien-Łukasz")

    def test_json_ld(self):
        html = self.client.get(self.article.url).content.decode()
        items = {
            item["@type"]: item for item in extruct.extract(html, syntaxes=["json-ld"])["json-ld"]
        }
        self.assertEqual(items["NewsArticle"]["headline"], TITLE)
        self.assertEqual(items["NewsArticle"]["description"], EXCERPT)
        self.assertEqual(items["NewsArticle"]["author"][0]["name"], "Zoë O'Brien-Łukasz")
        self.assertEqual(items["BreadcrumbList"]["itemListElement"][-1]["name"], TITLE)

    def test_share_links(self):
        soup = self.fetch_soup(self.article.url)
        links = {a.get_text(): a["href"] for a in soup.select("a.share__link")}
        x = parse_qs(urlsplit(links["Share on X"]).query)
        self.assertEqual(x["text"], [TITLE])
        email = parse_qs(urlsplit(links["Share by email"]).query)
        self.assertEqual(email["subject"], [TITLE])
