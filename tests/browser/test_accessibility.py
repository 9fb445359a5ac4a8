"""Every page type against axe-core's WCAG 2.2 A and AA rules, and by keyboard,
with screenshots at phone and desktop widths saved to screenshots/ to look at
(`make screenshots`)."""

from playwright.sync_api import expect

from news.models import ArticlePage, Category
from people.models import PersonPage
from tests.browser.base import BrowserTestCase, DemoSiteTestCase


class PageTypesTests(DemoSiteTestCase):
    def check_page(self, name, path, status=200):
        response = self.visit(path)
        self.assertEqual(response.status, status, path)
        expect(self.page.locator("h1")).to_have_count(1)
        skip_link = self.page.locator("a.skip-link")
        expect(skip_link).to_have_attribute("href", "#main")
        self.assert_accessible(name)
        self.assert_fits(320)
        self.assert_fits(640)  # 1280 px at 200% zoom
        self.screenshot(name)

    def assert_fits(self, width):
        """Nothing forces sideways scrolling at this width (WCAG reflow)."""
        self.page.set_viewport_size({"width": width, "height": 800})
        overflow = self.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        self.assertLessEqual(overflow, 0, f"{self.page.url} scrolls sideways at {width}px")
        self.page.set_viewport_size({"width": 1280, "height": 900})

    def test_every_page_type(self):
        sensitive_article = ArticlePage.objects.filter(
            categories__treated_as_sensitive=True
        ).first()
        plain_article = ArticlePage.objects.exclude(categories__treated_as_sensitive=True).first()
        child_category = Category.objects.exclude(parent=None).first()
        person = PersonPage.objects.first()
        pages = [
            ("home", "/"),
            ("news", "/news/"),
            ("news-page-2", "/news/?page=2"),
            ("category", f"/news/category/{child_category.path}/"),
            ("article-sensitive", sensitive_article.url),
            ("article", plain_article.url),
            ("people", "/people/"),
            ("profile", person.url),
            ("privacy-notice", "/privacy-notice/"),
            ("accessibility-statement", "/accessibility/"),
            ("cookies", "/cookies/"),
            ("about-us", "/about-us/"),
            ("get-updates", "/get-updates/"),
            ("contact", "/contact/"),
            ("search", "/search/?q=abuse"),
            ("search-empty", "/search/?q=zzzqqq"),
            ("archive", "/news/2026/"),
        ]
        for name, path in pages:
            with self.subTest(page=name):
                self.check_page(name, path)
        with self.subTest(page="not-found"):
            self.check_page("not-found", "/no-such-page/", status=404)

        # The contact form with errors, then the thank-you page.
        self.visit("/contact/")
        self.page.get_by_role("button", name="Send enquiry").click()
        expect(self.page.get_by_role("alert")).to_contain_text("There is a problem")
        self.assert_accessible("contact with errors")
        self.screenshot("contact-errors")


class KeyboardAndExitTests(BrowserTestCase):
    def test_keyboard_alone(self):
        self.visit("/contact/")
        page = self.page
        focused = []
        for _ in range(12):
            page.keyboard.press("Tab")
            focused.append(
                page.evaluate(
                    """() => {
                        const el = document.activeElement;
                        const style = getComputedStyle(el);
                        const visible = style.outlineStyle !== 'none' || style.boxShadow !== 'none';
                        const text = el.textContent.trim().slice(0, 30);
                        return [el.tagName, text, el.name || '', visible];
                    }"""
                )
            )
        # The skip link comes first, then "Exit this page".
        self.assertEqual(focused[0][1], "Skip to main content")
        self.assertEqual(focused[1][1], "Exit this page")
        for tag, text, name, visible in focused:
            self.assertTrue(visible, f"no visible focus on {tag} {text or name}")
        # The skip link takes keyboard users past the navigation, to the main content:
        # the firm's phone number (in the reassurance before the form), then the form.
        self.visit("/contact/")
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        self.assertEqual(page.evaluate("document.activeElement.textContent"), "0113 496 0000")
        page.keyboard.press("Tab")
        self.assertEqual(page.evaluate("document.activeElement.name"), "name")

    def test_exit_this_page_replaces_the_history_entry(self):
        page = self.page
        self.visit("/")
        self.visit("/contact/")
        # The neutral site is outside the sandbox: intercept it.
        page.route(
            "https://www.bbc.co.uk/**", lambda route: route.fulfill(body="<title>Weather</title>")
        )
        page.get_by_role("link", name="Exit this page").click()
        page.wait_for_url("https://www.bbc.co.uk/weather")
        page.go_back()
        # Back goes to the page before the contact page, not to the contact page.
        self.assertEqual(page.url, self.url("/"))

    def test_shift_three_times_leaves(self):
        page = self.page
        page.route(
            "https://www.bbc.co.uk/**", lambda route: route.fulfill(body="<title>Weather</title>")
        )
        self.visit("/contact/")
        for _ in range(3):
            page.keyboard.press("Shift")
        page.wait_for_url("https://www.bbc.co.uk/weather")
