"""Email updates end to end in a real browser: sign up from a category page, confirm
from the email, receive the next article (its HTML seen at 320 and 600 px), and
unsubscribe in one click."""

import re

from django.core import mail
from django.test import override_settings
from playwright.sync_api import expect

from tests.browser.base import SCREENSHOT_DIR, BrowserTestCase
from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory
from tests.updates.utils import run_worker
from updates.models import Subscriber


def link(message, part):
    return next(url for url in re.findall(r"https?://[^\s\"<>]+", message.body) if part in url)


@override_settings(UPDATES_MIN_SECONDS_TO_SUBMIT=0)
class EmailUpdatesJourneyTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.abuse = CategoryFactory(name="Child Abuse", slug="child-abuse", is_sensitive=True)
        self.jane = PersonPageFactory(parent=self.tree.people, title="Jane Doe", slug="jane-doe")
        ArticlePageFactory(
            parent=self.tree.news,
            title="An older article",
            categories=[self.abuse],
            authors=[self.jane],
        )

    def test_sign_up_confirm_receive_and_unsubscribe(self):
        page = self.page
        with self.settings(WAGTAILADMIN_BASE_URL=self.live_server_url):
            self.visit("/news/category/child-abuse/")
            page.get_by_role("link", name="Get updates by email about Child Abuse").click()
            expect(page.get_by_role("heading", level=1)).to_have_text("Get updates by email")
            expect(page.get_by_role("checkbox", name="Child Abuse")).to_be_checked()
            expect(
                page.get_by_role("radio", name="Only the topics or people I choose")
            ).to_be_checked()
            self.assert_accessible("sign-up form")
            self.screenshot("email-updates-signup")

            # A mistake first: announced, and tied to its field.
            page.get_by_label("Email address").fill("reader@")
            page.get_by_role("button", name="Subscribe").click()
            expect(page.get_by_role("alert")).to_contain_text("Enter an email address")
            expect(page.get_by_role("checkbox", name="Child Abuse")).to_be_checked()
            page.get_by_label("Email address").fill("reader@example.com")
            page.get_by_role("button", name="Subscribe").click()
            expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")

            # Nothing but the confirmation, and that only from the worker.
            self.assertEqual(mail.outbox, [])
            run_worker()
            [confirmation] = mail.outbox
            self.assertNotIn("Child Abuse", confirmation.subject + confirmation.body)
            page.goto(link(confirmation, "/confirm/"))
            page.get_by_role("button", name="Confirm my subscription").click()
            expect(page.get_by_role("heading", level=1)).to_have_text("You are subscribed")

            # The next article in the category arrives.
            article = ArticlePageFactory(
                parent=self.tree.news,
                title="What survivors of abuse at school can claim",
                excerpt="Time limits, evidence and what a claim involves.",
                categories=[self.abuse],
                authors=[self.jane],
                live=False,
                first_published_at=None,
                last_published_at=None,
            )
            article.save_revision().publish()
            run_worker()
            update = mail.outbox[-1]
            self.assertEqual(update.to, ["reader@example.com"])
            self.assertEqual(update.subject, "New article from Test Firm LLP")
            self.assertIn("What survivors of abuse at school can claim", update.body)

            # The email's HTML in a mail client's pane, narrow and wide.
            html = update.alternatives[0][0]
            SCREENSHOT_DIR.mkdir(exist_ok=True)
            # Opened as a file, as a mail client shows it: not under the site's Content
            # Security Policy, which would block the inline styles.
            email_file = SCREENSHOT_DIR / "email-update.html"
            email_file.write_text(html)
            for width in (320, 600):
                page.set_viewport_size({"width": width, "height": 900})
                page.goto(email_file.as_uri(), wait_until="load")
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                wide = page.evaluate(
                    "Array.from(document.querySelectorAll('*'))"
                    ".filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
                    ".map(e => e.tagName + '.' + e.className)"
                )
                self.assertLessEqual(
                    overflow, 0, f"the email scrolls sideways at {width} px: {wide}"
                )
                image = page.locator("img.image")
                self.assertLessEqual(image.bounding_box()["width"], width)
                self.assertTrue(
                    page.evaluate("document.querySelector('img.image').naturalWidth > 0"),
                    "the article's image did not load",
                )
                page.screenshot(path=SCREENSHOT_DIR / f"email-update-{width}.png", full_page=True)
            page.set_viewport_size({"width": 1280, "height": 900})

            # One click to leave.
            page.goto(link(update, "/unsubscribe/"))
            page.get_by_role("button", name="Unsubscribe").click()
            expect(page.get_by_role("heading", level=1)).to_have_text("You have unsubscribed")
            self.assertFalse(Subscriber.objects.exists())
