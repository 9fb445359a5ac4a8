"""The confidential enquiry form at /contact/."""

from datetime import timedelta

from django.db import connection
from django.utils import timezone
from freezegun import freeze_time

from contact.models import Enquiry
from tests.contact.utils import (
    FORM_URL,
    SEND_URL,
    THANK_YOU_URL,
    EnquiryFormTestCase,
    valid_answers,
)
from tests.factories import AreaOfLawFactory, PersonPageFactory


class ShowingTheFormTests(EnquiryFormTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.child_abuse = AreaOfLawFactory(name="Child Abuse", sort_order=1)
        AreaOfLawFactory(name="Clinical Negligence", sort_order=2)
        cls.jane = PersonPageFactory(
            parent=cls.tree.people,
            title="Jane Doe",
            slug="jane-doe",
            job_title="Associate Solicitor",
        )

    def test_the_form_and_the_firms_details(self):
        response = self.show_form()
        soup = self.get_soup(response.content)
        self.assertEqual(soup.h1.get_text(), "Contact us")
        names = {field["name"] for field in soup.select("form.enquiry-form [name]")}
        for name in [
            "name",
            "email",
            "phone",
            "preferred_contact",
            "best_time_to_call",
            "voicemail_ok",
            "email_ok",
            "area_of_law",
            "callback_only",
            "message",
            "wants_acknowledgement",
            "consent",
        ]:
            self.assertIn(name, names)
        # Every visible field has a label.
        visible_fields = "input:not([type=hidden]), select, textarea"
        for field in soup.select_one("form.enquiry-form").select(visible_fields):
            self.assertTrue(soup.select_one(f"label[for={field['id']}]"), field["name"])
        # Areas of law: Contact's own, in their order, then "Other / not sure".
        options = [option.get_text() for option in soup.select("select[name=area_of_law] option")]
        self.assertEqual(
            options, ["Please choose", "Child Abuse", "Clinical Negligence", "Other / not sure"]
        )
        consent = soup.select_one("input[name=consent]")
        self.assertFalse(consent.has_attr("checked"))
        consent_label = soup.select_one("label[for=id_consent]")
        self.assertIn("sensitive details", consent_label.get_text())
        self.assertEqual(consent_label.a["href"], "/privacy-notice/")
        # The firm, described for search engines as on the home page.
        self.assertIn('"@type": "LegalService"', response.content.decode())
        aside = soup.select_one(".contact__aside").get_text(" ", strip=True)
        self.assertIn("Only our enquiries team reads what you send.", aside)
        self.assertIn("0113 496 0000", aside)
        self.assertIn("enquiries@firm.example", aside)

    def test_the_privacy_notice_is_the_one_in_the_firms_details(self):
        from firm_site.models import StandardPage

        notice = StandardPage(title="Enquiry privacy", slug="enquiry-privacy")
        self.tree.home.add_child(instance=notice)
        notice.save_revision().publish()
        self.tree.firm.privacy_page = notice
        self.tree.firm.save()
        soup = self.get_soup(self.show_form().content)
        self.assertEqual(soup.select_one("label[for=id_consent] a")["href"], "/enquiry-privacy/")
        self.assertIn("/enquiry-privacy/", [a["href"] for a in soup.select(".privacy-summary a")])

    def test_never_cached(self):
        response = self.show_form()
        self.assertIn("no-store", response["Cache-Control"])
        self.assertIn("private", response["Cache-Control"])

    def test_addressed_to_a_solicitor(self):
        soup = self.get_soup(self.show_form("?solicitor=jane-doe").content)
        self.assertIn(
            "Your enquiry will go to Jane Doe, Associate Solicitor",
            soup.select_one(".contact__routed").get_text(" ", strip=True),
        )

    def test_unknown_solicitor_falls_back_to_the_general_form(self):
        for query in [
            "?solicitor=nobody",
            "?solicitor=",
            "?solicitor=" + "x" * 2000,
            "?solicitor=%00",
        ]:
            with self.subTest(query=query[:30]):
                soup = self.get_soup(self.show_form(query).content)
                self.assertIsNone(soup.select_one(".contact__routed"))
                self.assertIsNone(soup.select_one("input[name=solicitor]"))

    def test_exit_this_page(self):
        soup = self.get_soup(self.show_form().content)
        exit_link = soup.select_one("a.quick-exit__button")
        self.assertEqual(exit_link.get_text(strip=True), "Exit this page")
        self.assertEqual(exit_link["href"], "https://www.bbc.co.uk/weather")
        scripts = [script["src"] for script in soup.find_all("script", src=True)]
        self.assertIn("/static/js/quick-exit.js", scripts)
        self.assertTrue(all(src.startswith("/static/") for src in scripts))
        # Inline scripts are data only (JSON-LD), never code.
        for script in soup.find_all("script", src=False):
            self.assertEqual(script["type"], "application/ld+json")

    def test_methods_other_than_get_are_refused_on_the_form(self):
        for method in ["post", "put", "delete", "patch"]:
            with self.subTest(method=method):
                self.assertEqual(getattr(self.client, method)(FORM_URL).status_code, 405)

    def test_only_post_reaches_the_send_address(self):
        for method in ["get", "put", "delete", "patch"]:
            with self.subTest(method=method):
                self.assertEqual(getattr(self.client, method)(SEND_URL).status_code, 405)


class SendingTheFormTests(EnquiryFormTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.child_abuse = AreaOfLawFactory(name="Child Abuse")
        cls.jane = PersonPageFactory(
            parent=cls.tree.people,
            title="Jane Doe",
            slug="jane-doe",
            job_title="Associate Solicitor",
        )

    def test_a_valid_enquiry_is_stored_and_thanked(self):
        response = self.send(
            valid_answers(area_of_law=str(self.child_abuse.pk)),
            query="?solicitor=jane-doe",
            HTTP_REFERER="http://testserver/news/some-article/",
        )
        # Redirect to a page of its own: POST, redirect, GET.
        self.assertEqual(response.status_code, 303)
        self.assertEqual(response["Location"], THANK_YOU_URL)
        enquiry = Enquiry.objects.get()
        self.assertEqual(enquiry.name, "Alex Example")
        self.assertEqual(enquiry.email, "alex@example.com")
        self.assertEqual(enquiry.message, "Something happened at my school in the 1990s.")
        self.assertEqual(enquiry.solicitor.specific, self.jane)
        self.assertEqual(enquiry.area_of_law_name, "Child Abuse")
        self.assertEqual(enquiry.status, Enquiry.Status.NEW)
        self.assertFalse(enquiry.voicemail_ok)
        self.assertTrue(enquiry.email_ok)
        self.assertIsNotNone(enquiry.consent_given_at)
        self.tree.privacy.refresh_from_db()
        self.assertIn(
            f"Privacy notice revision {self.tree.privacy.live_revision_id} of",
            enquiry.privacy_notice_version,
        )
        self.assertRegex(enquiry.reference, r"^ENQ-[2-9A-Z]{4}-[2-9A-Z]{4}$")

        thanks = self.client.get(THANK_YOU_URL)
        self.assertContains(thanks, enquiry.reference)
        self.assertContains(thanks, "What happens next")
        for private in ["Alex Example", "alex@example.com", "0113 496 0999", "1990s"]:
            self.assertNotContains(thanks, private)
        self.assertIn("no-store", thanks["Cache-Control"])

    def test_the_page_it_came_from_is_kept_only_if_it_is_on_this_site(self):
        form = self.client.get(FORM_URL, HTTP_REFERER="http://testserver/news/an-article/?x=1")
        self.send(response=form)
        self.assertEqual(Enquiry.objects.get().source_path, "/news/an-article/")
        Enquiry.objects.all().delete()
        form = self.client.get(FORM_URL, HTTP_REFERER="https://elsewhere.example/page/")
        self.send(valid_answers(message="Another message"), response=form)
        self.assertEqual(Enquiry.objects.get().source_path, "")

    def test_hostile_hidden_fields_are_ignored_not_stored(self):
        form = self.show_form()
        hidden = self.hidden_fields(form)
        hidden.pop("csrfmiddlewaretoken", None)
        data = {
            **hidden,
            **valid_answers(),
            "solicitor": "jane-doe\x00",
            "came_from": "/news/\x00<script>/",
        }
        with freeze_time(timezone.now() + timedelta(seconds=30)):
            response = self.client.post(SEND_URL, data)
        self.assertEqual(response.status_code, 303)
        enquiry = Enquiry.objects.get()
        self.assertIsNone(enquiry.solicitor)
        self.assertEqual(enquiry.source_path, "")

    def test_asking_only_for_a_call_back(self):
        response = self.send(valid_answers(message="", callback_only="on"))
        self.assertEqual(response.status_code, 303)
        enquiry = Enquiry.objects.get()
        self.assertTrue(enquiry.callback_only)
        self.assertEqual(enquiry.message, "")

    def test_sending_the_same_form_twice_stores_it_once(self):
        form = self.show_form()
        first = self.send(response=form)
        second = self.send(response=form)  # double click, or refresh after sending
        self.assertEqual(first.status_code, 303)
        self.assertEqual(second.status_code, 303)
        self.assertEqual(Enquiry.objects.count(), 1)
        self.assertContains(self.client.get(THANK_YOU_URL), Enquiry.objects.get().reference)

    def test_the_same_enquiry_typed_again_after_going_back_is_stored_once(self):
        self.send()
        self.send()  # a fresh copy of the form, the same words
        self.assertEqual(Enquiry.objects.count(), 1)

    def test_unknown_solicitor_on_sending_goes_to_the_general_inbox(self):
        form = self.show_form("?solicitor=jane-doe")
        self.jane.unpublish()
        self.send(response=form)
        self.assertIsNone(Enquiry.objects.get().solicitor)

    def test_thank_you_without_an_enquiry_goes_back_to_the_form(self):
        response = self.client.get(THANK_YOU_URL)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], FORM_URL)

    def test_enquiries_are_encrypted_at_rest(self):
        self.send(valid_answers(message="A very particular sentence about school."))
        with connection.cursor() as cursor:
            cursor.execute("SELECT name, email, phone, message FROM contact_enquiry")
            stored = " ".join(cursor.fetchone())
        for plain in ["Alex Example", "alex@example.com", "0113 496 0999", "particular sentence"]:
            self.assertNotIn(plain, stored)
        self.assertEqual(Enquiry.objects.get().message, "A very particular sentence about school.")

    def test_markup_is_stored_as_text(self):
        markup = '<script>alert("x")</script><b>bold</b>'
        self.send(valid_answers(name=markup, message=markup))
        enquiry = Enquiry.objects.get()
        self.assertEqual(enquiry.name, markup)
        self.assertEqual(enquiry.message, markup)
