"""The first screen on a phone and the header's row on a wide screen, measured in
Chromium (issue 13), and the SRA badge loading under the widened policy."""

from urllib.parse import urlsplit

from django.core.cache import cache
from playwright.sync_api import expect

from firm_site.base.models import FirmSettings
from firm_site.base.sra_badge import SRA_BADGE_ORIGIN
from news.models import ArticlePage
from tests.browser.base import DemoSiteTestCase

PHONE_SCREEN = {"width": 390, "height": 844}
HEADER_MAX_HEIGHT = 64


class FirstScreenTests(DemoSiteTestCase):
    def setUp(self):
        super().setUp()
        self.outside = []
        self.page.on(
            "request",
            lambda request: (
                urlsplit(request.url).hostname not in ("localhost", "127.0.0.1")
                and self.outside.append(request.url)
            ),
        )

    def box(self, selector):
        return self.page.locator(selector).first.bounding_box()

    def test_article_title_and_first_sentence_on_a_phones_first_screen(self):
        self.page.set_viewport_size(PHONE_SCREEN)
        for article in ArticlePage.objects.live()[:5]:
            with self.subTest(article=article.slug):
                self.visit(article.url)
                header = self.box("header.site-header")
                self.assertLessEqual(header["height"], HEADER_MAX_HEIGHT)
                title = self.box("main h1")
                self.assertLess(title["y"] + title["height"], PHONE_SCREEN["height"])
                # The first sentence: the excerpt's first line, or the body's first paragraph.
                first_text = self.box("main .article__excerpt, main .article__body p")
                line = 40  # at least the first line of it
                self.assertLess(first_text["y"] + line, PHONE_SCREEN["height"], article.url)
        self.assertEqual(self.outside, [])

    def test_header_is_slim_on_phones_and_one_row_on_wide_screens(self):
        for viewport in [
            PHONE_SCREEN,
            {"width": 320, "height": 700},
            {"width": 1280, "height": 900},
        ]:
            self.page.set_viewport_size(viewport)
            for path in ["/", "/news/", "/contact/"]:
                with self.subTest(width=viewport["width"], path=path):
                    self.visit(path)
                    header = self.box("header.site-header")
                    limit = HEADER_MAX_HEIGHT if viewport["width"] >= 390 else 76
                    self.assertLessEqual(header["height"], limit)
                    # No open search box: the field shows only after "Search" is pressed.
                    expect(self.page.locator("#site-search-query")).to_be_hidden()
                    if viewport["width"] >= 1280:
                        # One row: the menu's links are in the header, none below another.
                        links = self.page.locator("header .site-nav__link")
                        expect(links.first).to_be_visible()
                        tops = {
                            round(links.nth(i).bounding_box()["y"]) for i in range(links.count())
                        }
                        self.assertEqual(len(tops), 1, tops)

    def test_menu_and_search_open_without_javascript(self):
        context = self.browser.new_context(viewport=PHONE_SCREEN, java_script_enabled=False)
        page = context.new_page()
        try:
            page.goto(self.url("/news/"))
            expect(page.get_by_role("link", name="About us")).to_be_hidden()
            page.locator("summary", has_text="Menu").click()
            expect(page.get_by_role("link", name="About us")).to_be_visible()
            page.locator("summary", has_text="Search").click()
            field = page.get_by_label("Search articles and people")
            expect(field).to_be_visible()
            field.fill("abuse")
            field.press("Enter")
            page.wait_for_url("**/search/?q=abuse")
            expect(page.locator("main")).to_contain_text("abuse")
        finally:
            context.close()

    def test_sra_badge_loads_under_the_policy_only_when_turned_on(self):
        badge_requests = []

        def fake_badge(route):
            badge_requests.append(route.request.url)
            route.fulfill(body="<title>SRA badge</title><p>Regulated</p>", content_type="text/html")

        self.page.route(f"{SRA_BADGE_ORIGIN}/**", fake_badge)
        blocked = []
        self.page.on(
            "console",
            lambda msg: "Content Security Policy" in msg.text and blocked.append(msg.text),
        )
        self.visit("/")
        expect(self.page.get_by_role("link", name="Our entry on the SRA register")).to_be_visible()
        self.assertEqual(badge_requests, [])

        FirmSettings.objects.update(show_sra_badge=True)
        self.addCleanup(FirmSettings.objects.update, show_sra_badge=False)
        cache.clear()
        self.visit("/")
        frame = self.page.locator("footer iframe")
        frame.scroll_into_view_if_needed()
        expect(frame.content_frame.get_by_text("Regulated")).to_be_visible()
        self.assertEqual(blocked, [])
        self.assertEqual(len(badge_requests), 1)
        self.assert_accessible("home with the SRA badge")
