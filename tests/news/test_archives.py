"""Date archives at /news/<year>/ and /news/<year>/<month>/, and reading times."""

from datetime import UTC, datetime

from news.models import ArticlePage, reading_time_minutes
from tests.factories import ArticlePageFactory, body_json
from tests.utils import SiteTestCase


class ArchiveTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()

        def article(title, when):
            return ArticlePageFactory(parent=cls.tree.news, title=title, first_published_at=when)

        # 23:30 UTC on 30 June 2026 is 00:30 on 1 July in London: July's.
        cls.july = article("Just after midnight", datetime(2026, 6, 30, 23, 30, tzinfo=UTC))
        cls.june = article("Late June", datetime(2026, 6, 30, 22, 30, tzinfo=UTC))
        # 23:30 UTC on 31 December is still 31 December in London (GMT).
        cls.december = article("New Year's Eve", datetime(2025, 12, 31, 23, 30, tzinfo=UTC))
        cls.march = article("Spring", datetime(2026, 3, 10, 9, 0, tzinfo=UTC))

    def card_titles(self, soup):
        return [a.get_text() for a in soup.select(".card__title a")]

    def test_a_year_lists_its_articles_and_links_its_months(self):
        soup = self.fetch_soup("/news/2026/")
        self.assertEqual(soup.h1.get_text(), "Articles from 2026")
        self.assertEqual(self.card_titles(soup), ["Just after midnight", "Late June", "Spring"])
        months = soup.select("nav[aria-label='Months of 2026'] a")
        self.assertEqual(
            [(a.get_text(), a["href"]) for a in months],
            [("March", "/news/2026/03/"), ("June", "/news/2026/06/"), ("July", "/news/2026/07/")],
        )
        self.assertEqual(self.card_titles(self.fetch_soup("/news/2025/")), ["New Year's Eve"])

    def test_a_month_follows_london_time(self):
        self.assertEqual(
            self.card_titles(self.fetch_soup("/news/2026/07/")), ["Just after midnight"]
        )
        self.assertEqual(self.card_titles(self.fetch_soup("/news/2026/06/")), ["Late June"])
        soup = self.fetch_soup("/news/2025/12/")
        self.assertEqual(self.card_titles(soup), ["New Year's Eve"])
        self.assertEqual(soup.h1.get_text(), "Articles from December 2025")
        crumbs = [a["href"] for a in soup.select(".breadcrumbs a")]
        self.assertEqual(crumbs, ["/news/", "/news/2025/"])

    def test_empty_and_impossible_periods_are_not_found(self):
        for url in [
            "/news/2024/",
            "/news/2026/01/",
            "/news/2026/13/",
            "/news/2026/00/",
            "/news/0000/",
            "/news/9999/",
            "/news/9999/12/",
            "/news/2026/7/",
            "/news/2026/07/01/",
            "/news/20266/",
        ]:
            with self.subTest(url=url):
                self.fetch_soup(url, status=404)

    def test_archives_hold_only_live_articles_and_paginate(self):
        self.june.unpublish()
        self.fetch_soup("/news/2026/06/", status=404)
        for day in range(1, 14):
            ArticlePageFactory(
                parent=self.tree.news, first_published_at=datetime(2024, 5, day, tzinfo=UTC)
            )
        soup = self.fetch_soup("/news/2024/05/")
        self.assertEqual(len(self.card_titles(soup)), 12)
        self.assertEqual(soup.select_one("a[rel=next]")["href"], "?page=2")
        self.assertEqual(len(self.card_titles(self.fetch_soup("/news/2024/05/?page=2"))), 1)
        self.fetch_soup("/news/2024/05/?page=3", status=404)

    def test_news_index_links_each_year_with_articles(self):
        soup = self.fetch_soup("/news/")
        years = soup.select("nav[aria-label=Archive] a")
        self.assertEqual(
            [(a.get_text(), a["href"]) for a in years],
            [("2026", "/news/2026/"), ("2025", "/news/2025/")],
        )


class ReadingTimeTests(SiteTestCase):
    def test_counts_the_words_a_reader_reads(self):
        words = " ".join(["word"] * 390)
        article = ArticlePageFactory(
            parent=self.tree.news,
            excerpt="Ten words " * 5,
            body=body_json(
                ("paragraph", f"<p>{words}</p>"),
                ("heading", {"text": "A heading of five words", "level": "h2"}),
                ("quote", {"quote": "five words in this quote", "attribution": "", "source": ""}),
            ),
        )
        # 10 + 390 + 5 + 5 = 410 words: three minutes at 200 a minute, rounded up.
        self.assertEqual(article.reading_time_minutes, 3)
        self.assertEqual(reading_time_minutes("", []), 1)

    def test_shown_on_cards_and_the_article(self):
        article = ArticlePageFactory(
            parent=self.tree.news,
            body=body_json(("paragraph", "<p>" + "word " * 450 + "</p>")),
        )
        soup = self.fetch_soup("/news/")
        self.assertEqual(soup.select_one(".card__reading-time").get_text(), "3 min read")
        soup = self.fetch_soup(article.url)
        self.assertEqual(soup.select_one(".article__reading-time").get_text(), "3 min read")

    def test_updated_when_a_new_revision_is_published(self):
        article = ArticlePageFactory(parent=self.tree.news)
        self.assertEqual(article.reading_time_minutes, 1)
        article.body = body_json(("paragraph", "<p>" + "word " * 1000 + "</p>"))
        article.save_revision().publish()
        self.assertEqual(ArticlePage.objects.get(pk=article.pk).reading_time_minutes, 6)
