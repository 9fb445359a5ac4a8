"""The demo content a firm would launch with (issue 13): legal pages and details,
and a newsroom's variety."""

from io import StringIO

from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import call_command
from django.test import TestCase
from wagtail.documents import get_document_model

from news.models import ArticlePage


class LaunchContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", "--no-admin", stdout=StringIO())

    def setUp(self):
        cache.clear()

    def soup(self, url):
        response = self.client.get(url, HTTP_HOST="localhost:8000")
        self.assertEqual(response.status_code, 200, url)
        return BeautifulSoup(response.content, "html.parser")

    def test_footer_links_the_legal_pages_and_menu_links_about_us(self):
        soup = self.soup("/")
        footer_links = {a.get_text(): a["href"] for a in soup.select("footer nav a")}
        self.assertEqual(
            footer_links,
            {
                "Complaints procedure": "/complaints/",
                "Privacy notice": "/privacy-notice/",
                "Cookies": "/cookies/",
                "Accessibility statement": "/accessibility/",
            },
        )
        self.assertIn("About us", [a.get_text() for a in soup.select("nav[aria-label=Main] a")])
        self.assertIn("Ashdown Marlowe LLP", soup.select_one("footer").get_text())

    def test_privacy_notice_names_controller_ico_number_and_lawful_bases(self):
        text = self.soup("/privacy-notice/").select_one("main").get_text(" ")
        for expected in [
            "controller",
            "ZB912904",
            "Article 6(1)(b)",
            "Article 9(2)(f)",
            "Schedule 1, paragraph 33",
            "90 days",
            "Information Commissioner",
        ]:
            self.assertIn(expected, text)

    def test_cookie_page_lists_the_cookies_the_site_sets(self):
        text = self.soup("/cookies/").select_one("main").get_text(" ")
        for name in ["csrftoken", "sessionid"]:
            self.assertIn(name, text)
        # Reading an article sets none, as the page says.
        article = ArticlePage.objects.live().first()
        response = self.client.get(article.url, HTTP_HOST="localhost:8000")
        self.assertEqual(response.cookies, {})

    def test_newsroom_variety(self):
        reviewed = ArticlePage.objects.get(slug="iicsa-final-report-what-it-means-for-survivors")
        soup = self.soup(reviewed.url)
        self.assertIn("Reviewed by Priya Raman", soup.select_one("main").get_text(" "))
        self.assertIn("Credit: Illustration: Maya Ferris", soup.select_one("figcaption").get_text())
        self.assertTrue(soup.select_one("blockquote"))
        self.assertIn(
            "Speaking at our survivors' advisory panel", soup.select_one("main").get_text()
        )

        scheduled = ArticlePage.objects.get(slug="new-evening-appointments")
        self.assertFalse(scheduled.live)
        self.assertIsNotNone(scheduled.get_latest_revision().approved_go_live_at)

        guide = ArticlePage.objects.get(slug="guide-to-time-limits-in-abuse-claims")
        link = self.soup(guide.url).find("a", string=lambda s: s and "checklist" in s)
        document = get_document_model().objects.get()
        self.assertEqual(link["href"], document.url)
        self.assertTrue(document.file.read().startswith(b"%PDF-"))
