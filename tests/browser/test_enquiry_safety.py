"""The enquiry form on a shared phone (issue 9): the no-email phone route, Back
after sending, and a compact "Exit this page" that covers nothing."""

import re

from playwright.sync_api import expect

from contact.models import Enquiry
from tests.browser.base import PHONE, BrowserTestCase


class EnquiryOnAPhoneTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.context.close()
        # A touch screen: no hover, a coarse pointer.
        self.context = self.browser.new_context(
            viewport=PHONE, locale="en-GB", has_touch=True, is_mobile=True
        )
        self.page = self.context.new_page()

    def fill_phone_route(self):
        page = self.page
        page.get_by_label("Your name").fill("Sam Private")
        page.get_by_label("Phone number").fill("07700 900123")
        groups = {
            "How would you prefer us to contact you?": "Phone",
            "Can we say we are Test Firm LLP when we call?": "No",
            "Is it safe for us to send you a text message?": "No",
            "Is it safe for us to leave you a voicemail?": "No",
            "Is it safe for us to email you?": "No",
        }
        for group, answer in groups.items():
            page.get_by_role("group", name=group).get_by_label(answer, exact=True).check()
        page.get_by_label("What is your enquiry about?").select_option(label="Other / not sure")
        page.get_by_label("Your message").fill("Words only I should see again.")
        page.get_by_label(re.compile("I agree that")).check()

    def test_the_phone_route_without_email_and_back_shows_nothing(self):
        page = self.page
        self.visit("/")
        self.visit("/contact/")
        # Reassurance, the phone number and opening hours come before the form.
        reassurance = page.locator(".contact__reassurance")
        form = page.locator("form.enquiry-form")
        self.assertLess(reassurance.bounding_box()["y"], form.bounding_box()["y"])
        expect(reassurance).to_contain_text("Who reads it")
        expect(reassurance).to_contain_text("encrypted")
        expect(reassurance).to_contain_text("2 working days")
        expect(reassurance).to_contain_text("0113 496 0000")

        self.fill_phone_route()
        page.get_by_role("button", name="Send enquiry").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Thank you. We have received your enquiry"
        )
        enquiry = Enquiry.objects.get()
        self.assertEqual(enquiry.email, "")
        expect(page.get_by_role("link", name="Exit this page")).to_be_visible()

        page.go_back()
        page.wait_for_load_state()
        expect(page).to_have_url(self.url("/contact/"))
        expect(page.get_by_label("Your message")).to_have_value("")
        expect(page.get_by_label("Your name")).to_have_value("")
        expect(page.get_by_label("Phone number")).to_have_value("")
        self.assertNotIn("Words only I should see", page.content())
        # Forward again: the thank-you page no longer says an enquiry was sent.
        page.go_forward()
        page.wait_for_load_state()
        self.assertNotIn(enquiry.reference, page.content())

    def test_exit_is_one_compact_line_that_covers_nothing(self):
        page = self.page
        self.visit("/contact/")
        exit_bar = page.locator(".quick-exit")
        button = page.get_by_role("link", name="Exit this page")
        expect(button).to_be_visible()
        # No "press Shift" on a touch screen.
        expect(page.locator(".quick-exit__hint")).to_be_hidden()
        bar = exit_bar.bounding_box()
        button_box = button.bounding_box()
        tracks = page.locator(".quick-exit__tracks").bounding_box()
        # One line: the button and "Cover your tracks" side by side, the bar barely taller.
        self.assertLess(bar["height"], button_box["height"] + 20)
        self.assertLess(
            abs(tracks["y"] + tracks["height"] / 2 - (button_box["y"] + button_box["height"] / 2)),
            4,
        )
        # It sits above the header and the heading, overlapping neither.
        heading = page.get_by_role("heading", level=1).bounding_box()
        header = page.locator(".site-header").bounding_box()
        self.assertLessEqual(bar["y"] + bar["height"], header["y"] + 1)
        self.assertLessEqual(bar["y"] + bar["height"], heading["y"])
        # No sideways scrolling.
        self.assertLessEqual(page.evaluate("document.documentElement.scrollWidth"), PHONE["width"])

    def test_the_contact_pages_stay_accessible(self):
        self.visit("/contact/")
        self.assert_accessible("contact on a phone")
        self.fill_phone_route()
        self.page.get_by_role("button", name="Send enquiry").click()
        expect(self.page.get_by_role("heading", level=1)).to_contain_text("Thank you")
        self.assert_accessible("thank-you on a phone")
