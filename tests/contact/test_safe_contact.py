"""Ask only for what is safe to give; say what is true about who reads it (issue 9)."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from contact.models import Enquiry, EnquiryNotification
from contact.notifications import create_notifications
from contact.protection import is_plausible_address
from tests.contact.utils import EnquiryFormTestCase, valid_answers
from tests.factories import AreaOfLawFactory, EnquiryFactory, PersonPageFactory

User = get_user_model()


class PhoneRouteTests(EnquiryFormTestCase):
    def test_phone_chosen_and_email_unsafe_needs_no_email_address(self):
        response = self.send(valid_answers(email=None, email_ok="no", preferred_contact="phone"))
        self.assertEqual(response.status_code, 303)
        enquiry = Enquiry.objects.get()
        self.assertEqual(enquiry.email, "")
        self.assertEqual(
            list(enquiry.notifications.values_list("kind", flat=True)),
            [EnquiryNotification.Kind.INTAKE],
        )

    def test_email_is_needed_when_email_is_chosen_or_an_acknowledgement_asked_for(self):
        for answers in [
            valid_answers(email="", preferred_contact="email"),
            valid_answers(email="", wants_acknowledgement="on"),
        ]:
            with self.subTest(answers=answers):
                response = self.send(answers)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, "Enter your email address", status_code=400)
        self.assertFalse(Enquiry.objects.exists())

    def test_a_call_asks_whether_we_may_say_who_we_are_and_whether_a_text_is_safe(self):
        soup = self.get_soup(self.show_form().content)
        legend = soup.select_one("#id_say_firm_name_ok").get_text()
        self.assertEqual(legend, "Can we say we are Test Firm LLP when we call?")
        self.assertIn("safe for us to send you a text", soup.select_one("#id_text_ok").get_text())
        response = self.send(valid_answers(say_firm_name_ok=None, text_ok=None))
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "whether we can say who we are", status_code=400)
        self.assertContains(response, "whether it is safe to send you a text", status_code=400)
        self.send(valid_answers(say_firm_name_ok="no", text_ok="yes"))
        enquiry = Enquiry.objects.get()
        self.assertIs(enquiry.say_firm_name_ok, False)
        self.assertIs(enquiry.text_ok, True)

    def test_handlers_see_the_call_answers_before_anything_else(self):
        enquiry = EnquiryFactory(say_firm_name_ok=False, text_ok=False)
        handler = User.objects.create_user("handler", "h@firm.example", "x-long-password")
        handler.groups.add(Group.objects.get(name="Enquiry handlers"))
        self.client.force_login(handler)
        soup = self.get_soup(
            self.client.get(reverse("contact_enquiries:inspect", args=[enquiry.public_id])).content
        )
        first_list = soup.select(".enquiry-detail dl")[0].get_text(" ", strip=True)
        self.assertIn("May we say who we are when calling No", first_list)
        self.assertIn("Safe to send a text No", first_list)


class AddressAndCharacterTests(EnquiryFormTestCase):
    def test_only_plausible_addresses_are_accepted_or_acknowledged(self):
        for address in ["a@[127.0.0.1]", "a@localhost", "a@127.0.0.1", "a@mail.localhost"]:
            with self.subTest(address=address):
                self.assertFalse(is_plausible_address(address))
                response = self.send(valid_answers(email=address, wants_acknowledgement="on"))
                self.assertEqual(response.status_code, 400)
        for address in ["alex@example.com", "a.b+c@mail.example.co.uk"]:
            self.assertTrue(is_plausible_address(address))
        # Even one stored before this check gets no acknowledgement.
        enquiry = EnquiryFactory(email="a@[10.0.0.1]", wants_acknowledgement=True)
        kinds = [n.kind for n in create_notifications(enquiry)]
        self.assertNotIn(EnquiryNotification.Kind.ACKNOWLEDGEMENT, kinds)

    def test_one_line_fields_refuse_control_and_bidi_override_characters(self):
        for field, value in [
            ("name", "Alex\u202eelpmaxE"),
            ("name", "Alex\u2066Example"),
            ("name", "Alex\x07Example"),
            ("name", "Alex\x00"),
            ("phone", "0113\u200f496 0999"),
            ("email", "alex\u202e@example.com"),
        ]:
            with self.subTest(field=field, value=repr(value)):
                response = self.send(valid_answers(**{field: value}))
                self.assertEqual(response.status_code, 400)
        self.assertFalse(Enquiry.objects.exists())
        # Ordinary names in any script still pass.
        self.send(valid_answers(name="Zoë O’Brien-Nguyễn"))
        self.assertEqual(Enquiry.objects.get().name, "Zoë O’Brien-Nguyễn")

    def test_csv_export_neutralises_fullwidth_formula_characters(self):
        handler = User.objects.create_user("handler", "h@firm.example", "x-long-password")
        handler.groups.add(Group.objects.get(name="Enquiry handlers"))
        for text in ["＝HYPERLINK(1)", "＋1", "－2", "＠SUM(A1)"]:
            EnquiryFactory(name=text)
        self.client.force_login(handler)
        response = self.client.get(reverse("contact_enquiries:index") + "?export=csv")
        content = b"".join(response.streaming_content).decode("utf-8-sig")
        for text in ["＝HYPERLINK(1)", "＋1", "－2", "＠SUM(A1)"]:
            self.assertIn("'" + text, content)

    def test_the_page_they_came_from_and_the_area_of_law_are_encrypted(self):
        area = AreaOfLawFactory(name="Grooming Gangs")
        form = self.client.get(
            "/contact/", HTTP_REFERER="http://testserver/news/grooming-gangs-article/"
        )
        self.send(valid_answers(area_of_law=str(area.pk)), response=form)
        with connection.cursor() as cursor:
            cursor.execute("SELECT area_of_law_name, source_path FROM contact_enquiry")
            stored = " ".join(cursor.fetchone())
        self.assertNotIn("Grooming", stored)
        self.assertNotIn("grooming", stored)
        enquiry = Enquiry.objects.get()
        self.assertEqual(enquiry.area_of_law_name, "Grooming Gangs")
        self.assertEqual(enquiry.source_path, "/news/grooming-gangs-article/")


class AddressedSolicitorTests(EnquiryFormTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.solicitor = User.objects.create_user("jane", "jane@firm.example", "x-long-password")
        cls.solicitor.groups.add(Group.objects.get(name="Editors"))
        cls.jane = PersonPageFactory(
            parent=cls.tree.people, slug="jane-doe", user=cls.solicitor, email="jane@firm.example"
        )
        cls.other = PersonPageFactory(parent=cls.tree.people, slug="someone-else")

    def test_the_addressed_solicitor_reads_that_enquiry_and_it_is_logged(self):
        mine = EnquiryFactory(solicitor=self.jane, message="For Jane only.")
        theirs = EnquiryFactory(solicitor=self.other)
        general = EnquiryFactory()
        self.client.force_login(self.solicitor)
        response = self.client.get(reverse("contact_enquiries:inspect", args=[mine.public_id]))
        self.assertContains(response, "For Jane only.")
        self.assertNotContains(response, "Delete this enquiry")
        self.assertNotContains(response, reverse("contact_enquiries:index") + '"')
        entry = ModelLogEntry.objects.get(action="contact.enquiry.view")
        self.assertEqual((entry.user, entry.object_id), (self.solicitor, str(mine.pk)))
        for other in [theirs, general]:
            url = reverse("contact_enquiries:inspect", args=[other.public_id])
            self.assertEqual(self.client.get(url).status_code, 404)
        for url in [
            reverse("contact_enquiries:index"),
            reverse("contact_enquiries:index") + "?export=csv",
            reverse("contact_enquiries:delete", args=[mine.public_id]),
        ]:
            self.assertEqual(self.client.get(url).status_code, 404)
        for name in ["update_status", "add_note", "delete"]:
            url = reverse(f"contact_enquiries:{name}", args=[mine.public_id])
            self.assertEqual(self.client.post(url, {"status": "closed"}).status_code, 404)
        self.assertTrue(Enquiry.objects.filter(pk=mine.pk, status="new").exists())

    def test_the_solicitor_needs_a_second_factor_as_handlers_do(self):
        mine = EnquiryFactory(solicitor=self.jane)
        self.client.force_login(self.solicitor)
        url = reverse("contact_enquiries:inspect", args=[mine.public_id])
        with override_settings(ADMIN_2FA_REQUIRED=True):
            response = self.client.get(url)
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("two_factor_setup"), response["Location"])
        self.assertFalse(ModelLogEntry.objects.filter(action="contact.enquiry.view").exists())
        # Someone else's enquiry is still a 404, not a request for a second factor.
        theirs = EnquiryFactory(solicitor=self.other)
        with override_settings(ADMIN_2FA_REQUIRED=True):
            response = self.client.get(
                reverse("contact_enquiries:inspect", args=[theirs.public_id])
            )
        self.assertEqual(response.status_code, 404)

    def test_the_link_in_their_notification_email_opens_it_for_them(self):
        from django.core import mail

        from contact.tasks import deliver_owed

        with self.captureOnCommitCallbacks(execute=True):
            self.send(query="?solicitor=jane-doe")
        deliver_owed(timezone.now() + timedelta(minutes=1))
        email = next(message for message in mail.outbox if message.to == ["jane@firm.example"])
        link = next(line for line in email.body.splitlines() if "/admin/enquiries/" in line)
        self.client.force_login(self.solicitor)
        response = self.client.get(link.replace("http://testserver", ""))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, Enquiry.objects.get().reference)
