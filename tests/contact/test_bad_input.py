"""Bad input and abuse: a clear message and a 4xx, nothing half-saved, nothing lost."""

from datetime import timedelta
from urllib.parse import urlencode

from django.test import Client, override_settings

from contact.models import Enquiry, EnquiryNotification
from tests.contact.utils import SEND_URL, EnquiryFormTestCase, valid_answers


class ValidationTests(EnquiryFormTestCase):
    def assert_refused(self, answers, field, message, status=400):
        response = self.send(answers)
        self.assertEqual(response.status_code, status)
        self.assertFalse(Enquiry.objects.exists())
        soup = self.get_soup(response.content)
        error = soup.select_one(f"#id_{field}-error")
        self.assertIsNotNone(error, f"no error shown for {field}")
        self.assertIn(message, error.get_text())
        # The summary at the top links to the field, and the page title says there is an error.
        self.assertIn(f"#id_{field}", [a["href"] for a in soup.select(".error-summary a")])
        self.assertTrue(soup.title.get_text().startswith("Error:"))
        return soup

    def test_required_fields(self):
        soup = self.assert_refused(valid_answers(name=""), "name", "Enter your name")
        # What was typed is still there.
        self.assertEqual(soup.select_one("input[name=email]")["value"], "alex@example.com")
        self.assertIn(
            "Something happened at my school", soup.select_one("textarea[name=message]").get_text()
        )

    def test_the_error_is_tied_to_its_field_for_screen_readers(self):
        soup = self.assert_refused(
            valid_answers(email="not-an-email"), "email", "Enter an email address in the right form"
        )
        field = soup.select_one("input[name=email]")
        self.assertEqual(field["aria-invalid"], "true")
        self.assertIn("id_email-error", field["aria-describedby"])
        self.assertEqual(soup.select_one(".error-summary")["role"], "alert")

    def test_consent_is_required(self):
        self.assert_refused(valid_answers(consent=None), "consent", "Tick the box to agree")
        self.assert_refused(valid_answers(email_ok=None), "email_ok", "whether it is safe to email")

    def test_phone_numbers(self):
        for good in ["0113 496 0999", "+44 (0)113 496 0999", "+1 555-010-9999", "07700 900123"]:
            with self.subTest(good=good):
                form_response = self.send(valid_answers(phone=good, message=f"Message {good}"))
                self.assertEqual(form_response.status_code, 303)
        Enquiry.objects.all().delete()
        for bad in ["12345", "call me", "0113 496 0999 ext. 5!", "+" + "1" * 20]:
            with self.subTest(bad=bad):
                self.assert_refused(valid_answers(phone=bad), "phone", "Enter a phone number")

    def test_a_phone_number_is_needed_to_be_phoned(self):
        self.assert_refused(valid_answers(phone=""), "phone", "so we can call you")

    def test_a_message_or_a_call_back(self):
        self.assert_refused(valid_answers(message="  "), "message", "ask only for a call back")

    def test_message_length(self):
        self.assert_refused(valid_answers(message="x" * 5001), "message", "at most 5000 characters")
        self.assertEqual(self.send(valid_answers(message="x" * 5000)).status_code, 303)

    def test_every_field_has_a_maximum_length(self):
        self.assert_refused(valid_answers(name="x" * 101), "name", "at most 100 characters")
        self.assert_refused(
            valid_answers(email="x" * 250 + "@example.com"), "email", "at most 254 characters"
        )

    def test_safe_contact_choices_must_agree(self):
        self.assert_refused(
            valid_answers(preferred_contact="email", email_ok="no"),
            "preferred_contact",
            "email is not safe",
        )
        self.assert_refused(
            valid_answers(wants_acknowledgement="on", email_ok="no"),
            "wants_acknowledgement",
            "email is not safe",
        )

    def test_line_breaks_cannot_reach_an_email_header(self):
        self.assert_refused(
            valid_answers(name="Alex\r\nBcc: victim@example.com"), "name", "one line"
        )
        self.assert_refused(
            valid_answers(email="alex@example.com\nBcc: victim@example.com"),
            "email",
            "Enter an email address in the right form",
        )

    def test_nul_bytes_are_refused(self):
        self.assert_refused(valid_answers(message="Hello\x00there"), "message", "Null characters")


class BotTests(EnquiryFormTestCase):
    def test_the_hidden_field_catches_bots(self):
        response = self.send(valid_answers(leave_blank="http://spam.example"))
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Enquiry.objects.exists())

    def test_a_form_sent_too_quickly_is_refused_and_can_be_sent_again(self):
        response = self.send(wait=timedelta(seconds=0))
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "That was very quick", status_code=400)
        self.assertFalse(Enquiry.objects.exists())
        # The form comes back filled in, with a new token: pressing Send again works.
        self.assertEqual(self.send(response=response).status_code, 303)
        self.assertEqual(Enquiry.objects.count(), 1)

    def test_a_missing_or_forged_token_is_refused(self):
        for token in ["", "forged", "x" * 1000]:
            with self.subTest(token=token[:10]):
                data = {**valid_answers(), "form_token": token}
                response = self.client.post(SEND_URL, data)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, "could not read part of the form", status_code=400)
        self.assertFalse(Enquiry.objects.exists())

    @override_settings(ENQUIRY_RATE_LIMIT_COUNT=5)
    def test_too_many_enquiries_from_one_address(self):
        for number in range(5):
            response = self.send(valid_answers(message=f"Enquiry number {number}"))
            self.assertEqual(response.status_code, 303)
        response = self.send(valid_answers(message="One too many"))
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "Please wait ten minutes", status_code=429)
        self.assertContains(response, "One too many", status_code=429)  # not lost from the form
        self.assertEqual(Enquiry.objects.count(), 5)
        # Another address is not affected.
        other = self.send(valid_answers(message="From elsewhere"), REMOTE_ADDR="198.51.100.7")
        self.assertEqual(other.status_code, 303)

    def test_csrf_is_required(self):
        self.client = Client(enforce_csrf_checks=True)
        form = self.client.get("/contact/")
        data = {**self.hidden_fields(form), **valid_answers()}
        token = data.pop("csrfmiddlewaretoken")
        response = self.send(data, response=form)
        self.assertEqual(response.status_code, 403)
        self.assertContains(response, "your form could not be sent", status_code=403)
        self.assertFalse(Enquiry.objects.exists())
        # With the token the browser sends, it goes through.
        response = self.send({**data, "csrfmiddlewaretoken": token}, response=form)
        self.assertEqual(response.status_code, 303)


class MalformedRequestTests(EnquiryFormTestCase):
    def raw_post(self, body, content_type="application/x-www-form-urlencoded"):
        return self.client.generic("POST", SEND_URL, body, content_type=content_type)

    def test_malformed_utf8_is_refused(self):
        body = urlencode(valid_answers()).encode() + b"&message=%FF%FE%80"
        response = self.raw_post(body)
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "could not be read", status_code=400)
        self.assertFalse(Enquiry.objects.exists())

    def test_an_oversized_body_is_refused(self):
        body = urlencode({**valid_answers(), "message": "x" * 200_000}).encode()
        response = self.raw_post(body)
        self.assertEqual(response.status_code, 413)
        self.assertContains(response, "too long", status_code=413)
        self.assertFalse(Enquiry.objects.exists())

    def test_other_content_types_are_refused(self):
        response = self.raw_post(b'{"name": "x"}', content_type="application/json")
        self.assertEqual(response.status_code, 400)

    def test_files_are_refused(self):
        from django.core.files.uploadedfile import SimpleUploadedFile

        data = {**valid_answers(), "attachment": SimpleUploadedFile("a.txt", b"hello")}
        response = self.send(data)
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Enquiry.objects.exists())


class NothingLostTests(EnquiryFormTestCase):
    def test_a_failing_notification_queue_does_not_lose_the_enquiry(self):
        from unittest import mock

        broken_queue = mock.Mock()
        broken_queue.enqueue.side_effect = RuntimeError("queue down")
        with (
            mock.patch("contact.tasks.deliver_notification", broken_queue),
            self.assertLogs("contact.tasks", level="ERROR"),
            self.captureOnCommitCallbacks(execute=True),
        ):
            response = self.send()
        self.assertEqual(response.status_code, 303)
        enquiry = Enquiry.objects.get()
        # The notification waits to be sent by send_enquiry_notifications.
        self.assertEqual(
            list(enquiry.notifications.values_list("status", flat=True)),
            [EnquiryNotification.Status.PENDING],
        )

    def test_a_database_error_stores_nothing_half_way(self):
        from unittest import mock

        with (
            mock.patch(
                "contact.views.create_notifications", side_effect=RuntimeError("database trouble")
            ),
            self.assertRaises(RuntimeError),
        ):
            self.send()
        self.assertFalse(Enquiry.objects.exists())
        self.assertFalse(EnquiryNotification.objects.exists())
