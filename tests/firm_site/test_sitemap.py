"""/sitemap.xml lists every live public page; /robots.txt points crawlers at it."""

from datetime import UTC, datetime
from unittest import mock
from xml.etree import ElementTree

from wagtail.models import Page, PageViewRestriction

from firm_site.models import StandardPage
from tests.factories import ArticlePageFactory, PersonPageFactory
from tests.utils import SiteTestCase

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

    def entries(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/xml"))
        root = ElementTree.fromstring(response.content)  # noqa: S314 (our own response)
        return {
            url.findtext("sm:loc", namespaces=NS): url.findtext("sm:lastmod", namespaces=NS)
            for url in root.findall("sm:url", NS)
        }

    def test_every_live_public_page_with_its_absolute_address_and_lastmod(self):
        entries = self.entries()
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
        response = self.client.get("/sitemap.xml", secure=True)
        self.assertContains(response, "<loc>https://testserver/news/live-article/</loc>")


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
