"""Nothing an enquirer sends is thrown away, and a reference is shown only to its sender."""

from datetime import timedelta
from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from contact.models import Enquiry
from tests.contact.utils import SEND_URL, THANK_YOU_URL, EnquiryFormTestCase, valid_answers


class CorrectionTests(EnquiryFormTestCase):
    def test_a_corrected_phone_number_and_voicemail_answer_are_stored_as_a_correction(self):
        form = self.show_form()
        self.send(valid_answers(voicemail_ok="yes"), response=form)
        first = Enquiry.objects.get()
        # Back, correct the number and say voicemail is NOT safe after all, send again.
        response = self.send(valid_answers(phone="0113 496 0777", voicemail_ok="no"), response=form)
        self.assertEqual(response.status_code, 303)
        self.assertEqual(Enquiry.objects.count(), 2)
        correction = Enquiry.objects.exclude(pk=first.pk).get()
        self.assertEqual(correction.corrects, first)
        self.assertEqual(correction.phone, "0113 496 0777")
        self.assertFalse(correction.voicemail_ok)
        self.assertEqual(first.latest_correction, correction)
        # The sender sees the new reference.
        self.assertContains(self.client.get(THANK_YOU_URL), correction.reference)

    def test_handlers_see_the_latest_safety_answers_first(self):
        form = self.show_form()
        self.send(valid_answers(voicemail_ok="yes"), response=form)
        first = Enquiry.objects.get()
        self.send(valid_answers(phone="0113 496 0777", voicemail_ok="no"), response=form)
        correction = first.corrections.get()
        handler = get_user_model().objects.create_user("handler", "h@firm.example", "pw-long-x")
        handler.groups.add(Group.objects.get(name="Enquiry handlers"))
        self.client.force_login(handler)
        page = self.client.get(reverse("contact_enquiries:inspect", args=[first.public_id]))
        soup = self.get_soup(page.content)
        warning = soup.select_one(".enquiry-detail .help-warning").get_text(" ", strip=True)
        self.assertIn("corrected this enquiry", warning)
        self.assertIn(correction.reference, warning)
        safety = soup.select_one(".enquiry-fields--safety").get_text(" ", strip=True)
        self.assertIn("0113 496 0777", safety)
        self.assertNotIn("0113 496 0999", safety)
        # The safety answers come before anything else about the enquiry.
        headings = [h2.get_text(strip=True) for h2 in soup.select(".enquiry-detail h2")]
        self.assertTrue(headings[0].startswith("Contacting them safely"), headings)

    def test_an_identical_resend_is_one_enquiry(self):
        form = self.show_form()
        self.send(response=form)
        self.send(response=form)
        self.assertEqual(Enquiry.objects.count(), 1)

    def test_the_same_words_with_any_other_answer_changed_are_kept(self):
        self.send()
        self.send(valid_answers(email_ok="no"))  # a fresh form, one answer different
        self.assertEqual(Enquiry.objects.count(), 2)

    def test_concurrent_identical_posts_store_one_row(self):
        form = self.show_form()
        self.send(response=form)
        first = Enquiry.objects.get()
        # The second post checks before the first has committed: it sees nothing.
        with mock.patch("contact.views._stored_duplicate", return_value=None):
            response = self.send(response=form)
        self.assertEqual(response.status_code, 303)
        self.assertEqual(Enquiry.objects.count(), 1)
        self.assertContains(self.client.get(THANK_YOU_URL), first.reference)


class ReferenceOnlyToItsSenderTests(EnquiryFormTestCase):
    def test_reposting_someone_elses_form_token_does_not_reveal_their_reference(self):
        victim_form = self.show_form()
        self.send(response=victim_form)
        victim = Enquiry.objects.get()
        attacker = Client()
        data = {**self.hidden_fields(victim_form), **valid_answers()}
        data.pop("csrfmiddlewaretoken", None)
        for answers in [data, {**data, "name": "Someone Else", "email": "x@example.org"}]:
            with freeze_time(timezone.now() + timedelta(seconds=30)):
                response = attacker.post(SEND_URL, answers)
            self.assertEqual(response.status_code, 303)
            thanks = attacker.get(THANK_YOU_URL)
            self.assertNotContains(thanks, victim.reference)
        # A different enquiry from someone else's form is not filed as a correction of it.
        self.assertFalse(victim.corrections.exists())

    def test_the_same_name_and_email_from_another_browser_reveal_nothing(self):
        self.send()
        victim = Enquiry.objects.get()
        other = Client()
        form = other.get("/contact/")
        data = {**self.hidden_fields(form), **valid_answers(message="Is Alex a client?")}
        data.pop("csrfmiddlewaretoken", None)
        with freeze_time(timezone.now() + timedelta(seconds=30)):
            other.post(SEND_URL, data)
        self.assertNotContains(other.get(THANK_YOU_URL), victim.reference)

    def test_the_thank_you_page_shows_the_reference_once(self):
        self.send()
        reference = Enquiry.objects.get().reference
        self.assertContains(self.client.get(THANK_YOU_URL), reference)
        again = self.client.get(THANK_YOU_URL)
        # Afterwards it no longer says an enquiry was sent: back to an empty form.
        self.assertEqual(again.status_code, 302)
        self.assertNotContains(self.client.get(again["Location"]), reference)


class ExpiredFormTests(EnquiryFormTestCase):
    def test_a_form_open_for_more_than_a_day_comes_back_filled_in(self):
        response = self.send(
            valid_answers(message="Written over two evenings."), wait=timedelta(hours=25)
        )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Enquiry.objects.exists())
        self.assertContains(response, "more than a day ago", status_code=400)
        self.assertContains(response, "Written over two evenings.", status_code=400)
        # Sent again with the fresh token in the returned form, it is stored.
        self.send(
            valid_answers(message="Written over two evenings."),
            response=response,
            wait=timedelta(hours=25, seconds=30),
        )
        self.assertEqual(Enquiry.objects.count(), 1)
