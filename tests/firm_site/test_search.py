"""Site search at /search/: what it finds, what it leaves out, and what it survives."""

from datetime import timedelta
from unittest import mock, skipUnless

from django.db import connection
from django.test import SimpleTestCase
from django.utils import timezone
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from firm_site.templatetags.search_tags import highlight
from firm_site.views import MAX_QUERY_LENGTH
from news.models import ArticlePage, ArticlePageAuthor
from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory, body_json
from tests.utils import SiteTestCase

HOSTILE_QUERIES = [
    '"',
    "'",
    '"unbalanced quote',
    "%",
    "100%",
    "_",
    "\\",
    "\x00",
    "abuse\x00claims",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "&",
    "!",
    "a & b | !c",
    "(",
    ":*",
    "abuse:*",
    "*",
    "-",
    "NOT AND OR",
    "title:abuse",
    "\u202e\u200b",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🦄",
    "x" * 10_000,
    "word " * 500,
]


class SearchTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.historic = CategoryFactory(name="Historic Abuse", slug="historic-abuse")
        cls.jane = PersonPageFactory(
            parent=cls.tree.people,
            title="Jane Quillfeather",
            slug="jane-quillfeather",
            job_title="Associate Solicitor",
            short_bio="Jane acts for survivors of historic abuse.",
        )
        cls.by_title = ArticlePageFactory(
            parent=cls.tree.news,
            title="Compensation for survivors",
            slug="compensation-for-survivors",
            excerpt="What a claim involves.",
        )
        cls.by_excerpt = ArticlePageFactory(
            parent=cls.tree.news,
            title="A guide to limitation",
            slug="limitation",
            excerpt="Deadlines for bringing a negligence claim.",
        )
        cls.by_body = ArticlePageFactory(
            parent=cls.tree.news,
            title="Inquiry update",
            slug="inquiry-update",
            body=body_json(("paragraph", "<p>The inquiry heard from the ombudsperson.</p>")),
        )
        cls.by_category = ArticlePageFactory(
            parent=cls.tree.news, title="Court news", slug="court-news", categories=[cls.historic]
        )
        cls.by_author = ArticlePageFactory(
            parent=cls.tree.news, title="Our view", slug="our-view", authors=[cls.jane]
        )

    def result_titles(self, query, **params):
        soup = self.fetch_soup("/search/", data={"q": query, **params})
        return [a.get_text() for a in soup.select(".search__articles .search-result__title a")]

    def person_results(self, query):
        soup = self.fetch_soup("/search/", data={"q": query})
        return [a.get_text() for a in soup.select(".search__people .search-result__title a")]

    def test_finds_articles_by_title_excerpt_body_category_and_author(self):
        self.assertEqual(self.result_titles("compensation"), ["Compensation for survivors"])
        self.assertEqual(self.result_titles("negligence"), ["A guide to limitation"])
        self.assertEqual(self.result_titles("ombudsperson"), ["Inquiry update"])
        self.assertEqual(self.result_titles("historic abuse"), ["Court news"])
        self.assertEqual(self.result_titles("Quillfeather"), ["Our view"])

    def test_finds_people_by_name_and_role(self):
        self.assertEqual(self.person_results("Quillfeather"), ["Jane Quillfeather"])
        self.assertEqual(self.person_results("associate solicitor"), ["Jane Quillfeather"])
        soup = self.fetch_soup("/search/?q=Quillfeather")
        self.assertEqual(soup.select_one(".search__people a")["href"], "/people/jane-quillfeather/")

    def test_a_result_shows_its_title_date_authors_and_excerpt(self):
        soup = self.fetch_soup("/search/?q=Quillfeather")
        result = soup.select_one(".search__articles .search-result")
        self.assertEqual(result.select_one("a")["href"], "/news/our-view/")
        self.assertTrue(result.select_one("time[datetime]"))
        self.assertIn("by Jane Quillfeather", result.get_text(" ", strip=True))
        self.assertEqual(
            result.select_one(".search-result__excerpt").get_text(),
            "A short summary of the article.",
        )

    def test_the_backend_follows_the_database(self):
        backend = get_search_backend()
        if connection.vendor == "postgresql":
            self.assertIsInstance(backend, PostgresSearchBackend)
        else:
            self.assertNotIsInstance(backend, PostgresSearchBackend)

    @skipUnless(connection.vendor == "postgresql", "SQLite's full-text search does not stem")
    def test_words_match_their_other_forms(self):
        # English stemming: "survivor" finds "survivors" and "claims" finds "claim".
        self.assertEqual(self.result_titles("survivor"), ["Compensation for survivors"])
        self.assertEqual(
            self.result_titles("claims"), ["A guide to limitation", "Compensation for survivors"]
        )

    def test_searched_words_are_marked(self):
        soup = self.fetch_soup("/search/?q=compensation")
        marks = soup.select(".search__articles .search-result__title mark")
        self.assertEqual([mark.get_text() for mark in marks], ["Compensation"])

    def test_leaves_out_drafts_private_articles_and_other_pages(self):
        self.by_title.unpublish()
        PageViewRestriction.objects.create(
            page=self.by_excerpt, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        self.assertEqual(self.result_titles("compensation"), [])
        self.assertEqual(self.result_titles("negligence"), [])
        # The complaints page mentions the Legal Ombudsman; only articles and people are searched.
        self.assertEqual(self.result_titles("ombudsman"), [])
        self.jane.unpublish()
        self.assertEqual(self.person_results("Quillfeather"), [])

    def test_an_article_is_found_by_its_authors_name_as_soon_as_it_is_published(self):
        # The editor's path: authors set in memory, one save, no second save to catch up.
        author = PersonPageFactory(parent=self.tree.people, title="Priya Larkspur")
        article = ArticlePage(
            title="Fresh news", slug="fresh-news", excerpt="New.", body=body_json()
        )
        article.authors = [ArticlePageAuthor(person=author, sort_order=0)]
        self.tree.news.add_child(instance=article)
        self.assertEqual(self.result_titles("Larkspur"), ["Fresh news"])

    def test_renaming_an_author_or_a_category_updates_the_articles_found(self):
        self.jane.title = "Jane Thistlewood"
        self.jane.save_revision().publish()
        self.assertEqual(self.result_titles("Thistlewood"), ["Our view"])
        self.historic.name = "Non-recent Abuse"
        self.historic.save()
        self.assertEqual(self.result_titles("non-recent"), ["Court news"])

    def test_results_are_paginated_and_keep_the_query(self):
        for n in range(12):
            ArticlePageFactory(parent=self.tree.news, title=f"Bramblewick case {n}")
        soup = self.fetch_soup("/search/?q=bramblewick")
        self.assertEqual(len(soup.select(".search__articles .search-result")), 10)
        self.assertIn("12 articles found", soup.select_one(".search__summary").get_text())
        self.assertEqual(soup.select_one("a[rel=next]")["href"], "?q=bramblewick&page=2")
        soup = self.fetch_soup("/search/?q=bramblewick&page=2")
        self.assertEqual(len(soup.select(".search__articles .search-result")), 2)
        self.assertEqual(soup.select_one("a[rel=prev]")["href"], "?q=bramblewick")
        for page in ["3", "0", "abc", "-1"]:
            with self.subTest(page=page):
                self.fetch_soup("/search/", data={"q": "bramblewick", "page": page}, status=404)

    def test_a_word_in_very_many_articles_lists_the_newest_first(self):
        titles = ["Kittiwake claims explained", "Update", "Latest"]  # oldest first
        for days_ago, title in zip([30, 20, 10], titles, strict=True):
            ArticlePageFactory(
                parent=self.tree.news,
                title=title,
                excerpt="A note on kittiwake claims.",
                first_published_at=timezone.now() - timedelta(days=days_ago),
            )
        summary = ".search__summary"
        self.assertCountEqual(self.result_titles("kittiwake"), titles)
        self.assertNotIn("newest", self.fetch_soup("/search/?q=kittiwake").select_one(summary).text)
        with mock.patch("firm_site.views.RANKED_MATCHES_MAX", 2):
            self.assertEqual(self.result_titles("kittiwake"), ["Latest", "Update"])
            text = self.fetch_soup("/search/?q=kittiwake").select_one(summary).text
            self.assertIn("More than 2 articles found", text)
            self.assertIn("the newest 2 are listed, newest first", text)

    def test_empty_query_shows_the_form_and_a_hint(self):
        for query in ["", "   ", "\x00\t"]:
            with self.subTest(query=query):
                soup = self.fetch_soup("/search/", data={"q": query})
                self.assertEqual(soup.h1.get_text(), "Search")
                self.assertTrue(soup.select_one("form[role=search] input[name=q]"))
                self.assertIsNone(soup.select_one(".search__articles"))
                self.assertIn("Type a word or two", soup.select_one("main").get_text())
        self.fetch_soup("/search/")

    def test_hostile_queries_give_a_normal_page(self):
        for query in HOSTILE_QUERIES:
            with self.subTest(query=query[:40]):
                response = self.client.get("/search/", {"q": query})
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "<script>alert(1)</script>")
        # The site still works afterwards (on PostgreSQL an error would abort the transaction).
        self.assertEqual(self.result_titles("compensation"), ["Compensation for survivors"])

    def test_the_query_is_shown_escaped_and_long_ones_are_cut(self):
        soup = self.fetch_soup("/search/", data={"q": '<b>bold</b> & "quoted"'})
        self.assertEqual(soup.select_one("#search-page-query")["value"], '<b>bold</b> & "quoted"')
        self.assertIsNone(soup.select_one("main b"))
        soup = self.fetch_soup("/search/", data={"q": "compensation " + "y" * 500})
        self.assertEqual(len(soup.select_one("#search-page-query")["value"]), MAX_QUERY_LENGTH)
        self.assertIn("first 100 characters", soup.select_one(".search__summary").get_text())

    def test_results_are_kept_out_of_search_engines(self):
        response = self.client.get("/search/", {"q": "compensation"})
        self.assertEqual(response["X-Robots-Tag"], "noindex")
        soup = self.fetch_soup("/search/?q=compensation")
        self.assertEqual(soup.select_one("meta[name=robots]")["content"], "noindex")
        self.assertEqual(len(soup.find_all("h1")), 1)

    def test_search_box_in_the_header_of_every_page(self):
        for url in ["/", "/news/", "/people/", "/news/court-news/", "/no-such-page/"]:
            with self.subTest(url=url):
                soup = self.fetch_soup(url, status=404 if "no-such" in url else 200)
                form = soup.select_one("header form[role=search]")
                self.assertEqual(form["action"], "/search/")
                self.assertEqual(form.get("method"), "get")
                field = form.select_one("input[name=q]")
                self.assertEqual(
                    form.select_one(f"label[for={field['id']}]").get_text(),
                    "Search articles and people",
                )
                self.assertEqual(form.select_one("button[type=submit]").get_text(), "Search")


class HighlightTests(SimpleTestCase):
    def test_marks_words_where_they_start_and_escapes_everything(self):
        self.assertEqual(
            highlight('Tom & Jerry\'s <b>"tomato"</b>', "tom"),
            "<mark>Tom</mark> &amp; Jerry&#x27;s "
            "&lt;b&gt;&quot;<mark>tom</mark>ato&quot;&lt;/b&gt;",
        )

    def test_a_query_cannot_reach_into_markup_or_entities(self):
        self.assertEqual(highlight("Tom & Jerry", "amp"), "Tom &amp; Jerry")
        self.assertEqual(highlight("a <bold> c", "<bold>"), "a &lt;<mark>bold</mark>&gt; c")

    def test_nothing_to_mark(self):
        self.assertEqual(highlight("<i>", ""), "&lt;i&gt;")
        self.assertEqual(highlight(None, "x"), "")
