"""Signing up: double opt-in, the same answer whoever asks, and bad input refused."""

from datetime import timedelta

from django.core import mail
from django.db import connection
from django.test import override_settings
from freezegun import freeze_time

from tests.updates.utils import (
    SIGNUP_URL,
    UpdatesTestCase,
    form_token,
    links_in,
    path_of,
    run_worker,
)
from updates.models import Subscriber, address_digest


class SignupPageTests(UpdatesTestCase):
    def test_the_form_offers_everything_topics_authors_and_frequency(self):
        soup = self.fetch_soup(SIGNUP_URL)
        self.assertEqual(soup.h1.get_text(), "Get updates by email")
        self.assertIsNotNone(soup.select_one('input[name="email"][type="email"]'))
        values = {i["value"] for i in soup.select('input[name="scope"]')}
        self.assertEqual(values, {"everything", "chosen"})
        topics = [label.get_text() for label in soup.select('label[for^="id_categories"]')]
        self.assertEqual(topics, ["Child Abuse", "Child Abuse – Grooming Gangs", "Property"])
        self.assertIn("Jane Doe", soup.select_one("#id_authors-group").get_text())
        self.assertEqual(
            {i["value"] for i in soup.select('input[name="frequency"]')}, {"each", "weekly"}
        )

    def test_a_category_page_link_ticks_its_category(self):
        soup = self.fetch_soup(f"{SIGNUP_URL}?category=child-abuse/grooming-gangs")
        checked = soup.select('input[name="categories"][checked]')
        self.assertEqual([i["value"] for i in checked], [str(self.gangs.pk)])
        self.assertIsNotNone(soup.select_one('input[name="scope"][value="chosen"][checked]'))

    def test_hostile_prefill_gives_the_ordinary_form(self):
        for query in ("?category=%00", "?author=%00%0d", "?category=" + "a" * 5000, "?author=x'--"):
            with self.subTest(query=query):
                soup = self.fetch_soup(SIGNUP_URL + query)
                self.assertEqual(soup.select('input[name="categories"][checked]'), [])

    def test_the_page_is_never_cached(self):
        response = self.client.get(SIGNUP_URL)
        self.assertIn("no-store", response["Cache-Control"])
        self.assertIn("private", response["Cache-Control"])


class DoubleOptInTests(UpdatesTestCase):
    def test_signing_up_sends_one_confirmation_that_names_no_choice(self):
        response = self.sign_up(scope="chosen", categories=[self.gangs.pk], authors=[self.jane.pk])
        self.assertRedirects(response, "/email-updates/check-your-email/", status_code=303)
        subscriber = Subscriber.objects.get()
        self.assertIsNone(subscriber.confirmed_at)
        self.assertEqual(mail.outbox, [])  # sent by the worker, never in the request
        run_worker()
        self.assertEqual(len(mail.outbox), 1)
        message = mail.outbox[0]
        self.assertEqual(message.to, ["reader@example.com"])
        self.assertEqual(message.subject, "Confirm your email updates from Test Firm LLP")
        html = message.alternatives[0][0]
        for secret in ("Child Abuse", "Grooming", "Jane Doe", "Property"):
            self.assertNotIn(secret, message.subject + message.body + html + message.from_email)
        self.assertEqual(len([u for u in links_in(message) if "/confirm/" in u]), 1)

    def test_nothing_but_the_confirmation_is_sent_until_the_link_is_followed(self):
        self.sign_up()
        run_worker()
        confirm_url = path_of(next(u for u in links_in(mail.outbox[0]) if "/confirm/" in u))
        mail.outbox = []
        self.publish_article("Before confirming")
        run_worker()
        self.assertEqual(mail.outbox, [])

        # Following the link shows a button; a mail scanner's GET confirms nothing.
        soup = self.fetch_soup(confirm_url)
        self.assertEqual(soup.select_one("main form button").get_text(), "Confirm my subscription")
        self.assertIsNone(Subscriber.objects.get().confirmed_at)
        response = self.client.post(confirm_url)
        self.assertContains(response, "You are subscribed")
        self.assertIsNotNone(Subscriber.objects.get().confirmed_at)

        self.publish_article("After confirming")
        run_worker()
        self.assertEqual(len(mail.outbox), 1)

    def test_the_address_and_choices_are_encrypted_at_rest(self):
        self.sign_up("secret.reader@example.com", scope="chosen", categories=[self.abuse.pk])
        with connection.cursor() as cursor:
            cursor.execute("SELECT email, choices, address_hash FROM updates_subscriber")
            email, choices, address_hash = cursor.fetchone()
        self.assertNotIn("secret.reader", email)
        self.assertTrue(email.startswith("gAAAA") and choices.startswith("gAAAA"))  # Fernet
        self.assertNotIn("categories", choices)
        self.assertNotIn("secret", address_hash)
        subscriber = Subscriber.objects.get()
        self.assertEqual(subscriber.email, "secret.reader@example.com")
        self.assertEqual(subscriber.get_choices()["categories"], [self.abuse.pk])

    def test_consent_is_recorded_with_the_privacy_notice_version(self):
        self.tree.privacy.refresh_from_db()
        revision = self.tree.privacy.live_revision_id
        self.assertIsNotNone(revision)
        self.client.get(SIGNUP_URL)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                SIGNUP_URL,
                {
                    "email": "a@example.com",
                    "scope": "everything",
                    "frequency": "each",
                    "form_token": form_token(notice=revision),
                },
            )
        subscriber = Subscriber.objects.get()
        self.assertTrue(
            subscriber.privacy_notice_version.startswith(f"Privacy notice revision {revision} of")
        )
        self.assertIsNotNone(subscriber.consent_given_at)

    def test_an_expired_or_forged_confirmation_link(self):
        self.sign_up()
        run_worker()
        confirm_url = path_of(next(u for u in links_in(mail.outbox[0]) if "/confirm/" in u))
        self.assertEqual(self.client.get(confirm_url[:-3] + "xyz/").status_code, 400)
        with freeze_time(timedelta(days=8)):
            self.assertEqual(self.client.post(confirm_url).status_code, 410)
        self.assertIsNone(Subscriber.objects.get().confirmed_at)


class SameAnswerTests(UpdatesTestCase):
    def test_a_new_a_waiting_and_a_subscribed_address_get_the_same_page(self):
        from tests.updates.utils import make_subscriber

        make_subscriber("subscribed@example.com")
        pages = []
        for email in ("new@example.com", "new@example.com", "subscribed@example.com"):
            response = self.sign_up(email, ip=f"198.51.100.{len(pages)}")
            pages.append((response.status_code, response["Location"]))
            follow = self.client.get(response["Location"])
            pages.append(follow.content)
        self.assertEqual(pages[0], pages[2])
        self.assertEqual(pages[2], pages[4])
        self.assertEqual(pages[1], pages[3])
        self.assertEqual(pages[3], pages[5])

    def test_one_confirmation_per_address_per_day(self):
        with freeze_time("2026-03-02 09:00"):
            self.sign_up(ip="198.51.100.1")
            self.sign_up(ip="198.51.100.2")
            self.sign_up("READER@example.com ", ip="198.51.100.3")
            run_worker()
            self.assertEqual(len(mail.outbox), 1)
        with freeze_time("2026-03-03 09:30"):
            self.sign_up(ip="198.51.100.4")
            run_worker()
            self.assertEqual(len(mail.outbox), 2)
        self.assertEqual(Subscriber.objects.count(), 1)

    def test_a_subscribed_address_keeps_its_choices_and_hears_only_how_to_manage_them(self):
        from tests.updates.utils import make_subscriber

        make_subscriber(everything=False, categories=[self.property])
        self.sign_up(scope="chosen", categories=[self.abuse.pk])
        run_worker()
        subscriber = Subscriber.objects.get()
        self.assertEqual(subscriber.get_choices()["categories"], [self.property.pk])
        [message] = mail.outbox
        self.assertNotIn("/confirm/", message.body)
        self.assertIn("/manage/", message.body)


class BadInputTests(UpdatesTestCase):
    def test_malformed_addresses_are_refused_with_a_message(self):
        for email in ("", "not-an-address", "a@", "a" * 250 + "@example.com", "a b@example.com"):
            with self.subTest(email=email):
                response = self.sign_up(email)
                self.assertEqual(response.status_code, 400)
                soup = self.get_soup(response.content)
                self.assertTrue(soup.title.get_text().startswith("Error:"))
                self.assertIsNotNone(soup.select_one(".error-summary a[href='#id_email']"))
        self.assertFalse(Subscriber.objects.exists())

    def test_header_injection_is_refused(self):
        for email in (
            "a@example.com\r\nBcc: victim@example.org",
            "a@example.com\nCc: x@y.org",
            "a@example.com\n",
            "a@example.com\x00",
        ):
            with self.subTest(email=email):
                self.assertEqual(self.sign_up(email).status_code, 400)
        self.assertFalse(Subscriber.objects.exists())
        run_worker()
        self.assertEqual(mail.outbox, [])

    def test_choosing_nothing_is_explained(self):
        response = self.sign_up(scope="chosen")
        self.assertContains(response, "Choose at least one topic or person", status_code=400)

    def test_unknown_choices_are_refused(self):
        response = self.sign_up(scope="chosen", categories=["999999", "x"], frequency="hourly")
        self.assertEqual(response.status_code, 400)

    def test_the_honeypot_is_thanked_but_nothing_is_stored(self):
        response = self.sign_up(leave_blank="http://spam.example")
        self.assertEqual(response.status_code, 303)
        self.assertFalse(Subscriber.objects.exists())

    def test_the_time_trap(self):
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                SIGNUP_URL,
                {
                    "email": "a@example.com",
                    "scope": "everything",
                    "frequency": "each",
                    "form_token": form_token(seconds_ago=0),
                },
            )
        self.assertContains(response, "That was very quick", status_code=400)
        self.assertFalse(Subscriber.objects.exists())

    def test_a_missing_or_forged_form_token(self):
        for token in ("", "forged", "x" * 10_000):
            response = self.client.post(
                SIGNUP_URL,
                {
                    "email": "a@example.com",
                    "scope": "everything",
                    "frequency": "each",
                    "form_token": token,
                },
            )
            self.assertEqual(response.status_code, 400)
        self.assertFalse(Subscriber.objects.exists())

    def test_other_methods_and_huge_bodies(self):
        self.assertEqual(self.client.put(SIGNUP_URL).status_code, 405)
        response = self.client.post(SIGNUP_URL, {"email": "a" * 30_000})
        self.assertEqual(response.status_code, 413)


@override_settings(UPDATES_RATE_LIMIT_COUNT=3)
class RateLimitTests(UpdatesTestCase):
    def test_per_ip(self):
        for number in range(3):
            self.assertEqual(self.sign_up(f"r{number}@example.com").status_code, 303)
        response = self.sign_up("r9@example.com")
        self.assertContains(response, "several sign-ups from your connection", status_code=429)
        self.assertEqual(Subscriber.objects.count(), 3)
        # Another connection is not held up.
        self.assertEqual(self.sign_up("r9@example.com", ip="192.0.2.77").status_code, 303)

    def test_per_address_whatever_the_ip(self):
        # A botnet asking for one stranger's address from many connections.
        for number in range(6):
            response = self.sign_up(
                "stranger@example.com",
                ip=f"192.0.2.{number}",
                scope="chosen",
                categories=[self.property.pk if number < 3 else self.abuse.pk],
            )
            self.assertEqual(response.status_code, 303)  # the page says the same
        subscriber = Subscriber.objects.get(address_hash=address_digest("stranger@example.com"))
        # Only the first three reached the sign-up at all.
        self.assertEqual(subscriber.get_choices()["categories"], [self.property.pk])
        run_worker()
        self.assertEqual(len(mail.outbox), 1)
