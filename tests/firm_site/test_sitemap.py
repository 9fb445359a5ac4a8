"""/sitemap.xml is an index of sitemap files that list every live public page,
category page and archive, a few thousand a file; /robots.txt points crawlers at it."""

import re
from datetime import UTC, datetime
from unittest import mock
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from firm_site.base.sitemaps import PageSitemap
from firm_site.models import StandardPage
from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory
from tests.utils import SiteTestCase

LONDON = ZoneInfo("Europe/London")
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


class SitemapTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.person = PersonPageFactory(parent=cls.tree.people, slug="jane-doe")
        # Published as editors publish, so each page has a publication date.
        for page in Page.objects.live().exclude(depth=1).specific():
            page.save_revision().publish()
        cls.article = ArticlePageFactory(
            parent=cls.tree.news,
            slug="live-article",
            last_published_at=datetime(2026, 3, 4, 10, 0, tzinfo=UTC),
        )
        cls.draft = ArticlePageFactory(parent=cls.tree.news, slug="draft-article")
        cls.draft.unpublish()
        cls.private = ArticlePageFactory(parent=cls.tree.news, slug="private-article")
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )

    def get_xml(self, url, **kwargs):
        response = self.client.get(url, **kwargs)
        self.assertEqual(response.status_code, 200, url)
        self.assertTrue(response["Content-Type"].startswith("application/xml"))
        return ElementTree.fromstring(response.content)  # noqa: S314 (our own response)

    def sitemap_files(self, **kwargs):
        index = self.get_xml("/sitemap.xml", **kwargs)
        return [loc.text for loc in index.findall("sm:sitemap/sm:loc", NS)]

    def entries(self, **kwargs):
        """{address: lastmod} over every file the index names."""
        entries = {}
        for url in self.sitemap_files(**kwargs):
            for entry in self.get_xml(url, **kwargs).findall("sm:url", NS):
                location = entry.findtext("sm:loc", namespaces=NS)
                self.assertNotIn(location, entries)
                entries[location] = entry.findtext("sm:lastmod", namespaces=NS)
        return entries

    def page_entries(self):
        return {
            url: lastmod
            for url, lastmod in self.entries().items()
            if "/news/category/" not in url and not re.search(r"/news/\d{4}/", url)
        }

    def test_every_live_public_page_with_its_absolute_address_and_lastmod(self):
        entries = self.page_entries()
        self.assertEqual(
            set(entries),
            {
                "http://testserver/",
                "http://testserver/news/",
                "http://testserver/news/live-article/",
                "http://testserver/people/",
                "http://testserver/people/jane-doe/",
                "http://testserver/privacy-notice/",
                "http://testserver/complaints/",
                # The enquiry form is listed; its thank-you page is a route, never a page.
                "http://testserver/contact/",
            },
        )
        self.assertFalse(any("thank-you" in url for url in entries))
        self.assertEqual(entries["http://testserver/news/live-article/"], "2026-03-04")
        self.assertTrue(all(entries.values()), entries)

    def test_leaves_out_drafts_private_pages_search_and_admin(self):
        locations = " ".join(self.entries())
        for fragment in ["draft-article", "private-article", "/search/", "/admin/"]:
            with self.subTest(fragment=fragment):
                self.assertNotIn(fragment, locations)

    def test_page_types_can_stay_out(self):
        with mock.patch.object(StandardPage, "show_in_sitemap", False):
            locations = set(self.entries())
        self.assertNotIn("http://testserver/privacy-notice/", locations)
        self.assertIn("http://testserver/news/", locations)

    def test_addresses_follow_the_request_scheme(self):
        self.assertIn("https://testserver/news/live-article/", self.entries(secure=True))
        self.assertTrue(
            all(url.startswith("https://testserver/") for url in self.sitemap_files(secure=True))
        )

    def test_category_pages_and_archives_are_listed(self):
        CategoryFactory(name="Child Abuse", slug="child-abuse")
        published = self.article.first_published_at.astimezone(LONDON)
        entries = self.entries()
        self.assertIn("http://testserver/news/category/child-abuse/", entries)
        self.assertIn(f"http://testserver/news/{published:%Y}/", entries)
        self.assertIn(f"http://testserver/news/{published:%Y/%m}/", entries)

    def test_split_into_files_of_at_most_the_limit(self):
        with mock.patch.object(PageSitemap, "limit", 3):
            files = self.sitemap_files()
            pages = [url for url in files if "/sitemap-pages.xml" in url]
            self.assertEqual(
                pages,
                [
                    "http://testserver/sitemap-pages.xml",
                    "http://testserver/sitemap-pages.xml?p=2",
                    "http://testserver/sitemap-pages.xml?p=3",
                ],
            )
            sizes = [len(self.get_xml(url).findall("sm:url", NS)) for url in pages]
            self.assertEqual(sizes, [3, 3, 2])
            self.assertEqual(len(self.page_entries()), 8)

    def test_unknown_files_and_pages_are_not_found(self):
        for url in [
            "/sitemap-nothing.xml",
            "/sitemap-pages.xml?p=0",
            "/sitemap-pages.xml?p=abc",
            "/sitemap-pages.xml?p=99",
            "/sitemap-pages.xml?p=01",
        ]:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)

    @override_settings(PAGE_PART_CACHE_SECONDS=0)  # written each time, not kept
    def test_the_index_costs_the_same_whatever_the_number_of_pages(self):
        self.client.get("/sitemap.xml")
        with CaptureQueriesContext(connection) as before:
            self.client.get("/sitemap.xml")
        for n in range(5):
            ArticlePageFactory(parent=self.tree.news, slug=f"more-{n}")
        self.client.get("/sitemap.xml")  # the site furniture, cleared by the change
        with CaptureQueriesContext(connection) as after:
            self.client.get("/sitemap.xml")
        self.assertEqual(len(after), len(before))

    def test_kept_until_the_content_changes(self):
        first = self.client.get("/sitemap-pages.xml").content
        with CaptureQueriesContext(connection) as again:
            self.assertEqual(self.client.get("/sitemap-pages.xml").content, first)
        self.assertEqual(len(again), 0)
        ArticlePageFactory(parent=self.tree.news, slug="just-published")
        self.assertIn("http://testserver/news/just-published/", self.page_entries())
        CategoryFactory(name="Brain Injury", slug="brain-injury")
        self.assertIn("http://testserver/news/category/brain-injury/", self.entries())


class RobotsTxtTests(SiteTestCase):
    def test_allows_the_site_keeps_out_admin_and_search_and_names_the_sitemap(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        lines = response.content.decode().splitlines()
        self.assertEqual(lines[0], "User-agent: *")
        self.assertIn("Allow: /", lines)
        self.assertIn("Disallow: /admin/", lines)
        self.assertIn("Disallow: /search/", lines)
        self.assertIn("Sitemap: http://testserver/sitemap.xml", lines)
